package org.esafety.access;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.esafety.support.TestCredentials;

/**
 * What the API-key cache tests need: keys issued through the admin API, requests made with them, and how often the
 * service looked a key up in {@code api_key} ({@code ApiKey.findActiveByHash}), counted by Hibernate's own statistics
 * ({@code %test.quarkus.hibernate-orm.statistics=true}), not by a mock.
 */
final class ApiKeyLookups {

    static final String SCHOOL = "clifton-primary";

    record Issued(UUID id, String key) {
    }

    private ApiKeyLookups() {
    }

    /** Executions so far of the query that finds an active key by its hash. */
    static long count(SessionFactory database) {
        Statistics statistics = database.getStatistics();
        return Arrays.stream(statistics.getQueries())
                .filter(query -> query.contains("ApiKey") && query.contains("keyHash"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }

    static Issued issue(String name) {
        Response issued = given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "dsl", "schoolIds", List.of(SCHOOL)))
                .post("/api/admin/api-keys").then().statusCode(201).extract().response();
        return new Issued(UUID.fromString(issued.path("id")), issued.path("key"));
    }

    /** A request that needs the key's identity: its schools. */
    static Response schools(String key) {
        return given().header("Authorization", TestCredentials.bearer(key)).get("/api/schools");
    }

    /** A revocation as another instance writes it: straight into the table, behind this instance's back. */
    static void revokeInDatabase(EntityManager em, UUID id) {
        int rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("UPDATE api_key SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?1")
                .setParameter(1, id).executeUpdate());
        if (rows != 1) {
            throw new AssertionError("no api_key row " + id);
        }
    }
}
