package org.esafety.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.esafety.action.BankHolidays;
import org.esafety.action.DeadlineCalculator;
import org.esafety.action.Decider;
import org.esafety.action.Decision;
import org.esafety.action.ProvenanceConverter;
import org.esafety.common.Json;
import org.esafety.rules.RuleCompiler;
import org.esafety.rules.RuleEngine;
import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleSet;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Party;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads years of incidents into an empty, migrated database with COPY: each incident of {@link IncidentMix}
 * with the decision the real rules and deadline calculator take for it at its school's profile (parties,
 * evaluation, actions, instructions), reported over the three years before {@code now}, across N schools
 * that cycle through the six shipped profiles. Incidents older than 30 days are closed with their actions
 * done, save a few left open; in the last 30 days an action past its due time is done four times in five.
 * Audit entries are not written (no read measured here uses them).
 *
 * <pre>java org.esafety.bench.Seeder JDBC_URL INCIDENTS SCHOOLS SCHOOLS_YAML RULES_DIR</pre>
 * Writes the schools file the service must be started with (ESAFETY_SCHOOLS_FILE).
 */
public final class Seeder {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final int BATCH = 10_000;
    private static final ProvenanceConverter PROVENANCE = new ProvenanceConverter();
    private static final long THREE_YEARS_S = Duration.ofDays(3 * 365).toSeconds();

    /** One precomputed decision: the mix's facts at one profile, aware at {@link #NOW}. */
    private record Decided(IncidentFacts facts, Decision decision, String circumstances, String factsJson,
                           String firedRules, String actionsAdded, List<String[]> actionTexts,
                           List<String[]> instructionTexts) {
    }

    private final List<String> schoolIds;
    private final Decided[][] decided; // [mix][profile]
    private final Random random = new Random(20261123L);
    private final StringBuilder incidents = new StringBuilder();
    private final StringBuilder parties = new StringBuilder();
    private final StringBuilder evaluations = new StringBuilder();
    private final StringBuilder actions = new StringBuilder();
    private final StringBuilder instructions = new StringBuilder();

    Seeder(List<School> schools, RuleSet rules) {
        this.schoolIds = schools.stream().map(School::id).toList();
        List<IncidentFacts> mix = IncidentMix.incidents(1024, 20261123L);
        Decider decider = new Decider(new DeadlineCalculator(BankHolidays.englandAndWales()));
        decided = new Decided[mix.size()][6];
        for (int m = 0; m < mix.size(); m++) {
            IncidentFacts f = mix.get(m);
            for (int p = 0; p < 6; p++) {
                School school = schools.get(p);
                RuleOutcome outcome = RuleEngine.evaluate(rules, f.incident(), f.circumstances(), f.parties(),
                        school.policy());
                Decision d = decider.decide(outcome, rules.catalogue(), school, NOW, NOW);
                decided[m][p] = new Decided(f, d, Json.write(f.circumstances()), Json.write(f),
                        Json.write(d.firedRules()), Json.write(d.actions().stream().map(Decision.DecidedAction::code).toList()),
                        d.actions().stream().map(a -> new String[] {PROVENANCE.convertToDatabaseColumn(a.provenance())})
                                .toList(),
                        d.instructions().stream().map(i -> new String[] {
                                PROVENANCE.convertToDatabaseColumn(i.provenance())}).toList());
            }
        }
    }

