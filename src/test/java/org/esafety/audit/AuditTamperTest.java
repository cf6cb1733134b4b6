package org.esafety.audit;

import static io.restassured.RestAssured.given;
import static org.esafety.support.Lifecycle.audit;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
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

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.MutableClock;

/**
 * GET /api/audit/verification (api.md "Audit") on a database of its own, so that the walk over every
 * chain sees only this class's entries: an untouched trail verifies; an entry changed or deleted behind
 * the service's back is named. Each test repairs what it broke, whatever happens.
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

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldVerifyAnUntouchedTrail() {
        long before = rows();
        verification().body("verified", equalTo(true)).body("firstBroken", nullValue())
                .body("entries", equalTo((int) before));

        report(Cases.filterCircumvention("claines-primary"));

        verification().body("verified", equalTo(true)).body("entries", equalTo((int) before + 2));
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
                    .body("firstBroken.reason", containsString("hash"));
        } finally {
            sql("update audit_entry set digest = ?1 where id = ?2", digest, second);
        }
        verification().body("verified", equalTo(true));
    }

    @Test
    void shouldNameTheNextEntryWhenAChangedEntryIsRehashed() {
        List<Map<String, Object>> chain = chain(3);
        UUID second = UUID.fromString((String) chain.get(1).get("id"));
        AuditEntry original = entry(second);
        AuditEntry forged = entry(second);
        forged.digest = "f".repeat(64);
        forged.hash = forged.computeHash();

        try {
            sql("update audit_entry set digest = ?1, hash = ?2 where id = ?3", forged.digest, forged.hash, second);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(chain.get(2).get("id")))
                    .body("firstBroken.reason", containsString("previous"));
        } finally {
            sql("update audit_entry set digest = ?1, hash = ?2 where id = ?3", original.digest, original.hash, second);
        }
        verification().body("verified", equalTo(true));
    }

    @Test
    void shouldNameTheEntryAfterADeletedOne() {
        List<Map<String, Object>> chain = chain(4);
        UUID second = UUID.fromString((String) chain.get(1).get("id"));
        AuditEntry deleted = entry(second);
        verification().body("verified", equalTo(true));

        try {
            sql("delete from audit_entry where id = ?1", second);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(chain.get(2).get("id")))
                    .body("firstBroken.reason", containsString("missing"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.persist(copy(deleted)));
        }
        verification().body("verified", equalTo(true));
        assertEquals(chain, audit((String) chain.get(0).get("incidentId")));
    }

    @Test
    void shouldNameTheLastRemainingEntryWhenTheNewestEntryIsRemoved() {
        List<Map<String, Object>> chain = chain(4);
        UUID newest = UUID.fromString((String) chain.get(3).get("id"));
        AuditEntry deleted = entry(newest);
        verification().body("verified", equalTo(true));

        try {
            // Every remaining link still holds: only the chain's head shows that an entry is gone.
            sql("delete from audit_entry where id = ?1", newest);
            verification().body("verified", equalTo(false))
                    .body("firstBroken.id", equalTo(chain.get(2).get("id")))
                    .body("firstBroken.reason", containsString("head records 4 entries"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.persist(copy(deleted)));
        }
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

    private static ValidatableResponse verification() {
        return given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/audit/verification").then().statusCode(200);
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from audit_entry").getSingleResult()).longValue());
    }

    private AuditEntry entry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> copy(em.find(AuditEntry.class, id)));
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            assertEquals(1, query.executeUpdate(), statement);
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
        return c;
    }
}
