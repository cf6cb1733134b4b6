package org.esafety.audit;

import static io.restassured.RestAssured.given;
import static org.esafety.support.Lifecycle.audit;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.common.Sha256;
import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.MutableClock;
import org.esafety.support.TestCredentials;

/**
 * GET /api/audit/verification (api.md "Audit") on a database of its own, so that the walk over every chain and
 * incident sees only this class's: an untouched trail verifies; an entry changed, rehashed, deleted or downgraded
 * behind the service's back is named, and so is an incident whose chain was removed or whose actions were changed
 * by SQL (issue 17, finding 4: the attacker writes the database but has no key). Each test repairs what it broke.
 */
@QuarkusTest
@TestProfile(AuditTamperTest.OwnDatabase.class)
class AuditTamperTest {

    /** H2: another in-memory database. PostgreSQL: the restart cleans the test database (clean-at-start). */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if ("test-pg".equals(System.getProperty("quarkus.test.profile"))) {
                return Map.of();
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-audit-tamper;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    LegacySeal seal;

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldVerifyAnUntouchedTrail() {
        long before = rows();
        verification().body("verified", equalTo(true)).body("firstBroken", nullValue())
                .body("entries", equalTo((int) before)).body("global", equalTo(true))
                .body("problems", empty()).body("discrepancies", empty()).body("legacyEntries", equalTo(0));

        report(Cases.filterCircumvention("claines-primary"));

        verification().body("verified", equalTo(true)).body("entries", equalTo((int) before + 2))
                .body("incidents", equalTo((int) incidents(null)));
    }

    @Test
    void shouldNameTheEntryWhoseDigestWasChanged() {
        List<Map<String, Object>> chain = chain(3);
        UUID second = UUID.fromString((String) chain.get(1).get("id"));
        String digest = (String) chain.get(1).get("digest");
        verification().body("verified", equalTo(true));

        try {
            sql("update audit_entry set digest = ?1 where id = ?2", "0".repeat(64), second);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(second.toString()))
                    .body("firstBroken.reason", containsString("hash"))
                    .body("problems.incidentId", equalTo(List.of(chain.get(0).get("incidentId"))));
        } finally {
            sql("update audit_entry set digest = ?1 where id = ?2", digest, second);
        }
        verification().body("verified", equalTo(true));
    }

    /** The attack of the review: change an entry, recompute the plain SHA-256 of it and of every later entry and the head. */
    @Test
    void shouldNameAnEntryRewrittenWithRecomputedSha256Hashes() {
        List<Map<String, Object>> chain = chain(4);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);
        UUID second = original.get(1).id;

