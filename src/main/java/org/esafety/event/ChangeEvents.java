package org.esafety.event;

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
        Incident i = Incident.findById(e.incidentId());
        publisher.publish(EventType.INCIDENT_REPORTED, e.schoolId(), i.id, subject(i.id), e.at(), data.incident(i, true));
    }

    void onReassessed(@Observes IncidentReassessed e) {
        Incident i = Incident.findById(e.incidentId());
        Evaluation evaluation = Evaluation.findById(e.evaluationId());
        Map<String, Object> body = data.incident(i, true);
        body.put("evaluationId", e.evaluationId());
        body.put("actionsAdded", EventData.codes(evaluation.actionsAdded));
        body.put("actionsSuperseded", EventData.codes(evaluation.actionsSuperseded));
        publisher.publish(EventType.INCIDENT_REASSESSED, e.schoolId(), i.id, subject(i.id), e.at(), body);
    }

    void onClosed(@Observes IncidentClosed e) {
        Incident i = Incident.findById(e.incidentId());
        Map<String, Object> body = data.incident(i, false);
        body.put("closedAt", i.closedAt);
        publisher.publish(EventType.INCIDENT_CLOSED, e.schoolId(), i.id, subject(i.id), e.at(), body);
    }

    void onCompleted(@Observes ActionCompleted e) {
        RequiredAction a = RequiredAction.findById(e.actionId());
        Incident i = Incident.findById(e.incidentId());
        Map<String, Object> body = data.action(a, i);
        body.put("outcome", a.status);
        publisher.publish(EventType.ACTION_COMPLETED, e.schoolId(), i.id, subject(i.id) + "/actions/" + a.id, e.at(),
                body);
    }

    void onOverdue(@Observes ActionOverdue e) {
        RequiredAction a = RequiredAction.findById(e.actionId());
        Incident i = Incident.findById(e.incidentId());
        Map<String, Object> body = data.action(a, i);
        body.put("overdueAt", e.at());
        publisher.publish(EventType.ACTION_OVERDUE, e.schoolId(), i.id, subject(i.id) + "/actions/" + a.id, e.at(),
                body);
    }

    /**
     * {@code alert.received}, for the monitoring alerts' tray (issue 19, item 3), which is built beside this: once it
     * fires its CDI event {@code AlertReceived(alertId, schoolId, vendor, level)} in the alert's transaction, an
     * observer here calls this with the event's fields (the alert's text never leaves the service).
     */
    int alertReceived(UUID alertId, String schoolId, String vendor, String level, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alertId);
        body.put("schoolId", schoolId);
        body.put("vendor", vendor);
        body.put("level", level);
        return publisher.publish(EventType.ALERT_RECEIVED, schoolId, null, "alerts/" + alertId, at, body);
    }

    private static String subject(UUID incidentId) {
        return "incidents/" + incidentId;
    }
}
