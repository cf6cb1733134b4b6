package org.esafety.reminder;

import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.RequiredAction;
import org.esafety.policy.Responsible;
import org.esafety.school.SchoolRegistry;

/**
 * When a role cannot be reached, the next role on the path is told at once, at the same stage, under the
 * action's row lock (so that two failing channels of one role tell the next role once).
 */
@ApplicationScoped
class Fallback {

    private final NoticeWriter writer;
    private final SchoolRegistry schools;

    Fallback(NoticeWriter writer, SchoolRegistry schools) {
        this.writer = writer;
        this.schools = schools;
    }

    /** The rows written for the next reachable role after {@code failed}'s, if there is one. */
    int tellNext(Notification failed, Instant now) {
        List<Responsible> onward = failed.onwardRoles();
        var school = schools.find(failed.schoolId);
        if (onward.isEmpty() || school.isEmpty()) {
            return 0;
        }
        Stage stage = new Stage(failed.kind, failed.step);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (failed.actionId == null) {
                // An announcement (of an incident or an alert): the next role is told once (the outbox row of a role told already stops it).
                return writer.record(new NoticeWriter.Subject(null, failed.incidentId, failed.schoolId,
                        failed.alertId), school.get(), stage, onward, now).size();
            }
            if (!ActionLock.lockOpen(Notification.getEntityManager(), failed.actionId)) {
                return 0;
            }
            RequiredAction action = RequiredAction.findById(failed.actionId);
            return writer.record(action, school.get(), stage, onward, now).size();
        });
    }
}
