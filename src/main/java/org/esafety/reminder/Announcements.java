package org.esafety.reminder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.incident.IncidentReported;
import org.esafety.policy.Responsible;
import org.esafety.school.SchoolRegistry;

/**
 * The DSL knows at once (issue 20): every new incident is announced to the DSL and to the deputy DSL through their
 * inboxes, recorded in the outbox in intake's own transaction (so once, and never for an incident that was not
 * stored) and delivered like every notice. A role held by the case's subject is never told; a role without an
 * inbox passes the announcement on to the next (the deputy, then the headteacher).
 */
@ApplicationScoped
class Announcements {

    private final NoticeWriter writer;
    private final SchoolRegistry schools;

    Announcements(NoticeWriter writer, SchoolRegistry schools) {
        this.writer = writer;
        this.schools = schools;
    }

    void onReported(@Observes IncidentReported reported) {
        var school = schools.find(reported.schoolId());
        if (school.isEmpty()) {
            return;
        }
        var subject = new NoticeWriter.Subject(null, reported.incidentId(), reported.schoolId());
        Stage stage = new Stage(NotificationKind.NEW_INCIDENT, 0);
        // The incident is new in this transaction: the only roles told of it are those told here, nothing is read.
        Set<Responsible> told = EnumSet.noneOf(Responsible.class);
        for (List<Responsible> path : List.of(
                List.of(Responsible.DSL, Responsible.DEPUTY_DSL, Responsible.HEADTEACHER),
                List.of(Responsible.DEPUTY_DSL, Responsible.HEADTEACHER))) {
            List<Responsible> allowed = new ArrayList<>(Stream.of(path.toArray(Responsible[]::new))
                    .filter(r -> !reported.excludedRoles().contains(r)).toList());
            if (!allowed.isEmpty()) {
                writer.record(subject, school.get(), stage, allowed, reported.at(), told::contains)
                        .forEach(n -> told.add(n.role));
            }
        }
    }
}
