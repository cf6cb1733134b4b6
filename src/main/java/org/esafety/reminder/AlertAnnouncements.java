package org.esafety.reminder;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.alert.AlertReceived;
import org.esafety.policy.Responsible;
import org.esafety.school.SchoolRegistry;

/**
 * A monitoring product's highest level (Monitor 5, Senso CRITICAL, generic callNow) is announced to the DSL and to the
 * deputy DSL at once, like a new incident ({@link Announcements}): recorded in the outbox in the alert's own
 * transaction, so once, and never for an alert that was not stored. A role without an inbox passes it on to the next
 * (the deputy, then the headteacher). The notice carries the alert's id, product, level and the tray's link only.
 */
@ApplicationScoped
class AlertAnnouncements {

    private final NoticeWriter writer;
    private final SchoolRegistry schools;

    AlertAnnouncements(NoticeWriter writer, SchoolRegistry schools) {
        this.writer = writer;
        this.schools = schools;
    }

    void onReceived(@Observes AlertReceived received) {
        var school = schools.find(received.schoolId());
        if (!received.urgent() || school.isEmpty()) {
            return;
        }
        var subject = new NoticeWriter.Subject(null, null, received.schoolId(), received.alertId());
        Stage stage = new Stage(NotificationKind.URGENT_ALERT, 0);
        for (List<Responsible> path : List.of(
                List.of(Responsible.DSL, Responsible.DEPUTY_DSL, Responsible.HEADTEACHER),
                List.of(Responsible.DEPUTY_DSL, Responsible.HEADTEACHER))) {
            writer.record(subject, school.get(), stage, path, received.receivedAt());
        }
    }
}
