package org.esafety.impact;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.DecisionService;
import org.esafety.rules.CandidateRules;
import org.esafety.rules.RuleSet;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.SchoolRegistry;

/**
 * The impact jobs of this instance, in memory: the newest {@code jobs-kept} of them, at most one running, on one
 * background thread of the lowest priority. Nothing of a job is stored: the report changes nothing, and a job lost
 * to a restart (or asked of another instance) is simply run again.
 */
@ApplicationScoped
public class ImpactJobs {

    private final RuleSetHolder rules;
    private final CandidateRules candidate;
    private final ImpactReader reader;
    private final DecisionService decisions;
    private final SchoolRegistry schools;
    private final ImpactConfig config;
    private final Clock clock;
    private final Map<UUID, ImpactJob> jobs = new LinkedHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "esafety-impact");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ImpactJobs(RuleSetHolder rules, CandidateRules candidate, ImpactReader reader, DecisionService decisions,
                      SchoolRegistry schools, ImpactConfig config, Clock clock) {
        this.rules = rules;
        this.candidate = candidate;
        this.reader = reader;
        this.decisions = decisions;
        this.schools = schools;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Compiles the candidate folder (422 naming file and line if it does not compile) and starts a job comparing it
     * with the rules in force now over {@code scope}; 409 while another job runs.
     */
    public ImpactJob start(ImpactScope scope, String actor) {
        refuseWhileOneRuns();
        RuleSet inForce = rules.current();
        RuleSet next = candidate.compile();
        synchronized (jobs) {
            refuseWhileOneRuns();
            ImpactJob job = new ImpactJob(scope, actor, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    inForce.version(), next.version(), config.maxChanges());
            jobs.put(job.id, job);
            while (jobs.size() > Math.max(1, config.jobsKept())) {
                jobs.remove(jobs.keySet().iterator().next());
            }
            Log.infof("Impact job %s started by %s: %s against %s", job.id, actor, next.version(), inForce.version());
            worker.execute(new ImpactRun(job, inForce, next, reader, decisions, schools, config, clock));
            return job;
        }
    }

    private void refuseWhileOneRuns() {
        synchronized (jobs) {
            jobs.values().stream().filter(ImpactJob::running).findFirst().ifPresent(running -> {
                throw new ImpactJobConflictException("impact job " + running.id + " is still running: wait for it or"
                        + " cancel it (DELETE /api/admin/rules/impact/" + running.id + ")");
            });
        }
    }

    public Optional<ImpactJob> find(UUID id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The jobs kept, newest first. */
    public List<ImpactJob> all() {
        synchronized (jobs) {
            List<ImpactJob> newestFirst = new ArrayList<>(jobs.values());
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    /** Cancels a running job: it stops before its next incident and keeps what it counted. 409 once it has ended. */
    public ImpactJob cancel(UUID id, String actor) {
        ImpactJob job = find(id).orElseThrow(() -> new ImpactJobNotFoundException(id));
        if (!job.end(ImpactJob.Status.CANCELLED, "cancelled by " + actor, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw new ImpactJobConflictException("impact job " + id + " has already ended (" + job.status() + ")");
        }
        Log.infof("Impact job %s cancelled by %s", id, actor);
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
