package org.esafety.impact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import io.quarkus.logging.Log;

import org.esafety.action.Decision;
import org.esafety.action.DecisionService;
import org.esafety.common.Json;
import org.esafety.policy.IncidentFacts;
import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleSet;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The work of one job: batch after batch of the scope's incidents, each re-decided on its latest evaluation's
 * stored facts (with its school's profile, deadlines from the same awareness) by the rules in force and by the
 * candidate, through the service's own {@link DecisionService}; nothing is written. It stops between incidents
 * once the job is cancelled, and rests after each full batch.
 */
final class ImpactRun implements Runnable {

    private final ImpactJob job;
    private final RuleSet inForce;
    private final RuleSet candidate;
    private final ImpactReader reader;
    private final DecisionService decisions;
    private final SchoolRegistry schools;
    private final ImpactConfig config;
    private final Clock clock;

    ImpactRun(ImpactJob job, RuleSet inForce, RuleSet candidate, ImpactReader reader, DecisionService decisions,
              SchoolRegistry schools, ImpactConfig config, Clock clock) {
        this.job = job;
        this.inForce = inForce;
        this.candidate = candidate;
        this.reader = reader;
        this.decisions = decisions;
        this.schools = schools;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            job.total(reader.count(job.scope));
            UUID after = null;
            while (job.running()) {
                List<ImpactReader.Stored> batch = reader.batch(job.scope, after, config.batchSize());
                for (ImpactReader.Stored incident : batch) {
                    if (!job.running() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    decide(incident);
                }
                if (batch.size() < config.batchSize()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                LockSupport.parkNanos(config.pause().toNanos());
            }
            if (job.end(ImpactJob.Status.DONE, null, now())) {
                Log.infof("Impact job %s done: %s against %s", job.id, job.candidateVersion, job.inForceVersion);
            }
        } catch (RuntimeException e) {
            // Exception messages can quote stored values: the job and the log name the type only.
            Log.errorf("Impact job %s failed: %s", job.id, e.getClass().getName());
            job.end(ImpactJob.Status.FAILED, "the job stopped on an error (" + e.getClass().getSimpleName()
                    + "); see the service log for job " + job.id, now());
        }
    }

    private void decide(ImpactReader.Stored incident) {
        Optional<School> school = schools.find(incident.schoolId());
        if (school.isEmpty() || incident.facts() == null) {
            job.failed(incident, school.isEmpty() ? "the school is no longer configured" : "no evaluation is stored");
            return;
        }
        IncidentFacts facts;
        Decision before;
        try {
            facts = Json.readStored(incident.facts(), IncidentFacts.class);
            before = decisions.decideWith(inForce, facts, school.get(), incident.awareAt());
        } catch (RuntimeException e) {
            job.failed(incident, "the rules in force could not decide it: " + why(e));
            return;
        }
        Decision after;
        try {
            after = decisions.decideWith(candidate, facts, school.get(), incident.awareAt());
        } catch (RuntimeException e) {
            job.failed(incident, "the candidate could not decide it: " + why(e));
            return;
        }
        Comparison comparison = Comparison.of(before, after);
        job.decided(incident, comparison, comparison.change(incident, before, after).orElse(null), this::ruleId);
    }

    private String ruleId(String name) {
        RuleInfo rule = inForce.rule(name) != null ? inForce.rule(name) : candidate.rule(name);
        return rule == null ? null : rule.id();
    }

    private Instant now() {
        return clock.instant();
    }

    /** The service's own failures (the engine's "concluded two legalities") say what went wrong; others only their type. */
    private static String why(RuntimeException e) {
        return e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage()
                : e.getClass().getSimpleName();
    }
}
