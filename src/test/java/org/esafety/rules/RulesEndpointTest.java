package org.esafety.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.esafety.support.ActAs;

/** {@code GET /api/rules} and {@code GET /api/rules/files/{name}}: what auditors read, checked against the files. */
@QuarkusTest
@ActAs("auditor")
class RulesEndpointTest {

    /** The folder the service loaded (the build passes it as esafety.rules.dir). */
    private static final Path RULES = Path.of(System.getProperty("esafety.rules.dir", "rules"));

    @Test
    void shouldVersionTheRuleSetBySha256OverTheFilesSortedByName() throws Exception {
        List<Path> files = folderFiles();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(Files.readAllBytes(file));
            digest.update((byte) '\n');
        }
        String expected = "sha256:" + HexFormat.of().formatHex(digest.digest());

        JsonPath rules = rules();

        assertEquals(expected, rules.getString("version"));
        assertTrue(Instant.parse(rules.getString("loadedAt")).isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void shouldListEveryFileWithItsSha256() throws Exception {
        List<Map<String, Object>> listed = rules().getList("files");

        List<Path> files = folderFiles();
        assertTrue(files.stream().anyMatch(f -> f.endsWith("actions.yaml")), "the catalogue is a file of the set");
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(),
                listed.stream().map(f -> f.get("name")).toList());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(sha256(Files.readAllBytes(files.get(i))), listed.get(i).get("sha256"), files.get(i).toString());
        }
    }

    @Test
    void shouldDescribeEveryRuleWithUniqueIds() throws IOException {
        List<Map<String, Object>> rules = rules().getList("rules");
        Set<String> fileNames = Set.copyOf(drlFiles().stream().map(f -> f.getFileName().toString()).toList());

        assertFalse(rules.isEmpty());
        Set<Object> ids = new HashSet<>();
        Set<Object> names = new HashSet<>();
        for (Map<String, Object> rule : rules) {
            for (String key : List.of("id", "name", "file", "source", "description")) {
                assertTrue(rule.get(key) instanceof String s && !s.isBlank(), key + " of " + rule.get("name"));
            }
            assertTrue(rule.get("actions") instanceof List, "actions of " + rule.get("name"));
            assertTrue(rule.get("instructions") instanceof List, "instructions of " + rule.get("name"));
            assertTrue(fileNames.contains(rule.get("file")), "file of " + rule.get("name"));
            assertTrue(ids.add(rule.get("id")), "id used twice: " + rule.get("id"));
            assertTrue(names.add(rule.get("name")), "name used twice: " + rule.get("name"));
            String text = Files.readString(RULES.resolve((String) rule.get("file")));
            assertTrue(text.contains("rule \"" + rule.get("name") + "\""), rule.get("name") + " is not in " + rule.get("file"));
        }
    }

    @Test
    void shouldNameOnlyCodesOfTheCatalogue() throws IOException {
        JsonNode catalogue = new YAMLMapper().readTree(RULES.resolve("actions.yaml").toFile());
        List<Map<String, Object>> rules = rules().getList("rules");

        int named = 0;
        for (Map<String, Object> rule : rules) {
            for (Object code : (List<?>) rule.get("actions")) {
                assertTrue(catalogue.get("actions").has((String) code), rule.get("name") + " names action " + code);
                named++;
            }
            for (Object code : (List<?>) rule.get("instructions")) {
                assertTrue(catalogue.get("instructions").has((String) code), rule.get("name") + " names instruction " + code);
                named++;
            }
        }
        assertTrue(named > 0, "no rule names any action or instruction");
    }

    @Test
    void shouldServeEveryRuleFileByteForByteAsText() throws IOException {
        for (Path file : folderFiles()) {
            Response response = given().when().get("/api/rules/files/" + file.getFileName());

            response.then().statusCode(200).contentType(startsWith("text/plain"));
            assertArrayEquals(Files.readAllBytes(file), response.asByteArray(), file.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-file.drl", "sharing-nudes", "scenarios", "scenarios%2Fnudes-immediate-danger.yaml", "..%2Fpom.xml", "%2E%2E%2Fpom.xml",
            "..%2F..%2Fpom.xml", "..%5Cpom.xml", "%2Fetc%2Fpasswd"})
    void shouldAnswer404ForAnythingButALoadedRuleFile(String name) {
        String body = given().urlEncodingEnabled(false)
                .when().get("/api/rules/files/" + name)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"))
                .body("status", equalTo(404))
                .extract().asString();
        assertFalse(body.contains("<project") || body.contains("root:"), body);
        assertFalse(body.contains("Exception") || body.contains("java."), body);
    }

    @Test
    void shouldAnswerTheRulesAsJson() {
        given().when().get("/api/rules").then().statusCode(200).contentType(ContentType.JSON)
                .body("version", startsWith("sha256:"))
                .body("files.size()", equalTo(folderFiles().size()))
                .body("rules.size()", not(equalTo(0)));
    }

    // --- helpers

    private static JsonPath rules() {
        return given().when().get("/api/rules").then().statusCode(200).extract().jsonPath();
    }

    /** Every file of the rules folder, as the version covers them: regular, not hidden, sorted by name. */
    private static List<Path> folderFiles() {
        try (Stream<Path> paths = Files.list(RULES)) {
            return paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> drlFiles() {
        try (Stream<Path> paths = Files.list(RULES)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".drl")).filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
