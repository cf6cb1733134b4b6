package org.esafety.alert;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.Rationale;
import org.esafety.audit.AuditEntry;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Instants;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Page;
import org.esafety.incident.IncidentRequest;
import org.esafety.incident.IncidentService;

/**
 * The triage tray: a school's alerts for its DSL, who promotes each to an incident (through intake, the category
 * edited) or dismisses it with a reason; both are audited on the alert's chain. Auditors and admins read the tray
 * without personal data.
 */
@ApplicationScoped
public class AlertTriage {

    static final int MAX_REASON = 2000;

    private final Caller caller;
    private final IncidentService incidents;
    private final AuditTrail audit;
    private final Clock clock;

    public AlertTriage(Caller caller, IncidentService incidents, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tray of the caller's schools (or of one of them), newest first. */
    @Transactional
    public Page<AlertView> list(String schoolId, AlertStatus status, int page, int size) {
        if (schoolId != null && !caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
        Set<String> schools = schoolId != null ? Set.of(schoolId)
                : caller.schoolIds().isEmpty() ? Set.of("") : caller.schoolIds();
        Parameters params = Parameters.with("schools", schools);
        String where = "schoolId in :schools";
        if (status != null) {
            where += " and status = :status";
            params = params.and("status", status);
        }
        var query = Alert.<Alert>find(where, Sort.descending("receivedAt").and("id"), params);
        List<AlertView> items = query.page(page, size).list().stream().map(a -> view(a, false)).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public AlertView get(UUID id) {
        return view(readable(id, false), true);
    }

    /** Makes the alert an incident: intake with the DSL's category and parties, source "alert:vendor". */
    @Transactional
    public AlertView promote(UUID id, PromoteRequest body) {
        Alert alert = readable(id, true);
        undecided(alert);
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body with category and parties is required");
        }
        IncidentRequest request = new IncidentRequest(alert.schoolId, "alert:" + alert.vendor.code(),
                alert.id.toString(), null, body.occurredAt() != null ? body.occurredAt() : alert.occurredAt,
                body.category(), body.reportedLegality(), null, body.parties(), body.circumstances(), null,
                body.summary(), body.dslAssessment(), null);
        var reported = incidents.report(request);
        alert.status = AlertStatus.PROMOTED;
        alert.incidentId = reported.incident().id();
        decided(alert);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("alertId", alert.id);
        change.put("incidentId", alert.incidentId);
        change.put("category", body.category());
        change.put("suggestedCategory", alert.suggestedCategory);
        audit.alert(alert.id, AuditKind.ALERT_PROMOTED, caller.principalId(), change);
        Log.infof("Alert %s promoted to incident %s by %s", alert.id, alert.incidentId, caller.principalId());
        return view(alert, true);
    }

    /** Dismisses the alert with a reason of substance. */
    @Transactional
    public AlertView dismiss(UUID id, DismissRequest body) {
        Alert alert = readable(id, true);
        undecided(alert);
        String reason = body == null ? null : body.reason();
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "at most " + MAX_REASON + " characters");
        }
        if (!Rationale.substantial(reason)) {
            throw new InvalidRequestException("reason", "say why, in words another professional can check: at least "
                    + "two words and ten letters or digits (e.g. \"False positive: a history essay on the Blitz\")");
        }
        alert.status = AlertStatus.DISMISSED;
        alert.dismissReason = reason.strip();
        decided(alert);
        // The reason is hashed into the entry's digest, not stored in the trail.
        audit.alert(alert.id, AuditKind.ALERT_DISMISSED, caller.principalId(),
                Map.of("alertId", alert.id, "reason", alert.dismissReason));
        Log.infof("Alert %s dismissed by %s", alert.id, caller.principalId());
        return view(alert, true);
    }

    private void decided(Alert alert) {
        alert.decidedBy = caller.principalId();
        alert.decidedAt = Instants.micros(clock.instant());
    }

    private static void undecided(Alert alert) {
        if (alert.status != AlertStatus.NEW) {
            throw new AlertDecidedException(alert.status);
        }
    }

    /** The alert if it belongs to one of the caller's schools; locked for a decision. */
    private Alert readable(UUID id, boolean lock) {
        Alert alert = lock ? Alert.findById(id, LockModeType.PESSIMISTIC_WRITE) : Alert.findById(id);
        if (alert == null || !caller.boundTo(alert.schoolId)) {
            throw new AlertNotFoundException(id);
        }
        return alert;
    }

    /** Personal details for the DSL's side only; the history when a single alert is read. */
    private AlertView view(Alert alert, boolean withHistory) {
        List<AlertView.HistoryEntry> history = withHistory
                ? AuditEntry.<AuditEntry>list("chain = ?1 order by seq", AuditTrail.alertChain(alert.id)).stream()
                        .map(e -> new AlertView.HistoryEntry(e.kind, e.at, e.actor, e.hash)).toList()
                : List.of();
        return AlertView.of(alert, caller.has(Roles.DSL), history);
    }
}