        try {
            // Keep the key id: the entry now claims an HMAC it does not have.
            forge(original, 1, false);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(second.toString()))
                    .body("firstBroken.reason", equalTo("the entry's content does not match its hash"));
            // Drop the key id: the entry passes for a legacy one, but legacy entries never follow keyed ones.
            forge(original, 1, true);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(second.toString()))
                    .body("firstBroken.reason", containsString("legacy"));
            // Every entry of the chain downgraded to legacy SHA-256, head included: the chain must end keyed.
            forge(original, 0, true);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(original.get(3).id.toString()))
                    .body("firstBroken.reason", containsString("ends with a legacy"));
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true));
    }

    @Test
    void shouldNameTheEntryAfterADeletedOne() {
        List<Map<String, Object>> chain = chain(4);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);
        verification().body("verified", equalTo(true));

        try {
            sql("delete from audit_entry where id = ?1", original.get(1).id);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(chain.get(2).get("id")))
                    .body("firstBroken.reason", containsString("missing"));
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true));
        assertEquals(chain, audit(incident));
    }

    @Test
    void shouldNameTheLastRemainingEntryWhenTheNewestEntryIsRemoved() {
        List<Map<String, Object>> chain = chain(4);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);
        verification().body("verified", equalTo(true));

        try {
            // Every remaining link still holds: only the chain's head shows that an entry is gone.
            sql("delete from audit_entry where id = ?1", original.get(3).id);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(chain.get(2).get("id")))
                    .body("firstBroken.reason", containsString("head records 4 entries"));
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true));
    }

    /** Removing the newest entry and moving the head back holds as a chain; the action it recorded shows it. */
    @Test
    void shouldReportATruncatedChainWhoseHeadWasMovedBackByTheStateItLeft() {
        List<Map<String, Object>> chain = chain(3);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);
        UUID completed = UUID.fromString(completedAction(incident));

        try {
            sql("delete from audit_entry where id = ?1", original.get(2).id);
            sql("update audit_chain_head set seq = 2, hash = ?1 where chain = ?2", original.get(1).hash, incident);
            JsonPath answer = verification().body("verified", equalTo(false)).body("problems", empty())
                    .extract().jsonPath();
            assertTrue(discrepancies(answer, incident).contains(List.of(completed.toString(), "status", "OPEN", "DONE")),
                    answer.prettify());
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true));
    }

    @Test
    void shouldReportAnIncidentWhoseWholeChainAndHeadWereDeleted() {
        List<Map<String, Object>> chain = chain(3);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);

        try {
            sqlRows("delete from audit_entry where chain = ?1", 3, incident);
            sql("delete from audit_chain_head where chain = ?1", incident);
            verification().body("verified", equalTo(false))
                    .body("problems.incidentId", equalTo(List.of(incident)))
                    .body("problems[0].reason", containsString("no audit chain"))
                    .body("firstBroken.reason", containsString("no audit chain"));
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true));
    }

    @Test
    void shouldReportAnActionsStatusAndDeadlineAndAnIncidentsStatusChangedBySql() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String incident = intake.getString("id");
        Map<String, Object> action = withStatus(intake, "OPEN").get(0);
        String actionId = (String) action.get("id");
        Instant due = Instant.parse((String) action.get("dueAt"));
        Instant later = due.plusSeconds(7 * 24 * 3600);
        verification().body("verified", equalTo(true));

        try {
            sql("update required_action set status = 'DONE', due_at = ?1 where id = ?2", later.atOffset(ZoneOffset.UTC),
                    UUID.fromString(actionId));
            sql("update incident set status = 'CLOSED' where id = ?1", UUID.fromString(incident));
            JsonPath answer = verification().body("verified", equalTo(false)).body("problems", empty())
                    .body("firstBroken.reason", containsString(incident)).extract().jsonPath();
            List<List<String>> found = discrepancies(answer, incident);
            assertEquals(new HashSet<>(List.of(
                    java.util.Arrays.asList(null, "status", "OPEN", "CLOSED"),
                    List.of(actionId, "status", "OPEN", "DONE"),
                    List.of(actionId, "dueAt", due.toString(), later.toString()))), new HashSet<>(found), answer.prettify());
        } finally {
            sql("update required_action set status = 'OPEN', due_at = ?1 where id = ?2", due.atOffset(ZoneOffset.UTC),
                    UUID.fromString(actionId));
            sql("update incident set status = 'OPEN' where id = ?1", UUID.fromString(incident));
        }
        verification().body("verified", equalTo(true));
    }

    /** A completion's reference or rationale rewritten: compared as a digest, reported without quoting either. */
    @Test
    void shouldReportACompletionRewrittenBySqlWithoutQuotingIt() {
        List<Map<String, Object>> chain = chain(3);
        String incident = (String) chain.get(0).get("incidentId");
        String completed = completedAction(incident);

        try {
            sql("update required_action set external_reference = 'forged-reference' where id = ?1", UUID.fromString(completed));
            JsonPath answer = verification().body("verified", equalTo(false)).extract().jsonPath();
            assertEquals(List.of(List.of(completed, "completion", "(digest)", "(another digest)")),
                    discrepancies(answer, incident), answer.prettify());
            assertTrue(!answer.prettify().contains("forged-reference"), "the answer quotes no free text");
        } finally {
            sql("update required_action set external_reference = null where id = ?1", UUID.fromString(completed));
        }
        verification().body("verified", equalTo(true));
    }

    /** Entries written before the trail was keyed (V22) verify as legacy SHA-256, once a keyed entry seals them. */
    @Test
    void shouldVerifyLegacyEntriesOnlyWhenAKeyedEntrySealsTheirChain() {
        List<Map<String, Object>> chain = chain(3);
        String incident = (String) chain.get(0).get("incidentId");
        List<AuditEntry> original = stored(incident);
        verification().body("legacyEntries", equalTo(0));

        try {
            // As V2–V21 wrote them: plain SHA-256, no key id, no state.
            forge(original, 0, true, false);
            verification().body("verified", equalTo(false)).body("firstBroken.reason", containsString("ends with a legacy"));

            assertEquals(1, seal.sealAll(), "the start-up seal closes the one legacy chain");
            assertEquals(0, seal.sealAll(), "and only once");

            verification().body("verified", equalTo(true)).body("legacyEntries", equalTo(3));
            List<AuditEntry> now = stored(incident);
            assertEquals(4, now.size());
            assertEquals("CHAIN_SEALED", now.get(3).kind);
            assertEquals(now.get(2).hash, now.get(3).previousHash);
            assertTrue(now.get(3).state != null, "the seal records the incident's state");
        } finally {
            restore(incident, original);
        }
        verification().body("verified", equalTo(true)).body("legacyEntries", equalTo(0));
    }

    /** Finding 10: a school-bound auditor's verification covers its schools only; the global one covers all. */
    @Test
    void shouldScopeTheVerificationToTheAuditorsSchools() {
        String clifton = TestCredentials.bearer(TestCredentials.apiKey("auditor", List.of("clifton-primary")));
        String theirs = report(Cases.filterCircumvention("clifton-primary")).getString("id");
        List<Map<String, Object>> other = chain(3);
        UUID otherEntry = UUID.fromString((String) other.get(1).get("id"));
        String digest = (String) other.get(1).get("digest");

        try {
            sql("update audit_entry set digest = ?1 where id = ?2", "0".repeat(64), otherEntry);
            verification().body("verified", equalTo(false));
            verification(clifton).body("verified", equalTo(true)).body("global", equalTo(false))
                    .body("schools", equalTo(List.of("clifton-primary")))
                    .body("incidents", equalTo((int) incidents("clifton-primary")));

            sql("update incident set status = 'CLOSED' where id = ?1", UUID.fromString(theirs));
            verification(clifton).body("verified", equalTo(false))
                    .body("discrepancies.incidentId", equalTo(List.of(theirs)))
                    .body("discrepancies.incidentId", not(hasItem(other.get(0).get("incidentId"))));
        } finally {
            sql("update audit_entry set digest = ?1 where id = ?2", digest, otherEntry);
            sql("update incident set status = 'OPEN' where id = ?1", UUID.fromString(theirs));
        }
        verification(clifton).body("verified", equalTo(true));
        verification().body("verified", equalTo(true));
    }

    /** A new incident's chain of at least {@code length} entries: intake (two) and completions. */
    private static List<Map<String, Object>> chain(int length) {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        for (Map<String, Object> action : withStatus(intake, "OPEN").subList(0, length - 2)) {
            done((String) action.get("id"), "dsl-1");
        }
        List<Map<String, Object>> entries = audit(intake.getString("id"));
        assertEquals(length, entries.size());
        return entries;
    }

    private static String completedAction(String incident) {
        return withStatus(org.esafety.support.Lifecycle.incident(incident), "DONE").get(0).get("id").toString();
    }

    /** The incident's discrepancies as [actionId, field, recorded, current]. */
    private static List<List<String>> discrepancies(JsonPath answer, String incident) {
        List<Map<String, Object>> all = answer.getList("discrepancies");
        List<List<String>> out = new ArrayList<>();
        all.stream().filter(d -> incident.equals(d.get("incidentId"))).forEach(d -> out.add(java.util.Arrays.asList(
                (String) d.get("actionId"), (String) d.get("field"), (String) d.get("recorded"), (String) d.get("current"))));
        return out;
    }

    private static ValidatableResponse verification() {
        return verification(DefaultCredentials.as("auditor"));
    }

    private static ValidatableResponse verification(String authorization) {
        return given().header("Authorization", authorization).when().get("/api/audit/verification").then().statusCode(200);
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from audit_entry").getSingleResult()).longValue());
    }

    private long incidents(String school) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) (school == null
                ? em.createNativeQuery("select count(*) from incident")
                : em.createNativeQuery("select count(*) from incident where school_id = ?1").setParameter(1, school))
                .getSingleResult()).longValue());
    }

    /** The chain's entries as stored, oldest first (detached copies). */
    private List<AuditEntry> stored(String chain) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("from AuditEntry where chain = ?1 order by seq", AuditEntry.class).setParameter(1, chain)
                .getResultList().stream().map(AuditTamperTest::copy).toList());
    }

    private void forge(List<AuditEntry> original, int from, boolean dropKey) {
        forge(original, from, dropKey, true);
    }

    /**
     * What a database writer without the key can do: entries {@code from} on rewritten (the one at {@code from} with
     * another digest if {@code change}), each hash recomputed as the plain SHA-256 anyone can make, the head moved.
     */
    private void forge(List<AuditEntry> original, int from, boolean dropKey, boolean change) {
        QuarkusTransaction.requiringNew().run(() -> {
            String previous = from == 0 ? null : original.get(from - 1).hash;
            for (int i = from; i < original.size(); i++) {
                AuditEntry forged = copy(original.get(i));
                if (i == from && change) {
                    forged.digest = Sha256.hex("forged");
                }
                if (dropKey) {
                    forged.macKeyId = null;
                    forged.state = null;
                }
                forged.previousHash = previous;
                forged.hash = forged.computeLegacyHash();
                previous = forged.hash;
                em.merge(forged);
            }
            em.createNativeQuery("update audit_chain_head set hash = ?1 where chain = ?2").setParameter(1, previous)
                    .setParameter(2, original.get(0).chain).executeUpdate();
        });
    }

    /** Puts the chain and its head back as they were. */
    private void restore(String chain, List<AuditEntry> original) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from audit_entry where chain = ?1").setParameter(1, chain).executeUpdate();
            em.createNativeQuery("delete from audit_chain_head where chain = ?1").setParameter(1, chain).executeUpdate();
            original.forEach(e -> em.persist(copy(e)));
            AuditChainHead head = new AuditChainHead();
            head.chain = chain;
            head.seq = original.get(original.size() - 1).seq;
            head.hash = original.get(original.size() - 1).hash;
            em.persist(head);
        });
    }

    private void sql(String statement, Object... parameters) {
        sqlRows(statement, 1, parameters);
    }

    private void sqlRows(String statement, int rows, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            assertEquals(rows, query.executeUpdate(), statement);
        });
    }

    private static AuditEntry copy(AuditEntry e) {
        AuditEntry c = new AuditEntry();
        c.id = e.id;
        c.chain = e.chain;
        c.seq = e.seq;
        c.at = e.at;
        c.actor = e.actor;
        c.kind = e.kind;
        c.incidentId = e.incidentId;
        c.digest = e.digest;
        c.hash = e.hash;
        c.previousHash = e.previousHash;
        c.ruleSetVersion = e.ruleSetVersion;
        c.macKeyId = e.macKeyId;
        c.state = e.state;
        c.subject = e.subject;
        return c;
    }
}
