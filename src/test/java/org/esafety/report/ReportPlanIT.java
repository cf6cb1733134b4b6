package org.esafety.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.common.RoleList;
import org.esafety.ops.ItDatabase;
import org.esafety.ops.Summary;

/**
 * The reports read a period's incidents by an index (issue 21): on PostgreSQL, with the Flyway schema and 60,000
 * incidents of 40 schools over three years (500 a school a year, as at a million over 500 schools; 480,000 actions)
 * analysed, the plan of every statement of the governors' summary and the inspection-day list reads {@code incident}
 * through one of its indexes, never from end to end (a Seq Scan, parallel or not). The statements are those the
 * report classes write, with their parameters bound as the service binds them (instants as timestamps with time zone,
 * strings, one per element of a list) and the service's row limits; the planner decides alone, no
 * {@code enable_seqscan = off}. Before the fix the five statements that join the actions read {@code incident} by a
 * Parallel Seq Scan (README "Indexes").
 */
class ReportPlanIT {

    private static final Pattern INDEX = Pattern.compile(
            "(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\\w+)");
    private static final Pattern WHOLE_INCIDENT = Pattern.compile("Seq Scan on incident\\b");
    /** A named parameter of a native query, not a {@code ::} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private static ItDatabase db;

    @BeforeAll
    static void schemaAndData() throws SQLException, IOException {
        db = ItDatabase.migratedWith("report_plans", "src/test/resources/report/report-plan-data.sql");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /** Every statement of both reports, named, with the row limit the service sets on it (or none). */
    static Map<String, String> statements(ReportScope scope) {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("summary: incidents", SummaryQueries.incidentsSql(scope));
        statements.put("summary: tallies", SummaryQueries.talliesSql(scope));
        statements.put("summary: first DSL action", SummaryQueries.firstDslActionSql(scope));
        statements.put("summary: referral times", SummaryQueries.referralTimesSql(scope));
        statements.put("summary: declined", SummaryQueries.declinedSql(scope) + limit(SummaryReports.RATIONALES));
        statements.put("inspection: incidents", InspectionQueries.incidentsSql(scope) + limit(InspectionQueries.MAX_ROWS + 1));
        statements.put("inspection: referrals", InspectionQueries.referralsSql(scope) + limit(InspectionQueries.MAX_ROWS + 1));
        return statements;
    }

    @Test
    void shouldReadTheIncidentsOfAYearsReportByAnIndex() throws SQLException {
        Instant from = LocalDate.of(2025, 9, 1).atStartOfDay(ReportScopes.ENGLAND).toInstant();
        Instant to = LocalDate.of(2026, 9, 1).atStartOfDay(ReportScopes.ENGLAND).toInstant();
        // A DSL's report (the cases about the DSL left out) and a governor's (all of them), of one school's year.
        List<ReportScope> scopes = List.of(
                new ReportScope("school-7", Set.of("school-7"), RoleList.pattern("DSL"), from, to, ReportScopes.ENGLAND),
                new ReportScope("school-7", Set.of("school-7"), null, from, to, ReportScopes.ENGLAND));
        List<String> failures = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (ReportScope scope : scopes) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("schools", scope.schools());
            parameters.put("from", scope.from());
            parameters.put("to", scope.to());
            parameters.put("notAbout", scope.notAbout());
            parameters.put("now", Instant.parse("2026-12-01T00:00:00Z"));
            parameters.put("codes", Referrals.AGENCIES.keySet());
            for (Map.Entry<String, String> statement : statements(scope).entrySet()) {
                String name = statement.getKey() + (scope.notAbout() == null ? "" : " (DSL)");
                String plan = explain(statement.getValue(), parameters);
                List<String> indexes = new ArrayList<>();
                for (Matcher index = INDEX.matcher(plan); index.find(); ) {
                    indexes.add(index.group(1));
                }
                used.add(name + " -> " + String.join(", ", indexes));
                if (WHOLE_INCIDENT.matcher(plan).find() || indexes.stream().noneMatch(i -> i.startsWith("ix_incident_"))) {
                    failures.add(name + " does not read incident by an index:\n" + plan);
                }
            }
        }
        Summary.report("report-plans", "%s", String.join("; ", used));
        assertEquals(List.of(), failures);
    }

    private static String limit(int rows) {
        return " FETCH FIRST " + rows + " ROWS ONLY";
    }

    /** EXPLAIN of {@code sql} with its named parameters bound as JDBC parameters. */
    private static String explain(String sql, Map<String, Object> parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(sql);
        while (parameter.find()) {
            if (!parameters.containsKey(parameter.group(1))) {
                throw new IllegalArgumentException("no value for :" + parameter.group(1));
            }
            Object value = parameters.get(parameter.group(1));
            Collection<?> each = value instanceof Collection<?> c ? c : java.util.Collections.singletonList(value);
            values.addAll(each);
            parameter.appendReplacement(jdbc, String.join(", ", java.util.Collections.nCopies(each.size(), "?")));
        }
        parameter.appendTail(jdbc);
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("EXPLAIN " + jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                s.setObject(i + 1, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
