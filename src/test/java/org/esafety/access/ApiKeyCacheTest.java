package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.esafety.access.ApiKeyLookups.Issued;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 21, "Authentication per request": a key found active is kept for esafety.access.api-key-cache-ttl (5 s here,
 * the default), so its repeat requests read no api_key row; a revocation through the admin API is refused at once
 * all the same, and unknown keys are looked up every time (nothing negative is kept).
 */
@QuarkusTest
@OwnCredentials
class ApiKeyCacheTest {

    @Inject
    SessionFactory database;

    @Test
    void shouldReadAKeyOnceAndAnswerItsRepeatFromMemory() {
        Issued issued = ApiKeyLookups.issue("cache repeat");
        long before = ApiKeyLookups.count(database);
        ApiKeyLookups.schools(issued.key()).then().statusCode(200).body("items.id", hasItem(ApiKeyLookups.SCHOOL));
        assertEquals(1, ApiKeyLookups.count(database) - before, "the first request reads the key");

        ApiKeyLookups.schools(issued.key()).then().statusCode(200).body("items.id", hasItem(ApiKeyLookups.SCHOOL));
        assertEquals(1, ApiKeyLookups.count(database) - before, "the repeat reads no api_key row");
    }

    @Test
    void shouldLookUpAnUnknownKeyEveryTime() {
        String unknown = "esk_" + "B".repeat(43);
        long before = ApiKeyLookups.count(database);
        ApiKeyLookups.schools(unknown).then().statusCode(401).body("status", equalTo(401));
        ApiKeyLookups.schools(unknown).then().statusCode(401).body("status", equalTo(401));
        assertEquals(2, ApiKeyLookups.count(database) - before, "a refusal is never kept");
    }

    @Test
    void shouldRefuseTheNextRequestOnceRevokedThoughTheKeyWasKept() {
        Issued issued = ApiKeyLookups.issue("cache revoked");
        ApiKeyLookups.schools(issued.key()).then().statusCode(200);
        long kept = ApiKeyLookups.count(database);
        ApiKeyLookups.schools(issued.key()).then().statusCode(200).body("items.id", hasItem(ApiKeyLookups.SCHOOL));
        assertEquals(kept, ApiKeyLookups.count(database), "the key is kept in memory");

        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .delete("/api/admin/api-keys/" + issued.id()).then().statusCode(200).body("revokedAt", notNullValue());

        ApiKeyLookups.schools(issued.key()).then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:esafety:problem:unauthorized"));
        assertEquals(kept + 1, ApiKeyLookups.count(database), "the revocation dropped the kept key: read again");
    }
}
