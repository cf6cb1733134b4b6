package org.esafety.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * The OpenAPI document is one a generator can use (issue 19): every operation under a stable operationId, every body
 * with its schema, every error as a problem document, the security schemes that work, servers and a licence. Health
 * and metrics answer as api.md "Operations" says.
 */
@QuarkusTest
class OpenApiTest {

    /** A Prometheus sample line: name, optional labels, value, optional timestamp. */
    private static final Pattern SAMPLE = Pattern.compile(
            "^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? [-+]?([0-9.eE+-]+|NaN|Inf|\\+Inf|-Inf)( [0-9]+)?$");

    /** Every operation of the API with the operationId a generated client names its method after: never renamed. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "post,   /api/incidents,                        reportIncident",
            "get,    /api/incidents,                        listIncidents",
            "get,    /api/incidents/{id},                   getIncident",
            "get,    /api/incidents/{id}/evaluations,       listEvaluations",
            "post,   /api/incidents/{id}/reassessment,      reassessIncident",
            "post,   /api/incidents/{id}/closure,           closeIncident",
            "post,   /api/incidents/{id}/notes,             addNote",
            "get,    /api/incidents/{id}/notes,             listNotes",
            "get,    /api/actions,                          listActions",
            "post,   /api/actions/{id}/completion,          completeAction",
            "post,   /api/actions/{id}/addenda,             addActionAddendum",
            "post,   /api/evaluations,                      dryRun",
            "get,    /api/rules,                            getRules",
            "get,    /api/rules/files/{name},               getRuleFile",
            "post,   /api/rules/reload,                     reloadRules",
            "get,    /api/schools,                          listSchools",
            "get,    /api/schools/{id},                     getSchool",
            "get,    /api/audit,                            listAuditEntries",
            "get,    /api/audit/verification,               verifyAuditTrail",
            "get,    /api/reports/summary,                  getReportSummary",
            "get,    /api/reports/inspection,               getInspectionList",
            "get,    /api/pupils/{ref}/chronology,          getPupilChronology",
            "post,   /api/pupils/{ref}/file,                exportPupilFile",
            "get,    /api/pupils/{ref}/file/exports,        listPupilFileExports",
            "get,    /api/pupils/{ref}/file/exports/{id}/archive, getPupilFileArchive",
            "post,   /api/pupils/{ref}/file/exports/{id}/receipt, recordPupilFileReceipt",
            "post,   /api/transfer/verification,            verifyPupilFileArchive",
            "post,   /api/admin/rules/reload,               reloadRulesAsAdmin",
            "post,   /api/admin/rules/impact,               startImpactReport",
            "get,    /api/admin/rules/impact,               listImpactReports",
            "get,    /api/admin/rules/impact/{id},          getImpactReport",
            "delete, /api/admin/rules/impact/{id},          cancelImpactReport",
            "post,   /api/admin/api-keys,                   issueApiKey",
            "get,    /api/admin/api-keys,                   listApiKeys",
            "delete, /api/admin/api-keys/{id},              revokeApiKey",
            "post,   /api/admin/users,                      createUser",
            "get,    /api/admin/users,                      listUsers",
            "patch,  /api/admin/users/{username},           changeUser",
            "delete, /api/admin/users/{username},           disableUser",
            "post,   /api/alerts/monitor,                   receiveMonitorAlert",
            "post,   /api/alerts/senso,                     receiveSensoAlert",
            "post,   /api/alerts/generic,                   receiveGenericAlert",
            "get,    /api/alerts,                           listAlerts",
            "get,    /api/alerts/{id},                      getAlert",
            "post,   /api/alerts/{id}/promote,              promoteAlert",
            "post,   /api/alerts/{id}/dismiss,              dismissAlert",
            "post,   /api/admin/schools/{schoolId}/webhooks, registerWebhook",
            "get,    /api/admin/schools/{schoolId}/webhooks, listWebhooks",
            "delete, /api/admin/schools/{schoolId}/webhooks/{id}, disableWebhook",
            "get,    /api/admin/schools/{schoolId}/webhooks/{id}/deliveries, listWebhookDeliveries"})
    void shouldDocumentTheEndpointUnderItsOperationId(String method, String path, String operationId) {
        Map<String, Object> operation = operations(document()).get(method + " " + path);
        assertNotNull(operation, method + " " + path + " is not documented; documented: "
                + operations(document()).keySet());
        assertEquals(operationId, operation.get("operationId"), method + " " + path);
    }

    @Test
    void shouldGiveEveryOperationAUniqueOperationId() {
        Map<String, Map<String, Object>> operations = operations(document());
        Set<Object> ids = new HashSet<>();
        operations.forEach((name, operation) -> {
            Object id = operation.get("operationId");
            assertTrue(id instanceof String s && s.matches("[a-z][A-Za-z]+"), name + " has no operationId: " + id);
            assertTrue(ids.add(id), "operationId " + id + " is used twice");
        });
        assertEquals(50, ids.size(), "an operation was added or removed: list it in the test above");
    }

    @Test
    void shouldDescribeTheBodyOfEverySuccessfulAnswer() {
        operations(document()).forEach((name, operation) -> responses(operation).forEach((code, response) -> {
            if (code.startsWith("2") && !code.equals("204")) {
                Map<String, Object> content = map(response.get("content"));
                assertNotNull(content, name + " " + code + " has no content");
                content.forEach((type, media) -> {
                    Map<String, Object> schema = map(map(media).get("schema"));
                    assertTrue(schema != null && !schema.isEmpty(), name + " " + code + " " + type + " has no schema");
                });
            }
        }));
    }

    @Test
    void shouldAnswerIntakeWithTheIncidentViewOnCreatedAndOnARepeat() {
        Map<String, Object> intake = operations(document()).get("post /api/incidents");
        for (String code : List.of("201", "200")) {
            Map<String, Object> schema = map(map(map(map(responses(intake).get(code)).get("content"))
                    .get("application/json")).get("schema"));
            assertEquals("#/components/schemas/IncidentView", schema.get("$ref"), code);
        }
    }

    @Test
    void shouldDescribeEveryErrorAsAProblemWithViolations() {
        JsonPath doc = document();
        operations(doc).forEach((name, operation) -> {
            Map<String, Map<String, Object>> responses = responses(operation);
            assertTrue(responses.containsKey("500"), name + " does not list 500");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), name + " does not list 401/403");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> content = map(response.get("content"));
                    assertNotNull(content, name + " " + code + " has no content");
                    assertEquals(Set.of("application/problem+json"), content.keySet(), name + " " + code);
                    assertEquals("#/components/schemas/Problem",
                            map(map(content.get("application/problem+json")).get("schema")).get("$ref"), name + " " + code);
                    assertNotNull(response.get("description"), name + " " + code);
                }
            });
        });
        Map<String, Object> intake = responses(operations(doc).get("post /api/incidents")).get("400");
        assertNotNull(intake, "intake does not list 400");
        assertEquals(List.of("type", "title", "status"), doc.getList("components.schemas.Problem.required"));
        assertEquals(Set.of("type", "title", "status", "detail", "violations"),
                doc.getMap("components.schemas.Problem.properties").keySet());
        assertEquals("#/components/schemas/Violation", doc.getString("components.schemas.Problem.properties.violations.items.$ref"));
        assertEquals(List.of("field", "message"), doc.getList("components.schemas.Violation.required"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldOfferTheSecuritySchemesThatWork() {
        JsonPath doc = document();
        Map<String, Object> schemes = doc.getMap("components.securitySchemes");
        // OIDC is off in the tests: no OpenID Connect scheme, and never the placeholder issuer.
        assertEquals(Set.of("bearer", "basic"), schemes.keySet());
        assertEquals("http", doc.getString("components.securitySchemes.bearer.type"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("http", doc.getString("components.securitySchemes.basic.type"));
        assertEquals("basic", doc.getString("components.securitySchemes.basic.scheme"));
        assertFalse(doc.prettify().contains("login.example.invalid"), "the placeholder issuer is in the document");
        operations(doc).forEach((name, operation) -> {
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            assertNotNull(security, name + " has no security requirement");
            assertEquals(List.of(Set.of("bearer"), Set.of("basic")), security.stream().map(Map::keySet).toList(), name);
            assertFalse(security.get(0).get("bearer").isEmpty(), name + " names no role");
        });
        assertEquals(List.of("dsl"), operations(doc).get("post /api/incidents/{id}/closure").get("x-roles"));
    }

    @Test
    void shouldDescribeEveryTag() {
        JsonPath doc = document();
        assertEquals(Set.of("Incidents", "Actions", "Rules", "Schools", "Audit", "Administration", "Reports", "Alerts"),
                Set.copyOf(doc.getList("tags.name")));
        doc.getList("tags.description", String.class).forEach(d -> assertFalse(d == null || d.isBlank()));
    }

    @Test
    void shouldNameTheServerAndTheLicence() {
        JsonPath doc = document();
        assertEquals("http://localhost:8080", doc.getString("servers[0].url"));
        assertFalse(doc.getString("info.license.name").isBlank());
        assertTrue(doc.getString("info.license.url").startsWith("https://"));
    }

    @Test
    void shouldNameAnOidcSchemeOnlyForARealIssuer() {
        assertEquals(Optional.empty(), OpenApiSecurity.discoveryUrl(false, "https://login.school.example.org/realms/s"));
        assertEquals(Optional.empty(), OpenApiSecurity.discoveryUrl(true, "https://login.example.invalid"));
        assertEquals(Optional.empty(), OpenApiSecurity.discoveryUrl(true, ""));
        assertEquals(Optional.of("https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration"),
                OpenApiSecurity.discoveryUrl(true, "https://login.microsoftonline.com/t/v2.0/"));
    }

    static JsonPath document() {
        return given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath();
    }

    /** "method path" to the operation, for every operation of the document. */
    static Map<String, Map<String, Object>> operations(JsonPath doc) {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        Map<String, Object> paths = doc.getMap("paths");
        paths.forEach((path, item) -> map(item).forEach((method, operation) -> all.put(method + " " + path,
                map(operation))));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.get("responses");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
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
}
