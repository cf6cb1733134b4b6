package org.esafety.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import org.esafety.impact.ImpactReport.Count;
import org.esafety.impact.ImpactReport.Failure;
import org.esafety.impact.ImpactReport.RuleCount;

/**
 * One impact report while it runs and after: counters and tallies that stay small whatever the number of
 * incidents (one line per category, school and rule), and the changed incidents up to a cap. Written by the job's
 * thread, read by requests: every read is a copy taken under the job's lock.
 */
public final class ImpactJob {

    /** RUNNING until every incident of the scope is re-decided (DONE), it is cancelled, or it fails. */
    public enum Status { RUNNING, DONE, CANCELLED, FAILED }

    private static final int MAX_FAILURES = 100;

    final UUID id = UUID.randomUUID();
    final ImpactScope scope;
    final String startedBy;
    final Instant startedAt;
    final String inForceVersion;
    final String candidateVersion;
    private final int maxChanges;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.RUNNING);
    private volatile Instant finishedAt;
    private volatile String error;
    private long total;
    private long processed;
    private long changed;
    private long failed;
    private final Map<String, long[]> byCategory = new TreeMap<>();
    private final Map<String, long[]> bySchool = new TreeMap<>();
    private final Map<String, RuleCount> byRule = new TreeMap<>();
    private final List<IncidentChange> changes = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();

    ImpactJob(ImpactScope scope, String startedBy, Instant startedAt, String inForceVersion, String candidateVersion,
              int maxChanges) {
        this.scope = scope;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.inForceVersion = inForceVersion;
        this.candidateVersion = candidateVersion;
        this.maxChanges = maxChanges;
    }

    synchronized void total(long total) {
        this.total = total;
    }

    /** One incident re-decided by both sets; {@code ruleId} finds a rule's id in either set. */
    synchronized void decided(ImpactReader.Stored incident, Comparison comparison, IncidentChange change,
                              Function<String, String> ruleId) {
        processed++;
        boolean isChange = change != null;
        tally(byCategory, String.valueOf(incident.category()), isChange);
        tally(bySchool, incident.schoolId(), isChange);
        comparison.rulesOnlyInForce().forEach(r -> byRule.merge(r, new RuleCount(ruleId.apply(r), r, 1, 0), ImpactJob::add));
        comparison.rulesOnlyInCandidate().forEach(r -> byRule.merge(r, new RuleCount(ruleId.apply(r), r, 0, 1), ImpactJob::add));
        if (isChange) {
            changed++;
            if (changes.size() < maxChanges) {
                changes.add(change);
            }
        }
    }

    synchronized void failed(ImpactReader.Stored incident, String message) {
        processed++;
        failed++;
        if (failures.size() < MAX_FAILURES) {
            failures.add(new Failure(incident.id(), incident.reference(), incident.schoolId(), message));
        }
    }

    boolean running() {
        return status.get() == Status.RUNNING;
    }

    /** RUNNING becomes {@code end} (DONE, CANCELLED or FAILED); false when it had already ended. */
    boolean end(Status end, String why, Instant at) {
        if (!status.compareAndSet(Status.RUNNING, end)) {
            return false;
        }
        error = why;
        finishedAt = at;
        return true;
    }

    Status status() {
        return status.get();
    }

    /**
     * The report as the caller may read it: the changed incidents of {@code visibleSchool}'s schools, of
     * {@code schoolId} and {@code category} when given; the tallies by school of visible schools only.
     */
    synchronized ImpactReport report(Predicate<String> visibleSchool, String schoolId, String category) {
        List<IncidentChange> listed = changes.stream().filter(c -> visibleSchool.test(c.schoolId()))
                .filter(c -> schoolId == null || schoolId.equals(c.schoolId()))
                .filter(c -> category == null || category.equals(String.valueOf(c.category()))).toList();
        return new ImpactReport(id, status.get(), startedBy, startedAt, finishedAt, scope, inForceVersion,
                candidateVersion, total, processed, changed, failed, changed > changes.size(), counts(byCategory, x -> true),
                counts(bySchool, visibleSchool), List.copyOf(byRule.values()), listed,
                failures.stream().filter(f -> visibleSchool.test(f.schoolId())).toList(), error);
    }

    private static void tally(Map<String, long[]> counts, String key, boolean changed) {
        long[] n = counts.computeIfAbsent(key, k -> new long[2]);
        n[0]++;
        n[1] += changed ? 1 : 0;
    }

    private static List<Count> counts(Map<String, long[]> counts, Predicate<String> visible) {
        return counts.entrySet().stream().filter(e -> visible.test(e.getKey()))
                .map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static RuleCount add(RuleCount a, RuleCount b) {
        return new RuleCount(a.id(), a.name(), a.firedInForceOnly() + b.firedInForceOnly(),
                a.firedInCandidateOnly() + b.firedInCandidateOnly());
    }
}
