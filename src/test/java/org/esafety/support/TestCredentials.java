package org.esafety.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * Real credentials for tests, issued through the real admin API: the test profile's first admin
 * ({@code %test.esafety.bootstrap.admin-password}) signs in with HTTP Basic and issues API keys.
 */
public final class TestCredentials {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestCredentials() {
    }

    /** Every configured school's id, as the admin sees them. */
    public static List<String> allSchools() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).queryParam("size", 100)
                .when().get("/api/schools")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    /** A new API key with {@code role} bound to {@code schools}; the key itself ("esk_…"). */
    public static String apiKey(String role, List<String> schools) {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "test " + role, "role", role, "schoolIds", schools))
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
