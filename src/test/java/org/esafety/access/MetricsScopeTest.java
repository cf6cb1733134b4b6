package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.esafety.support.TestCredentials;

/**
 * Issue 17, finding 10: the metrics count across every school, so only an admin bound to every school reads them;
 * an admin of one school is refused like any other role.
 */
@QuarkusTest
class MetricsScopeTest {

    @Test
    void shouldShowTheMetricsToTheGlobalAdminOnly() {
        String oneSchool = TestCredentials.bearer(TestCredentials.apiKey("admin", List.of("claines-primary")));
        given().header("Authorization", oneSchool).get("/q/metrics").then().statusCode(403);

        String global = TestCredentials.bearer(TestCredentials.apiKey("admin", TestCredentials.allSchools()));
        String text = given().header("Authorization", global).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(text.contains("# TYPE "), "Prometheus text for the global admin");
        given().get("/q/metrics").then().statusCode(403); // the suite's default credentials: a DSL of every school
    }
}
