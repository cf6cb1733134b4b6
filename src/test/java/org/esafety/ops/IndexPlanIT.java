package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every list and filter of the API is served by an index (issue 8 §1): on PostgreSQL, with the Flyway schema and
 * 20,000 incidents of 200 schools (80,000 actions, 40,000 audit entries; most incidents closed, as in a
 * running service) analysed, the plan of each list query reads no table from end to end, and an ordered list
 * comes out of an index in order unless it has only a handful of matches to sort.
 * The queries are those Hibernate sends for IncidentQueries, ActionQueries and AuditResource, with the filter
 * values written in.
 */
class IndexPlanIT {

    private static final Pattern INDEX = Pattern.compile("(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\\w+)");
    /** A sort node and the number of rows the planner expects it to sort. */
    private static final Pattern SORT = Pattern.compile("(?m)(?:^|->\\s+)(?:Incremental )?Sort\\s+\\(cost=\\S+ rows=(\\d+)");
    /** A sort of this many matches is fine (one school's handful of incidents); more must come from an index. */
    private static final int SMALL_SORT = 100;

    private static ItDatabase db;

    /** A list query; {@code ordered}: its order must come from an index. */
    record Case(String name, boolean ordered, String sql) {
    }

    @BeforeAll
    static void schemaAndData() throws SQLException, IOException {
        db = ItDatabase.migratedWith("plans", "src/test/resources/ops/index-plan-data.sql");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    static List<Case> cases() {
        String incidents = "SELECT * FROM incident WHERE ";
        String newest = " ORDER BY reported_at DESC, id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY";
        String actions = "SELECT * FROM required_action WHERE ";
        String soonest = " ORDER BY due_at, id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY";
        String range = "reported_at >= now() - interval '30 days' AND reported_at < now()";
        return List.of(
                new Case("incidents", true, incidents + "1 = 1" + newest),
                new Case("incidents by school", true, incidents + "school_id = 'school-7'" + newest),
                new Case("incidents by school and status", true, incidents + "school_id = 'school-7' AND status = 'OPEN'" + newest),
                new Case("incidents by school and category", true,
                        incidents + "school_id = 'school-7' AND category = 'CYBERBULLYING'" + newest),
                new Case("incidents by school, from and to", true, incidents + "school_id = 'school-7' AND " + range + newest),
                new Case("incidents by status", true, incidents + "status = 'OPEN'" + newest),
                new Case("incidents by category", true, incidents + "category = 'EXTREMIST_MATERIAL'" + newest),
                new Case("incidents from and to", true, incidents + range + newest),
                new Case("incidents of several schools", false,
                        incidents + "school_id IN ('school-1','school-2','school-3','school-4','school-5')" + newest),
                new Case("actions", true, actions + "1 = 1" + soonest),
                new Case("actions by school", true, actions + "school_id = 'school-7'" + soonest),
                new Case("actions by school and status", true, actions + "school_id = 'school-7' AND status = 'OPEN'" + soonest),
                new Case("overdue actions of a school", true,
                        actions + "school_id = 'school-7' AND status = 'OPEN' AND due_at <= now()" + soonest),
                new Case("actions of a school not overdue", true,
                        actions + "school_id = 'school-7' AND (status <> 'OPEN' OR due_at > now())" + soonest),
                new Case("actions by school and responsible", true,
                        actions + "school_id = 'school-7' AND responsible = 'DSL'" + soonest),
                new Case("a role's open actions", true,
                        actions + "school_id = 'school-7' AND responsible = 'DSL' AND status = 'OPEN'" + soonest),
                new Case("actions of a school due before", true,
                        actions + "school_id = 'school-7' AND due_at < now() + interval '7 days'" + soonest),
                new Case("actions by status", true, actions + "status = 'OPEN'" + soonest),
                new Case("overdue actions", true, actions + "status = 'OPEN' AND due_at <= now()" + soonest),
                new Case("actions due before", true, actions + "due_at < now() - interval '300 days'" + soonest),
                new Case("actions by responsible", true, actions + "responsible = 'HEADTEACHER'" + soonest),
                new Case("actions of an incident", false,
                        "SELECT * FROM required_action WHERE incident_id = (SELECT id FROM incident WHERE external_ref = 'REF-77')"),
                new Case("evaluations of an incident", true, "SELECT * FROM evaluation WHERE incident_id = "
                        + "(SELECT id FROM incident WHERE external_ref = 'REF-77') ORDER BY evaluated_at, id"),
                new Case("incident by key", false, incidents
                        + "school_id = 'school-77' AND source = 'cpoms' AND external_ref = 'REF-77'"),
                new Case("audit entries of an incident", true, "SELECT * FROM audit_entry WHERE incident_id = "
                        + "(SELECT id FROM incident WHERE external_ref = 'REF-77') ORDER BY seq OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"),
                new Case("audit entries", true,
                        "SELECT * FROM audit_entry ORDER BY at, chain, seq OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"));
    }

    @Test
    void shouldServeEveryListFromAnIndexInOrder() throws SQLException {
        List<String> failures = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Case c : cases()) {
            String plan = explain(c.sql());
            Matcher index = INDEX.matcher(plan);
            List<String> indexes = new ArrayList<>();
            while (index.find()) {
                indexes.add(index.group(1));
            }
            used.add(c.name() + " -> " + String.join(", ", indexes));
            Matcher sort = SORT.matcher(plan);
            if (plan.contains("Seq Scan") || indexes.isEmpty()) {
                failures.add(c.name() + " reads a whole table:\n" + plan);
            } else if (c.ordered() && sort.find() && Long.parseLong(sort.group(1)) > SMALL_SORT) {
                failures.add(c.name() + " sorts " + sort.group(1) + " matches instead of reading an index in order:\n"
                        + plan);
            }
        }
        Summary.report("index-plans", "%s", String.join("; ", used));
        assertEquals(List.of(), failures);
    }

    private static String explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
