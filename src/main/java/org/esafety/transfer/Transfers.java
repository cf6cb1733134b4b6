package org.esafety.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.esafety.access.Caller;
import org.esafety.access.TenancyScope;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.audit.AuditVerifier;
import org.esafety.common.Attribution;
import org.esafety.common.Instants;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.RoleList;
import org.esafety.common.Sha256;
import org.esafety.common.Violation;
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
    private final AuditVerifier verifier;
    private final AuditTrail audit;
    private final Signatures signatures;
    private final ReceiptDeadlines deadlines;
    private final SchoolRegistry schools;
    private final TenancyScope scope;
    private final Caller caller;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Transfers(Chronology chronology, AuditVerifier verifier, AuditTrail audit, Signatures signatures,
                     ReceiptDeadlines deadlines, SchoolRegistry schools, TenancyScope scope, Caller caller,
                     Validator validator, ObjectMapper mapper, Clock clock) {
        this.chronology = chronology;
        this.verifier = verifier;
        this.audit = audit;
        this.signatures = signatures;
        this.deadlines = deadlines;
        this.schools = schools;
        this.scope = scope;
        this.caller = caller;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public ExportView export(String pupil, String schoolId, ExportRequest request) {
        validate(request, "a JSON body with toSchool and reason is required");
        List<IncidentView> incidents = chronology.views(pupil, schoolId);
        if (!caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
        if (incidents.isEmpty()) {
            throw new NothingToExportException();
        }
        School school = schools.find(schoolId).orElse(null);
        ZoneId zone = deadlines.zone(school);
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
        ChildFile file = new ChildFile(ChildFile.FORMAT, t.id, schoolId, school == null ? schoolId : school.name(),
                pupil, t.exportedAt, by, t.toSchool, t.reason, incidents.stream()
                        .map(v -> ChildFile.entry(v, pupil, verifier.verifyIncident(v.id()))).toList());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Archive.FILE_JSON, json(file));
        files.put(Archive.FILE_PDF, FilePdf.render(file, zone));
        Signature signature = signatures.sign(files);
        files.put(Archive.SIGNATURE, json(signature));
        t.archive = Archive.zip(files);
        t.archiveSha256 = Sha256.hex(t.archive);
        t.keyId = signature.keyId();
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
        checkPupil(pupil, schoolId);
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

    @Transactional
    public ExportView receipt(String pupil, UUID id, ReceiptRequest request) {
        validate(request, "a JSON body with receivedBy is required");
        FileTransfer t = find(pupil, id);
        FileTransfer.getEntityManager().lock(t, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (t.receiptAt != null) {
            throw new ReceiptRecordedException();
        }
        t.receiptAt = Instants.micros(clock.instant());
        t.receiptBy = request.receivedBy().strip();
        t.receiptNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        t.receiptRecordedBy = caller.principalId();
        for (String incident : t.incidentIds) {
            audit.incident(UUID.fromString(incident), AuditKind.FILE_RECEIVED, t.receiptRecordedBy, Map.of("exportId", t.id.toString(),
                    "receiptAt", t.receiptAt.toString()));
        }
        Log.infof("Receipt of child's file %s recorded", t.id);
        return deadlines.view(t, schools.find(t.schoolId).orElse(null));
    }

    private FileTransfer find(String pupil, UUID id) {
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

    private void checkPupil(String pupil, String schoolId) {
        List<Violation> violations = new ArrayList<>();
        if (schoolId == null || schoolId.isBlank()) {
            violations.add(new Violation("schoolId", "a pupil reference is the school's own: name the school"));
        }
        if (pupil == null || pupil.isBlank() || pupil.length() > 100) {
            violations.add(new Violation("ref", "a pupil reference of 1 to 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private void validate(Object request, String missing) {
        if (request == null) {
            throw new InvalidRequestException("", missing);
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(),
                v.getMessage())));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private byte[] json(Object document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be written as JSON", e);
        }
    }
}
