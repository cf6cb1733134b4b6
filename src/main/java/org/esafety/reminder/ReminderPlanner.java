package org.esafety.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.esafety.action.ActionStatus;
import org.esafety.action.RequiredAction;
import org.esafety.incident.ExcludedRoles;
import org.esafety.policy.Responsible;
import org.esafety.rules.EscalationChain;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * Finds the OPEN actions of the configured schools that need a notice now (due within the lead time, or
 * overdue) and records that notice in the outbox. Each action is planned in its own short transaction
 * under its row lock, taken with SKIP LOCKED: an action another instance is planning is left to it.
 */
@ApplicationScoped
class ReminderPlanner {

    private final SchoolRegistry schools;
    private final ExcludedRoles subjects;
    private final NoticeWriter writer;
    private final Schedule schedule;
    private final int batchSize;

    private final RuleSetHolder rules;
    private final Event<ActionOverdue> overdue;

    ReminderPlanner(SchoolRegistry schools, ExcludedRoles subjects, NoticeWriter writer, RemindersConfig config,
                    RuleSetHolder rules, Event<ActionOverdue> overdue) {
        this.rules = rules;
        this.overdue = overdue;
        this.schools = schools;
        this.subjects = subjects;
        this.writer = writer;
        this.schedule = new Schedule(config);
        this.batchSize = config.batchSize();
    }

    /** Records every notice due at {@code now}; the number of outbox rows written. */
    int plan(Instant now) {
        List<String> schoolIds = schools.all().stream().map(School::id).toList();
        int written = 0;
        Instant afterDue = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        while (true) {
            Instant fromDue = afterDue;
            UUID fromId = afterId;
            List<RequiredAction> page = QuarkusTransaction.requiringNew().call(() -> RequiredAction.<RequiredAction>find(
                    "status = :open and dueAt <= :horizon and schoolId in :schools"
                            + " and (dueAt > :afterDue or (dueAt = :afterDue and id > :afterId))",
                    Sort.ascending("dueAt", "id"),
                    Parameters.with("open", ActionStatus.OPEN).and("horizon", schedule.horizon(now))
                            .and("schools", schoolIds).and("afterDue", fromDue).and("afterId", fromId))
                    .page(0, batchSize).list());
            for (UUID id : needingNotice(page, now)) {
                written += QuarkusTransaction.requiringNew().call(() -> planOne(id, now));
            }
            if (page.size() < batchSize) {
                return written;
            }
            afterDue = page.get(page.size() - 1).dueAt;
            afterId = page.get(page.size() - 1).id;
        }
    }

    /** A first look without locks: the actions whose next stage is due and whose path is not yet climbed. */
    private List<UUID> needingNotice(List<RequiredAction> page, Instant now) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Notification>> recorded = QuarkusTransaction.requiringNew().call(() -> byAction(
                Notification.<Notification>list("actionId in ?1", page.stream().map(a -> a.id).toList())));
        EscalationChain chain = rules.current().escalation();
        List<UUID> due = new ArrayList<>();
        for (RequiredAction a : page) {
            schedule.next(a.dueAt, recorded.getOrDefault(a.id, List.of()), now)
                    .filter(stage -> stage.pathIndex() < chain.longest(a.responsible))
                    .ifPresent(stage -> due.add(a.id));
        }
        return due;
    }

    private int planOne(UUID actionId, Instant now) {
        if (!ActionLock.tryLockOpen(Notification.getEntityManager(), actionId)) {
            return 0;
        }
        RequiredAction action = RequiredAction.findById(actionId);
        Optional<Stage> stage = schedule.next(action.dueAt, Notification.forAction(actionId), now);
        Optional<School> school = schools.find(action.schoolId);
        if (stage.isEmpty() || school.isEmpty()) {
            return 0;
        }
        Set<Responsible> excluded = subjects.of(action.incidentId, school.get());
        List<Responsible> path = rules.current().escalation().from(action.responsible, excluded);
        int from = stage.get().pathIndex();
        if (from >= path.size()) {
            return 0;
        }
        int written = writer.record(action, school.get(), stage.get(), path.subList(from, path.size()), now).size();
        if (written > 0 && stage.get().kind() == NotificationKind.OVERDUE) {
            // Once per action: the overdue stage is recorded once, under the action's lock (events go out with it).
            overdue.fire(new ActionOverdue(action.id, action.incidentId, action.schoolId, now));
        }
        return written;
    }

    private static Map<UUID, List<Notification>> byAction(List<Notification> rows) {
        Map<UUID, List<Notification>> map = new HashMap<>();
        rows.forEach(n -> map.computeIfAbsent(n.actionId, k -> new ArrayList<>()).add(n));
        return map;
    }
}
