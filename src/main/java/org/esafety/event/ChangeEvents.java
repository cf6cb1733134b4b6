package org.esafety.event;

import org.esafety.alert.AlertReceived;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.action.RequiredAction;
import org.esafety.incident.ActionCompleted;
import org.esafety.incident.Evaluation;
import org.esafety.incident.Incident;
import org.esafety.incident.IncidentClosed;
import org.esafety.incident.IncidentReassessed;
import org.esafety.incident.IncidentReported;
import org.esafety.reminder.ActionOverdue;

/**
 * The events out, from the changes the lower packages announce (CDI events fired inside their transactions): each is
 * observed synchronously, so the outbox rows commit or roll back with the change itself (a transactional outbox).
 */
@ApplicationScoped
class ChangeEvents {

    private final EventPublisher publisher;
    private final EventData data;

    ChangeEvents(EventPublisher publisher, EventData data) {
        this.publisher = publisher;
        this.data = data;
    }

    void onReported(@Observes IncidentReported e) {
        publisher.publish(EventType.INCIDENT_REPORTED, e.schoolId(), e.incidentId(), subject(e.incidentId()), e.at(),
                () -> data.incident(Incident.findById(e.incidentId()), true));
    }

    void onReassessed(@Observes IncidentReassessed e) {
        publisher.publish(EventType.INCIDENT_REASSESSED, e.schoolId(), e.incidentId(), subject(e.incidentId()), e.at(),
                () -> {
                    Evaluation evaluation = Evaluation.findById(e.evaluationId());
                    Map<String, Object> body = data.incident(Incident.findById(e.incidentId()), true);
                    body.put("evaluationId", e.evaluationId());
                    body.put("actionsAdded", EventData.codes(evaluation.actionsAdded));
                    body.put("actionsSuperseded", EventData.codes(evaluation.actionsSuperseded));
                    return body;
                });
    }

    void onClosed(@Observes IncidentClosed e) {
        publisher.publish(EventType.INCIDENT_CLOSED, e.schoolId(), e.incidentId(), subject(e.incidentId()), e.at(),
                () -> {
                    Incident i = Incident.findById(e.incidentId());
                    Map<String, Object> body = data.incident(i, false);
                    body.put("closedAt", i.closedAt);
                    return body;
                });
    }

    void onCompleted(@Observes ActionCompleted e) {
        publisher.publish(EventType.ACTION_COMPLETED, e.schoolId(), e.incidentId(), actionSubject(e.incidentId(),
                e.actionId()), e.at(), () -> {
                    RequiredAction a = RequiredAction.findById(e.actionId());
                    Map<String, Object> body = data.action(a, Incident.findById(e.incidentId()));
                    body.put("outcome", a.status);
                    return body;
                });
    }

    void onOverdue(@Observes ActionOverdue e) {
        publisher.publish(EventType.ACTION_OVERDUE, e.schoolId(), e.incidentId(), actionSubject(e.incidentId(),
                e.actionId()), e.at(), () -> {
                    Map<String, Object> body = data.action(RequiredAction.findById(e.actionId()),
                            Incident.findById(e.incidentId()));
                    body.put("overdueAt", e.at());
                    return body;
                });
    }

    /** A new monitoring alert in the school's tray: ids, the vendor and the 1–5 level; never its text or names. */
    void onAlert(@Observes AlertReceived e) {
        alertReceived(e.alertId(), e.schoolId(), e.vendor().code(), String.valueOf(e.level()), e.receivedAt());
    }

    /** {@code alert.received}, in the alert's transaction (the alert's text never leaves the service). */
    int alertReceived(UUID alertId, String schoolId, String vendor, String level, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alertId);
        body.put("schoolId", schoolId);
        body.put("vendor", vendor);
        body.put("level", level);
        return publisher.publish(EventType.ALERT_RECEIVED, schoolId, null, "alerts/" + alertId, at, () -> body);
    }

    private static String subject(UUID incidentId) {
        return "incidents/" + incidentId;
    }

    private static String actionSubject(UUID incidentId, UUID actionId) {
        return subject(incidentId) + "/actions/" + actionId;
    }
}
