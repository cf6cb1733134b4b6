package org.esafety.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.esafety.policy.Responsible;
import org.esafety.rules.EscalationChain;
import org.esafety.rules.RuleCompiler;

/** When each notice falls due (Schedule) and whom it goes to (the escalation chain of rules/escalation.yaml), without a database. */
class EscalationScheduleTest {

    private static final EscalationChain CHAIN = RuleCompiler.compile(Path.of("rules"), Instant.now()).escalation();
    private static final Instant DUE = Instant.parse("2026-11-20T11:30:00Z");
    private final Schedule schedule = new Schedule(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2));

    @Test
    void shouldClimbEachRoleToTheChairOfGovernors() {
        assertEquals(List.of(Responsible.IT_SUPPORT, Responsible.DSL, Responsible.DEPUTY_DSL, Responsible.HEADTEACHER,
                Responsible.CHAIR_OF_GOVERNORS), CHAIN.from(Responsible.IT_SUPPORT, Set.of()));
        assertEquals(List.of(Responsible.DATA_PROTECTION_OFFICER, Responsible.HEADTEACHER,
                Responsible.CHAIR_OF_GOVERNORS), CHAIN.from(Responsible.DATA_PROTECTION_OFFICER, Set.of()));
        assertEquals(List.of(Responsible.CHAIR_OF_GOVERNORS), CHAIN.from(Responsible.CHAIR_OF_GOVERNORS, Set.of()));
        for (Responsible r : List.of(Responsible.REPORTER, Responsible.CLASS_TEACHER, Responsible.HOST_STAFF)) {
            assertEquals(Optional.of(Responsible.DSL), CHAIN.above(r), r.name());
        }
    }

    @Test
    void shouldSkipTheRolesTheSubjectHolds() {
        assertEquals(List.of(Responsible.REPORTER, Responsible.DEPUTY_DSL, Responsible.HEADTEACHER,
                Responsible.CHAIR_OF_GOVERNORS), CHAIN.from(Responsible.REPORTER, Set.of(Responsible.DSL)));
        assertEquals(List.of(Responsible.DEPUTY_DSL, Responsible.CHAIR_OF_GOVERNORS),
                CHAIN.from(Responsible.DEPUTY_DSL, Set.of(Responsible.DSL, Responsible.HEADTEACHER)));
    }

    @Test
    void shouldRemindOnlyWithinTheLeadTimeAndBeforeTheDeadline() {
        assertEquals(Optional.empty(), schedule.next(DUE, List.of(), at("10:29:59")));
        assertEquals(Optional.of(new Stage(NotificationKind.REMINDER, 0)), schedule.next(DUE, List.of(), at("10:30:00")));
        assertEquals(Optional.empty(), schedule.next(DUE, List.of(row(NotificationKind.REMINDER, 0, "10:30:00")), at("11:00:00")));
        assertEquals(Optional.of(new Stage(NotificationKind.OVERDUE, 0)), schedule.next(DUE, List.of(), at("11:30:00")));
    }

    @Test
    void shouldEscalateOneStepAtATimeCountingFromThePreviousNotice() {
        List<Notification> told = new ArrayList<>(List.of(row(NotificationKind.OVERDUE, 0, "11:45:00")));
        assertEquals(Optional.empty(), schedule.next(DUE, told, at("12:44:59")));
        assertEquals(Optional.of(new Stage(NotificationKind.ESCALATION, 1)), schedule.next(DUE, told, at("12:45:00")));
        told.add(row(NotificationKind.ESCALATION, 1, "13:00:00"));
        assertEquals(Optional.empty(), schedule.next(DUE, told, at("14:59:59")));
        assertEquals(Optional.of(new Stage(NotificationKind.ESCALATION, 2)), schedule.next(DUE, told, at("15:00:00")));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-20T" + time + "Z");
    }

    private static Notification row(NotificationKind kind, int step, String time) {
        Notification n = new Notification();
        n.kind = kind;
        n.step = step;
        n.createdAt = at(time);
        return n;
    }
}
