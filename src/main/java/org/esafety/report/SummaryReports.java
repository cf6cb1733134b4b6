package org.esafety.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.incident.IncidentStatus;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;

/** Builds the summary from the grouped statements of {@link SummaryQueries}: a fixed number of them per report. */
@ApplicationScoped
public class SummaryReports {

    /** Most rationales listed (the count of declined actions is always complete). */
    static final int RATIONALES = 200;

    private final SummaryQueries queries;
    private final RuleSetHolder rules;
    private final Clock clock;

    public SummaryReports(SummaryQueries queries, RuleSetHolder rules, Clock clock) {
        this.queries = queries;
        this.rules = rules;
        this.clock = clock;
    }

    /** The summary; {@code rationale} is how the caller may read staff's free text (an auditor's redaction). */
    @Transactional
    public Summary summary(ReportScope scope, Function<String, String> rationale) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Tally> tallies = new java.util.TreeMap<>();
        queries.tallies(scope, now).forEach((code, n) -> tallies.put(code, Tally.of(code, title(code), n)));
        Object[] first = queries.firstDslAction(scope);
        Summary.Timing firstDsl = timing(first, 0);
        Summary.Incidents incidents = incidents(scope);
        return new Summary(scope.schoolId(), scope.from(), scope.to(), now, incidents, referrals(scope, tallies),
                firstDsl, incidents.total() - firstDsl.measured(), lateness(tallies),
                declined(scope, tallies, rationale),
                Referrals.FILTERING.stream().map(c -> tallies.getOrDefault(c, Tally.none(c, title(c)))).toList());
    }

    private Summary.Incidents incidents(ReportScope scope) {
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        Map<Legality, Long> legalities = new EnumMap<>(Legality.class);
        Map<IncidentStatus, Long> statuses = new EnumMap<>(IncidentStatus.class);
        long total = 0;
        for (Object[] row : queries.incidents(scope)) {
            long n = ((Number) row[3]).longValue();
            categories.merge(Category.valueOf((String) row[0]), n, Long::sum);
            legalities.merge(Legality.valueOf((String) row[1]), n, Long::sum);
            statuses.merge(IncidentStatus.valueOf((String) row[2]), n, Long::sum);
            total += n;
        }
        List<Summary.CategoryCount> byCategory = categories.entrySet().stream()
                .sorted(Map.Entry.<Category, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Summary.CategoryCount(e.getKey(), e.getValue())).toList();
        // Every legality and status is listed, most serious first, so that a zero shows as a zero.
        List<Summary.LegalityCount> byLegality = List.of(Legality.ILLEGAL, Legality.UNCERTAIN, Legality.INAPPROPRIATE)
                .stream().map(l -> new Summary.LegalityCount(l, legalities.getOrDefault(l, 0L))).toList();
        List<Summary.StatusCount> byStatus = List.of(IncidentStatus.values()).stream()
                .map(s -> new Summary.StatusCount(s, statuses.getOrDefault(s, 0L))).toList();
        return new Summary.Incidents(total, byCategory, byLegality, byStatus);
    }

    private List<Summary.Referral> referrals(ReportScope scope, Map<String, Tally> tallies) {
        Map<String, Summary.Timing> times = new java.util.HashMap<>();
        queries.referralTimes(scope, Referrals.AGENCIES.keySet()).forEach(r -> times.put((String) r[0], timing(r, 1)));
        List<Summary.Referral> referrals = new ArrayList<>();
        Referrals.AGENCIES.forEach((code, agency) -> {
            Tally t = tallies.getOrDefault(code, Tally.none(code, title(code)));
            Summary.Timing time = times.getOrDefault(code, new Summary.Timing(0, null, null));
            referrals.add(new Summary.Referral(code, agency, t.total(), t.open(), t.overdue(), t.done(),
                    t.withExternalReference(), t.done() - t.withExternalReference(), t.declined(), t.superseded(),
                    t.late(), time.measured(), time.medianMinutes(), time.p90Minutes()));
        });
        return referrals;
    }

    private static Summary.Lateness lateness(Map<String, Tally> tallies) {
        List<Summary.CodeLateness> byCode = tallies.values().stream().filter(t -> t.late() + t.overdue() > 0)
                .sorted(Comparator.comparingLong((Tally t) -> -(t.late() + t.overdue())).thenComparing(Tally::code))
                .map(t -> new Summary.CodeLateness(t.code(), t.title(), t.late(), t.overdue())).toList();
        return new Summary.Lateness(tallies.values().stream().mapToLong(Tally::late).sum(),
                tallies.values().stream().mapToLong(Tally::overdue).sum(), byCode);
    }

    private Summary.Declined declined(ReportScope scope, Map<String, Tally> tallies, Function<String, String> text) {
        List<Summary.CodeCount> byCode = tallies.values().stream().filter(t -> t.declined() > 0)
                .sorted(Comparator.comparingLong((Tally t) -> -t.declined()).thenComparing(Tally::code))
                .map(t -> new Summary.CodeCount(t.code(), t.title(), t.declined())).toList();
        long total = byCode.stream().mapToLong(Summary.CodeCount::count).sum();
        List<Summary.DeclinedAction> rationales = queries.declined(scope, RATIONALES).stream()
                .map(r -> new Summary.DeclinedAction((String) r[0], SummaryQueries.uuid(r[1]), (String) r[2],
                        SummaryQueries.instant(r[3]), text.apply((String) r[4]))).toList();
        return new Summary.Declined(total, byCode, rationales, total > rationales.size());
    }

    private static Summary.Timing timing(Object[] row, int at) {
        long measured = ((Number) row[at + 2]).longValue();
        return new Summary.Timing(measured, SummaryQueries.minutes(row[at]), SummaryQueries.minutes(row[at + 1]));
    }

    private String title(String code) {
        return rules.current().catalogue().action(code).map(ActionCatalogue.Entry::title).orElse(code);
    }
}