    void seed(Connection connection, int count) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        for (int n = 0; n < count; n++) {
            incident(n);
            if ((n + 1) % BATCH == 0 || n + 1 == count) {
                flush(copy);
                connection.commit();
                if ((n + 1) % 100_000 == 0 || n + 1 == count) {
                    System.out.printf("%,d incidents in %d s%n", n + 1, (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
        }
    }

    private void incident(int n) {
        int schoolIndex = random.nextInt(schoolIds.size());
        String school = schoolIds.get(schoolIndex);
        Decided d = decided[random.nextInt(decided.length)][schoolIndex % 6];
        Instant reported = NOW.minusSeconds((long) (random.nextDouble() * THREE_YEARS_S)).truncatedTo(ChronoUnit.MICROS);
        Duration shift = Duration.between(NOW, reported);
        boolean old = reported.isBefore(NOW.minus(Duration.ofDays(30)));
        boolean closed = old && random.nextInt(1000) >= 5;
        UUID id = uuid();
        UUID evaluation = uuid();
        String by = "key:bench-seeder";

        int open = 0;
        int position = 0;
        for (int k = 0; k < d.decision().actions().size(); k++) {
            Decision.DecidedAction a = d.decision().actions().get(k);
            String[] texts = d.actionTexts().get(k);
            Instant due = a.dueAt().plus(shift);
            boolean done = closed || (due.isBefore(NOW) && random.nextInt(5) != 0 && !old);
            if (!done) {
                open++;
            }
            Instant completed = done ? min(due.minus(Duration.ofMinutes(30)), NOW) : null;
            row(actions, uuid(), id, school, evaluation, a.code(), a.responsible(), a.deadline(), a.band(),
                    reported, due, ++position, done ? "DONE" : "OPEN", texts[0], a.contact(), null, completed, done ? by : null, done ? "DONE" : null,
                    null, null, null, done ? 1 : 0);
        }
        String status = closed ? "CLOSED" : open == 0 ? "ACTIONS_COMPLETE" : "OPEN";
        Instant closedAt = closed ? reported.plus(Duration.ofDays(20)) : null;
        row(incidents, id, school, "seed", "SEED-" + n, "%064x".formatted(n), reported, reported.minusSeconds(900),
                reported, d.facts().incident().category(), null, "CLASS_TEACHER", "staff-" + (n % 97), d.circumstances(),
                d.facts().incident().urlPresent() ? "https://example.org/page/" + (n % 1000) : null,
                "Seeded incident.", null, null, status, d.decision().legality(), d.decision().ruleSetVersion(), reported,
                closedAt, closed ? "user:dsl" : null, null, closed ? 2 : 0, by,
                "%s-%d-%06d".formatted(school.toUpperCase(), reported.atZone(java.time.ZoneOffset.UTC).getYear(), n));
        int p = 0;
        for (Party party : d.facts().parties()) {
            row(parties, uuid(), id, p, party.role(), party.kind(), party.staffRole(), party.age(),
                    "p-" + (n % 1000) + "-" + p, null);
            p++;
        }
        row(evaluations, evaluation, id, reported, reported, "INTAKE", d.decision().ruleSetVersion(),
                d.decision().legality(), d.factsJson(), d.firedRules(), d.actionsAdded(), "[]");
        for (int k = 0; k < d.decision().instructions().size(); k++) {
            String[] texts = d.instructionTexts().get(k);
            row(instructions, uuid(), id, evaluation, d.decision().instructions().get(k).code(), texts[0]);
        }
    }

    /** A version-4 UUID from the seeded generator (UUID.randomUUID's secure random is not needed here). */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** One CSV line: null is an empty unquoted field, every other value is quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private void flush(CopyManager copy) throws SQLException, IOException {
        copy(copy, incidents, "incident (id, school_id, source, external_ref, request_hash, reported_at, occurred_at, "
                + "received_at, category, reported_legality, reported_by_role, reported_by_ref, circumstances, url, summary, "
                + "dsl_assessment, external_outcome, status, legality, rule_set_version, evaluated_at, closed_at, closed_by, "
                + "close_note, version, submitted_by, reference)");
        copy(copy, parties, "incident_party (id, incident_id, position, role, kind, staff_role, age, ref, replaced_at)");
        copy(copy, evaluations, "evaluation (id, incident_id, evaluated_at, aware_at, trigger_kind, rule_set_version, "
                + "legality, facts, fired_rules, actions_added, actions_superseded)");
        copy(copy, actions, "required_action (id, incident_id, school_id, evaluation_id, code, responsible, deadline_kind, "
                + "band, aware_at, due_at, position, status, provenance, contact, superseded_by, completed_at, "
                + "completed_by, outcome, note, rationale, external_reference, version)");
        copy(copy, instructions, "incident_instruction (id, incident_id, evaluation_id, code, provenance)");
    }

    private static void copy(CopyManager copy, StringBuilder rows, String table) throws SQLException, IOException {
        copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    /** 500 schools cycling through the six shipped profiles, as a schools file for ESAFETY_SCHOOLS_FILE. */
    static String schoolsYaml(int count) throws IOException {
        String shipped;
        try (InputStream in = SchoolRegistry.class.getResourceAsStream("/schools.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] blocks = shipped.split("\n  - id: ");
        StringBuilder yaml = new StringBuilder("# Generated by bench/run-read.sh (org.esafety.bench.Seeder): ")
                .append(count).append(" schools cycling through the six shipped profiles.\nschools:\n");
        for (int i = 0; i < count; i++) {
            String block = blocks[1 + i % (blocks.length - 1)].stripTrailing();
            String oldId = block.substring(0, block.indexOf('\n')).trim();
            // Short ids: an admin of every school keeps them space-separated in VARCHAR(4000) (V4), which 500
            // ids of ten characters would overflow.
            String id = "s%03d".formatted(i + 1);
            yaml.append("  - id: ").append(block.replace(oldId, id)
                    .replaceFirst("\n    name: [^\n]*", "\n    name: Bench school " + (i + 1))
                    // a reference code of its own (shared codes are warned about at start-up)
                    .replaceFirst("\n    code: [^\n]*", "\n    code: " + id.toUpperCase())).append('\n');
        }
        return yaml.toString();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int schoolCount = Integer.parseInt(args[2]);
        Path yaml = Path.of(args[3]);
        ServiceLogging.apply();
        Files.writeString(yaml, schoolsYaml(schoolCount));
        List<School> schools = new ArrayList<>(SchoolRegistry.fromFile(yaml).all());
        if (schools.size() != schoolCount) {
            throw new IllegalStateException("the schools file has " + schools.size() + " schools");
        }
        if (count == 0) {
            return;
        }
        schools.sort((a, b) -> a.id().compareTo(b.id()));
        RuleSet rules = RuleCompiler.compile(Path.of(args[4]), Instant.now());
        Seeder seeder = new Seeder(schools, rules);
        System.out.println("decisions ready; seeding " + count + " incidents across " + schoolCount + " schools");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            seeder.seed(connection, count);
        }
    }
}
