package org.esafety.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an OPEN action's next notice is due. The reminder goes out within the lead time before the deadline
 * (never once it has passed); the overdue notice at the deadline; escalation 1 once the overdue notice is
 * {@code escalateAfter} old, and each further step {@code escalateEvery} after the previous one. One stage
 * at a time: a service that was down catches up step by step, never by telling everyone at once.
 */
final class Schedule {

    private final Duration leadTime;
    private final Duration escalateAfter;
    private final Duration escalateEvery;

    Schedule(RemindersConfig config) {
        this(config.leadTime(), config.escalateAfter(), config.escalateEvery());
    }

    Schedule(Duration leadTime, Duration escalateAfter, Duration escalateEvery) {
        this.leadTime = leadTime;
        this.escalateAfter = escalateAfter;
        this.escalateEvery = escalateEvery;
    }

    /** The latest due date an action can have and still need a notice at {@code now}. */
    Instant horizon(Instant now) {
        return now.plus(leadTime);
    }

    /** The stage due at {@code now} that {@code recorded} does not yet hold, if any. */
    Optional<Stage> next(Instant dueAt, List<Notification> recorded, Instant now) {
        if (now.isBefore(dueAt)) {
            boolean told = recorded.stream().anyMatch(n -> n.kind == NotificationKind.REMINDER);
            return !told && !now.isBefore(dueAt.minus(leadTime))
                    ? Optional.of(new Stage(NotificationKind.REMINDER, 0)) : Optional.empty();
        }
        Optional<Instant> overdue = firstAt(recorded, NotificationKind.OVERDUE, 0);
        if (overdue.isEmpty()) {
            return Optional.of(new Stage(NotificationKind.OVERDUE, 0));
        }
        int step = recorded.stream().filter(n -> n.kind == NotificationKind.ESCALATION)
                .mapToInt(n -> n.step).max().orElse(0) + 1;
        Instant previous = step == 1 ? overdue.get() : firstAt(recorded, NotificationKind.ESCALATION, step - 1).orElseThrow();
        Duration wait = step == 1 ? escalateAfter : escalateEvery;
        return now.isBefore(previous.plus(wait)) ? Optional.empty()
                : Optional.of(new Stage(NotificationKind.ESCALATION, step));
    }

    private static Optional<Instant> firstAt(List<Notification> recorded, NotificationKind kind, int step) {
        return recorded.stream().filter(n -> n.kind == kind && n.step == step).map(n -> n.createdAt)
                .min(Instant::compareTo);
    }
}
