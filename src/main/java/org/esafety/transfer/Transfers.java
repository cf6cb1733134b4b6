package org.esafety.transfer;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.esafety.access.Caller;
import org.esafety.access.TenancyScope;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Attribution;
import org.esafety.common.Instants;
import org.esafety.common.RoleList;
import org.esafety.incident.Chronology;
import org.esafety.incident.IncidentView;
import org.esafety.policy.Responsible;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The child's file follows the child (issue 20): exports a pupil's child-protection file as one signed archive,
 * records the export and audits it in each included incident's chain, and records the receiving school's receipt.
 * Every read goes through the tenancy scope: another school's export, or one carrying an allegation about the
 * caller's own position, is not found.
 */
@ApplicationScoped
public class Transfers {

    private final Chronology chronology;
    private final AuditTrail audit;
    private final FilePacker packer;
    private final ReceiptDeadlines deadlines;
    private final SchoolRegistry schools;
    private final TenancyScope scope;
    private final Caller caller;
    private final Validator validator;
    private final Clock clock;

    public Transfers(Chronology chronology, AuditTrail audit, FilePacker packer, ReceiptDeadlines deadlines,
                     SchoolRegistry schools, TenancyScope scope, Caller caller, Validator validator, Clock clock) {
        this.chronology = chronology;
        this.audit = audit;
        this.packer = packer;
        this.deadlines = deadlines;
        this.schools = schools;
        this.scope = scope;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public ExportView export(String pupil, String schoolId, ExportRequest request) {
        Checks.request(validator, request, "a JSON body with toSchool and reason is required");
        List<IncidentView> incidents = chronology.views(pupil, schoolId);
        if (!caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
        if (incidents.isEmpty()) {
            throw new NothingToExportException();
        }
        School school = schools.find(schoolId).orElse(null);
        FileTransfer t = new FileTransfer();
        t.id = UUID.randomUUID();
        t.schoolId = schoolId;
        t.pupilRef = pupil;
        Attribution by = Attribution.of(caller.principalId(), caller.displayName(), null);
        t.exportedBy = by.principal();
        t.exportedByName = by.name();
        t.exportedAt = Instants.micros(clock.instant());
        t.toSchool = request.toSchool().strip();
        t.reason = request.reason().strip();
        t.incidentCount = incidents.size();
        t.incidentIds = incidents.stream().map(v -> v.id().toString()).toList();
        t.subjectRoles = subjectRoles(incidents);
        packer.pack(t, school, incidents, by);
        t.persist();
        for (IncidentView v : incidents) {
            audit.incident(v.id(), AuditKind.FILE_EXPORTED, by.principal(),
                    Map.of("exportId", t.id.toString(), "archiveSha256", t.archiveSha256));
        }
        Log.infof("Child's file %s exported from school %s with %d incidents", t.id, schoolId, t.incidentCount);
        return deadlines.view(t, school);
    }

    @Transactional
    public List<ExportView> list(String pupil, String schoolId) {
        Checks.pupil(pupil, schoolId);
        var where = scope.schools(schoolId);
        if (where.isEmpty()) {
            return List.of();
        }
        var w = where.get().and("pupilRef = :pupil", "pupil", pupil);
        School school = schools.find(schoolId).orElse(null);
        return FileTransfer.<FileTransfer>find(w.query() + " order by exportedAt desc, id", w.parameters()).list()
                .stream().map(t -> deadlines.view(t, school)).toList();
    }

    /** The archive exactly as exported. */
    @Transactional
    public Archived archive(String pupil, UUID id) {
        FileTransfer t = find(pupil, id);
        return new Archived(t.archive, "child-file-" + t.schoolId + "-" + t.id + ".zip");
    }

    /** An archive's bytes and the name to save it under. */
    public record Archived(byte[] bytes, String fileName) {
    }

    /** The export of the pupil's file, if the caller may see it. */
    FileTransfer find(String pupil, UUID id) {
        var where = scope.schools(null);
        if (where.isEmpty() || id == null) {
            throw new ExportNotFoundException(id);
        }
        var w = where.get().and("id = :id", "id", id).and("pupilRef = :pupil", "pupil", pupil);
        return FileTransfer.<FileTransfer>find(w.query(), w.parameters()).firstResultOptional()
                .orElseThrow(() -> new ExportNotFoundException(id));
    }

    private static String subjectRoles(List<IncidentView> incidents) {
        List<UUID> ids = incidents.stream().map(IncidentView::id).toList();
        Set<Responsible> roles = EnumSet.noneOf(Responsible.class);
        FileTransfer.getEntityManager().createQuery("select i.subjectRoles from Incident i where i.id in :ids "
                + "and i.subjectRoles is not null", String.class).setParameter("ids", ids).getResultList()
                .forEach(list -> {
                    for (String name : list.split(",")) {
                        if (!name.isBlank()) {
                            roles.add(Responsible.valueOf(name));
                        }
                    }
                });
        return RoleList.format(roles);
    }
}
