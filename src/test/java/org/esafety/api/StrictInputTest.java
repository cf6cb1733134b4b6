package org.esafety.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict input on the wire (issue 19), sent as raw bytes: malformed UTF-8 anywhere in a JSON body and enum values
 * that are not exactly a name are 400 problems naming the field, and nothing is stored — the same key then
 * creates the incident (201), which it could not if the bad request had stored anything.
 */
@QuarkusTest
class StrictInputTest {

    /** A valid intake body with {@code <REF>} (the key), {@code <ROLE>}, {@code <PARTY>} and {@code <SUMMARY>} to fill. */
    private static final String BODY = "{\"schoolId\":\"claines-primary\",\"source\":\"strict-test\",\"externalRef\":\"<REF>\","
            + "\"category\":\"CYBERBULLYING\",\"parties\":[{\"role\":\"INSTIGATOR\",\"kind\":\"CHILD\",\"age\":12},"
            + "{\"role\":\"<ROLE>\",\"kind\":\"CHILD\",\"ref\":\"<PARTY>\",\"age\":12}],\"summary\":\"<SUMMARY>\"}";

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource({
            "summary,        c0af,       overlong '/'",
            "summary,        e080af,     overlong '/' in three bytes",
            "summary,        eda080,     an encoded surrogate",
            "summary,        f4908080,   above U+10FFFF",
            "summary,        f888808080, a five-byte sequence",
            "summary,        ff,         a stray byte",
            "parties[1].ref, c0af,       overlong '/'",
            "parties[1].ref, f4908080,   above U+10FFFF"})
    void shouldRefuseMalformedUtf8AndStoreNothing(String field, String hex, String what) {
        String ref = "S-" + UUID.randomUUID();
        String text = field.equals("summary") ? text(ref, "VICTIM", "pupil-1", "abc" + MARK + "def")
                : text(ref, "VICTIM", "p" + MARK + "q", "summary");
        problem(post(Utf8CheckTest.body(text.split(MARK)[0], hex, text.split(MARK)[1])), field)
                .body("violations[0].message", startsWith("not valid UTF-8"));
        post(utf8(text(ref, "VICTIM", "pupil-1", "abcdef"))).statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"\\ud800", "\\udc00", "\\udc00\\ud800"})
    void shouldRefuseUnpairedSurrogateEscapes(String escape) {
        String ref = "S-" + UUID.randomUUID();
        problem(post(utf8(text(ref, "VICTIM", "p", "a" + escape.replace("\\\\", "\\") + "b"))), "summary")
                .body("violations[0].message", startsWith("holds an unpaired surrogate"));
        post(utf8(text(ref, "VICTIM", "pupil-1", "abcdef"))).statusCode(201);
    }

    @Test
    void shouldStoreValidUtf8ExactlyAsSent() {
        String summary = "caf\u00e9 \u20ac \ud83d\ude00 \u0645\u0631\u062d\u0628\u0627";
        String id = post(utf8(text("S-" + UUID.randomUUID(), "VICTIM", "p", summary + " \\ud83d\\udc4d")))
                .statusCode(201).body("summary", equalTo(summary + " \ud83d\udc4d")).extract().path("id");
        given().get("/api/incidents/" + id).then().statusCode(200).body("summary", equalTo(summary + " \ud83d\udc4d"));
    }

    @ParameterizedTest(name = "role \"{0}\"")
    @CsvSource(delimiter = '|', value = {"VICTIM\\t", "' VICTIM'", "'VICTIM '", "victim", "Victim", "VICTIM\\n",
            "V\u00cdCTIM"})
    void shouldRefuseAnEnumValueThatIsNotExactlyAName(String role) {
        String ref = "S-" + UUID.randomUUID();
        problem(post(utf8(text(ref, role, "p", "abc"))), "parties[1].role")
                .body("violations[0].message", startsWith("unknown value; one of"));
        post(utf8(text(ref, "VICTIM", "pupil-1", "abcdef"))).statusCode(201);
    }

    @Test
    void shouldRefuseAPaddedCategoryAndAPaddedOutcome() {
        String padded = text("S-" + UUID.randomUUID(), "VICTIM", "p", "abc")
                .replace("\"CYBERBULLYING\"", "\"CYBERBULLYING\\t\"");
        problem(post(utf8(padded)), "category");

        io.restassured.path.json.JsonPath created = post(utf8(text("S-" + UUID.randomUUID(), "VICTIM", "p", "abc")))
                .statusCode(201).extract().jsonPath();
        String id = created.getString("actions.find { it.status == 'OPEN' }.id");
        problem(raw().body(utf8("{\"outcome\":\"DONE \"}")).post("/api/actions/" + id + "/completion").then(),
                "outcome");
        given().get("/api/incidents/" + created.getString("id")).then().statusCode(200)
                .body("actions.find { it.id == '" + id + "' }.status", equalTo("OPEN"));
    }

    private static ValidatableResponse problem(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field));
    }

    private static final String MARK = "\u0001";

    private static String text(String ref, String role, String party, String summary) {
        return BODY.replace("<REF>", ref).replace("<ROLE>", role).replace("<PARTY>", party)
                .replace("<SUMMARY>", summary);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ValidatableResponse post(byte[] body) {
        return raw().body(body).post("/api/incidents").then();
    }

    /** Sends the bytes as they are, declared application/json with no charset added. */
    private static RequestSpecification raw() {
        return given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/json");
    }
}
