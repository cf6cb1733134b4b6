package org.esafety.access;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.esafety.access.ApiKeyLookups.Issued;
import org.esafety.support.OwnCredentials;

/** Issue 21: with esafety.access.api-key-cache-ttl at 0 nothing is kept: every request reads its key. */
@QuarkusTest
@OwnCredentials
@TestProfile(ApiKeyCacheOffTest.NoCache.class)
class ApiKeyCacheOffTest {

    public static class NoCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esafety.access.api-key-cache-ttl", "0");
        }
    }

    @Inject
    SessionFactory database;

    @Inject
    EntityManager em;

    @Test
    void shouldReadTheKeyOnEveryRequestAndSeeAnotherInstancesRevocationAtOnce() {
        Issued issued = ApiKeyLookups.issue("cache off");
        long before = ApiKeyLookups.count(database);
        for (int i = 0; i < 3; i++) {
            ApiKeyLookups.schools(issued.key()).then().statusCode(200).body("items.id", hasItem(ApiKeyLookups.SCHOOL));
        }
        assertEquals(3, ApiKeyLookups.count(database) - before, "one read per request");

        ApiKeyLookups.revokeInDatabase(em, issued.id());
        ApiKeyLookups.schools(issued.key()).then().statusCode(401);
    }
}
