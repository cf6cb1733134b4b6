package org.esafety.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.policy.Circumstances;
import org.esafety.policy.PartyKind;
import org.esafety.support.DefaultCredentials;

/**
 * The OpenAPI document lists every endpoint built so far and describes the vocabulary as the README does; health and
 * metrics answer as api.md "Operations" says.
 */
@QuarkusTest
class OpenApiTest {

    /** A Prometheus sample line: name, optional labels, value, optional timestamp. */
    private static final Pattern SAMPLE = Pattern.compile(
            "^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? [-+]?([0-9.eE+-]+|NaN|Inf|\\+Inf|-Inf)( [0-9]+)?$");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "post, /api/incidents",
            "get,  /api/incidents",
            "get,  /api/incidents/{id}",
            "get,  /api/incidents/{id}/evaluations",
            "post, /api/incidents/{id}/reassessment",
            "post, /api/incidents/{id}/closure",
            "get,  /api/actions",
            "post, /api/actions/{id}/completion",
            "post, /api/evaluations",
            "get,  /api/rules",
            "get,  /api/rules/files/{name}",
            "get,  /api/schools",
            "get,  /api/schools/{id}",
            "get,  /api/audit",
            "get,  /api/audit/verification",
            "get,  /api/reports/summary",
            "get,  /api/reports/inspection",
            "post, /api/pupils/{ref}/file",
            "get,  /api/pupils/{ref}/file/exports",
            "get,  /api/pupils/{ref}/file/exports/{id}/archive",
            "post, /api/pupils/{ref}/file/exports/{id}/receipt",
            "post, /api/transfer/verification",
            "post, /api/rules/reload",
            "post, /api/admin/rules/reload",
            "post, /api/admin/api-keys",
            "get,  /api/admin/api-keys",
            "delete, /api/admin/api-keys/{id}",
            "post, /api/admin/users",
            "get,  /api/admin/users",
            "patch, /api/admin/users/{username}",
            "delete, /api/admin/users/{username}"})
    void shouldDocumentTheEndpoint(String method, String path) {
        JsonPath openApi = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath();

        Map<String, Object> paths = openApi.getMap("paths");
        assertTrue(paths.containsKey(path), path + " is not documented; documented: " + paths.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> operations = (Map<String, Object>) paths.get(path);
        assertTrue(operations.containsKey(method), method + " " + path + " is not documented; documented: "
                + operations.keySet());
    }

    @Test
    void shouldDescribeTheVocabularyOfDecisionTableV6() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String schemas = "components.schemas.";

        assertEquals(Arrays.stream(PartyKind.values()).map(Enum::name).toList(),
                openApi.getList(schemas + "PartyKind.enum"));
        String kinds = openApi.getString(schemas + "PartyKind.description");
        for (PartyKind kind : PartyKind.values()) {
            assertTrue(kinds != null && kinds.contains(kind.name()), kind + " is not described: " + kinds);
        }
        assertTrue(kinds.contains("OTHER_ADULT (v6), a known adult"), kinds);

        for (String record : List.of("PartyRequest", "PartyView")) {
            String field = schemas + record + ".properties.agencyOrContractor.";
            Object type = openApi.get(field + "type");
            assertTrue("boolean".equals(type) || type instanceof List<?> types && types.contains("boolean"),
                    record + ".agencyOrContractor: " + type);
            assertTrue(openApi.getString(field + "description").contains("supply agency or a contractor"), record);
        }

        Map<String, Map<String, Object>> flags = openApi.getMap(schemas + "Circumstances.properties");
        assertEquals(Circumstances.FLAGS, List.copyOf(flags.keySet()));
        flags.forEach((flag, schema) -> assertTrue(schema.get("description") instanceof String text && !text.isBlank(),
                flag + " is not described"));
        assertTrue(((String) flags.get("parentContactRisk").get("description")).startsWith("(v6) Telling the child's parents"));
        assertTrue(((String) flags.get("aiGeneratedOrAltered").get("description")).startsWith("(v6) The images were made or altered with AI"));
    }

    @Test
    void shouldNameInTheReadmeEveryWordTheOpenApiDocumentDescribes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> words = new ArrayList<>(Circumstances.FLAGS);
        Arrays.stream(PartyKind.values()).map(Enum::name).forEach(words::add);
        words.addAll(List.of("agencyOrContractor", "SEEK_POLICE_ADVICE", "HELP_CHILD_REPORT_REMOVE", "INFORM_EMPLOYER"));
        for (String word : words) {
            assertTrue(readme.contains("`" + word + "`"), "README does not name `" + word + "`");
        }
    }

    @Test
    void shouldBeReadyWithTheRuleSetCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItem("rule-set"))
                .body("checks.find { it.name == 'rule-set' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'rule-set' }.data.version", startsWith("sha256:"));
    }

    @Test
    void shouldBeLive() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void shouldAnswerMetricsAsPrometheusText() {
        // One request first, so that the HTTP server metrics have a sample.
        given().when().get("/api/schools").then().statusCode(200);

        // Metrics are for the admin role (README "Access"); the dsl key of the other requests gets 403.
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(403);
        String text = given().header("Authorization", DefaultCredentials.as("admin")).accept("text/plain")
                .when().get("/q/metrics")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();

        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# TYPE ")), "no # TYPE line");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# HELP ")), "no # HELP line");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")),
                "no HTTP server metrics");
        for (String line : lines) {
            assertTrue(line.startsWith("#") || SAMPLE.matcher(line).matches(), "not Prometheus text: " + line);
        }
    }
}
