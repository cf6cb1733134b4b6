package org.esafety.incident;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.access.Caller;
import org.esafety.access.Principals;
import org.esafety.access.Roles;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Attribution;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.Responsible;

/**
 * Who may see and change an incident, and how much of it. Another school's incident, or one the caller may not
 * open, answers 404 so that its existence is never revealed. A principal whose position the decision keeps away
 * from the case (the subject's role, decision-table §3.5) never opens it, except in the reporter's view of what it
 * reported itself. The DSL sees everything; an auditor the facts and the decision without personal data; the
 * reporter its own report, what to do now and its own actions. Every read of an allegation against an adult is
 * recorded in the audit trail (KCSIE Part four).
 */
@ApplicationScoped
public class IncidentAccess {

    /** How much of an incident the caller sees. */
    enum Viewer { NONE, STAFF, AUDITOR, REPORTER }

    private static final Set<PartyKind> ADULTS_ALLEGED = EnumSet.of(PartyKind.STAFF, PartyKind.HEADTEACHER, PartyKind.VISITOR);

    private final Caller caller;
    private final Principals principals;
    private final AuditTrail audit;

    public IncidentAccess(Caller caller, Principals principals, AuditTrail audit) {
        this.caller = caller;
        this.principals = principals;
        this.audit = audit;
    }

    /** The incident, if it exists and the caller may open it. */
    Incident readable(UUID id) {
        Incident incident = Incident.<Incident>findByIdOptional(id).orElseThrow(() -> new IncidentNotFoundException(id));
        if (viewer(incident) == Viewer.NONE) {
            throw new IncidentNotFoundException(id);
        }
        return incident;
    }

    boolean mayRead(Incident incident) {
        return viewer(incident) != Viewer.NONE;
    }

    Viewer viewer(Incident incident) {
        if (!caller.boundTo(incident.schoolId)) {
            return Viewer.NONE;
        }
        boolean subject = isSubject(incident);
        if (caller.has(Roles.DSL) && !subject) {
            return Viewer.STAFF;
        }
        if (caller.principalId().equals(incident.submittedBy)) {
            return Viewer.REPORTER;
        }
        return caller.has(Roles.AUDITOR) && !subject ? Viewer.AUDITOR : Viewer.NONE;
    }

    /** Changes need the role (checked on the resource), the school, and not to be the case's subject. */
    boolean mayChange(Incident incident) {
        return caller.boundTo(incident.schoolId) && !isSubject(incident);
    }

    /**
     * Whether a search may look into summaries: the DSL's side reads them; a reporter lists only its own reports,
     * whose summaries it wrote; an auditor reads none.
     */
    boolean readsSummaries() {
        return caller.has(Roles.DSL) || (!caller.has(Roles.AUDITOR) && caller.listRestrictedToSubmitter() != null);
    }

    /** Whether the caller reads this incident as the person who reported it. */
    boolean readsAsReporter(Incident incident) {
        return viewer(incident) == Viewer.REPORTER;
    }

    void checkMayReport(String schoolId) {
        if (!caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
    }

    /** The view as this caller may see it; a read of an allegation is recorded. Needs a transaction. */
    IncidentView shown(Incident incident, IncidentView view) {
        return shown(incident, view, true);
    }

    /** The view of an incident this request has just written: the writer is not "reading" it. */
    IncidentView shownAsWritten(Incident incident, IncidentView view) {
        return shown(incident, view, false);
    }

    /**
     * The view of an incident this request has just created with its {@code intake} evaluation: for its reporter,
     * the report as made is that evaluation and the incident's parties, so nothing is read back.
     */
    IncidentView shownAsWritten(Incident incident, Evaluation intake, IncidentView view) {
        return viewer(incident) == Viewer.REPORTER ? IncidentViewers.forReporter(view, intake, incident.parties)
                : shown(incident, view, false);
    }

    /**
     * A page of views as this caller may see them, in their order; the access lists are read once per school and
     * subject, not once per incident. Needs a transaction.
     */
    List<IncidentView> shown(List<Incident> incidents, List<IncidentView> views) {
        Map<String, List<Attribution>> lists = new HashMap<>();
        List<IncidentView> shown = new ArrayList<>(incidents.size());
        for (int i = 0; i < incidents.size(); i++) {
            shown.add(shown(incidents.get(i), views.get(i), true, lists));
        }
        return shown;
    }

    private IncidentView shown(Incident incident, IncidentView view, boolean isRead) {
        return shown(incident, view, isRead, new HashMap<>());
    }

    private IncidentView shown(Incident incident, IncidentView view, boolean isRead,
                               Map<String, List<Attribution>> lists) {
        Viewer viewer = viewer(incident);
        boolean allegation = isRead ? recordRead(incident, viewer) : isAllegation(incident);
        return switch (viewer) {
            case STAFF -> view.with(view.actions(), view.notes(), accessList(incident, allegation, lists),
                    IncidentView.ShownAs.FULL);
            case AUDITOR -> IncidentViewers.forAuditor(view);
            case REPORTER -> IncidentViewers.forReporter(view, Evaluation.forIncident(incident.id).get(0),
                    IncidentViewers.asReported(incident.id));
            case NONE -> throw new IncidentNotFoundException(incident.id);
        };
    }

    /** Records a read of an allegation in its audit chain; whether it is one. Needs a transaction. */
    boolean recordRead(Incident incident, Viewer viewer) {
        boolean allegation = isAllegation(incident);
        if (allegation) {
            audit.incident(incident.id, AuditKind.INCIDENT_READ, caller.principalId(), Map.of("view", viewer.name()));
        }
        return allegation;
    }

    /** An allegation against an adult: a STAFF, HEADTEACHER or VISITOR instigator. */
    static boolean isAllegation(Incident incident) {
        return incident.parties.stream().anyMatch(p -> p.role == PartyRole.INSTIGATOR && ADULTS_ALLEGED.contains(p.kind));
    }

    private IncidentView.AccessView accessList(Incident incident, boolean allegation,
                                               Map<String, List<Attribution>> lists) {
        Set<Responsible> excluded = subjects(incident);
        String rule = allegation
                ? "An allegation against an adult: only the school's DSL-role staff may open it (the deputy DSL and the"
                        + " headteacher among them), never a person in the subject's position"
                        + (excluded.isEmpty() ? "" : " (" + excluded + ")") + "; every read is recorded."
                : "The school's DSL-role staff and auditors (without personal data); the reporter sees its own report.";
        return new IncidentView.AccessView(allegation, rule, lists.computeIfAbsent(incident.schoolId + "/" + excluded,
                k -> principals.withRoleAt(Roles.DSL, incident.schoolId, excluded)));
    }

    private boolean isSubject(Incident incident) {
        return caller.position().map(p -> subjects(incident).contains(p)).orElse(false);
    }

    private static Set<Responsible> subjects(Incident incident) {
        Set<Responsible> roles = EnumSet.noneOf(Responsible.class);
        if (incident.subjectRoles != null) {
            for (String name : incident.subjectRoles.split(",")) {
                if (!name.isBlank()) {
                    roles.add(Responsible.valueOf(name));
                }
            }
        }
        return roles;
    }

    String principalId() {
        return caller.principalId();
    }

    boolean hasRole(String role) {
        return caller.has(role);
    }

    /** The caller as the record names it, acting for {@code onBehalfOf} when a caller gave a name. */
    Attribution actor(String onBehalfOf) {
        return Attribution.of(caller.principalId(), caller.displayName(), onBehalfOf);
    }
}
