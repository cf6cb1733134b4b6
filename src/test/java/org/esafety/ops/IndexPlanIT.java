package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    static void schemaAndData() throws Exception {
        db = ItDatabase.fresh("plans");
        Flyway.configure().dataSource(db.jdbcUrl(), ItDatabase.USER, "")
                .locations("filesystem:src/main/resources/db/migration").load().migrate();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO incident (id, school_id, source, external_ref, request_hash, reported_at, received_at,
                        category, circumstances, status, legality, rule_set_version, evaluated_at, version)
                    SELECT gen_random_uuid(), 'school-' || (g % 200), 'cpoms', 'REF-' || g, md5(g::text) || md5(g::text),
                        now() - make_interval(mins => g * 7), now(),
                        CASE WHEN g % 50 = 3 THEN 'EXTREMIST_MATERIAL'
                             ELSE (ARRAY['CYBERBULLYING','SHARING_NUDES','SELF_HARM_CONTENT','UNSUITABLE_CONTENT',
                                         'FILTER_CIRCUMVENTION','OFFENSIVE_MESSAGE'])[1 + g % 6] END,
                        '{}', CASE (g / 3) % 20 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'ACTIONS_COMPLETE' ELSE 'CLOSED' END,
                        'INAPPROPRIATE', 'sha256:x',
                        now(), 0
                    FROM generate_series(1, 20000) g""");
            s.execute("""
                    INSERT INTO evaluation (id, incident_id, evaluated_at, aware_at, trigger_kind, rule_set_version,
                        legality, facts, fired_rules, actions_added, actions_superseded)
                    SELECT gen_random_uuid(), id, reported_at, reported_at, 'INTAKE', 'sha256:x', 'INAPPROPRIATE', '{}',
                        '[]', '[]', '[]' FROM incident""");
            s.execute("""
                    INSERT INTO required_action (id, incident_id, school_id, evaluation_id, code, responsible,
                        deadline_kind, band, aware_at, due_at, position, status, rules, rule_ids, sources, version)
                    SELECT gen_random_uuid(), e.incident_id, i.school_id, e.id, 'CODE_' || n,
                        (ARRAY['DSL','REPORTER','HEADTEACHER','IT_SUPPORT'])[1 + n % 4], 'SAME_DAY', 0, i.reported_at,
                        i.reported_at + make_interval(days => n * 2), n,
                        CASE WHEN i.status = 'OPEN' AND n % 2 = 0 THEN 'OPEN'
                             ELSE (ARRAY['DONE','NOT_REQUIRED','SUPERSEDED'])[1 + n % 3] END,
                        '[]', '[]', '[]', 0
                    FROM evaluation e JOIN incident i ON i.id = e.incident_id CROSS JOIN generate_series(1, 4) n""");
            s.execute("""
                    INSERT INTO audit_entry (id, chain, seq, at, actor, kind, incident_id, digest, hash)
                    SELECT gen_random_uuid(), i.id::text, n, i.reported_at + make_interval(secs => n), 'system:cpoms',
                        (ARRAY['INCIDENT_RECEIVED','INCIDENT_EVALUATED'])[n], i.id, 'digest', 'hash'
                    FROM incident i CROSS JOIN generate_series(1, 2) n""");
            s.execute("ANALYZE");
        }
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
