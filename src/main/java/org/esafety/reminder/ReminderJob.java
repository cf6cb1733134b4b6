package org.esafety.reminder;

import java.time.Clock;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reminder job: every {@code esafety.reminders.every}, records the notices due now in the outbox and
 * delivers what the outbox holds. Every instance runs it; the database decides who sends what.
 */
@ApplicationScoped
public class ReminderJob {

    /** What one run did. */
    public record Run(int recorded, int delivered, int failed, int cancelled) {
    }

    private final ReminderPlanner planner;
    private final Courier courier;
    private final Clock clock;
    private final String instance;

    ReminderJob(ReminderPlanner planner, Courier courier, Clock clock, RemindersConfig config) {
        this.planner = planner;
        this.courier = courier;
        this.clock = clock;
        this.instance = config.instanceId().orElseGet(() -> "instance-" + UUID.randomUUID());
    }

    @Scheduled(identity = "esafety-reminders", every = "${esafety.reminders.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = runOnce();
        if (run.recorded() + run.delivered() + run.failed() + run.cancelled() > 0) {
            Log.infof("Reminders: %d recorded, %d delivered, %d failed attempts, %d cancelled", run.recorded(),
                    run.delivered(), run.failed(), run.cancelled());
        }
    }

    /** One run as this instance. */
    public Run runOnce() {
        return runOnce(instance);
    }

    /** One run as the instance named {@code owner} (tests play several instances on one database). */
    public Run runOnce(String owner) {
        int recorded = planner.plan(clock.instant());
        Courier.Tally tally = courier.deliverDue(owner);
        return new Run(recorded, tally.delivered(), tally.failed(), tally.cancelled());
    }
}
