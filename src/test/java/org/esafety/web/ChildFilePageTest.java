package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, "the child's file follows the child", on the chronology page: the DSL sends the file with a form (CSRF
 * checked), sees the export with its receipt due date and a download link, and marks it received; a refused form
 * names the field; a reporter never sees the page.
 */
@QuarkusTest
@OwnCredentials
class ChildFilePageTest {

    private static final String SCHOOL = "clifton-high";
    private static final String TOKEN = "test-csrf-token-child-file-0123";

    private String dsl;
    private String pupil;

    @BeforeEach
    void setUp() {
        dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        pupil = "mis-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Cases.incident(SCHOOL, "CYBERBULLYING");
        body.put("parties", Cases.list(party("VICTIM", "CHILD", 12, pupil)));
        given().header("Authorization", dsl).contentType(ContentType.JSON).body(body).post("/api/incidents").then()
                .statusCode(201);
    }

    @Test
    void shouldSendTheFileFromTheChronologyAndMarkItReceived() {
        String page = page();
        assertTrue(page.contains("Send this child's file"), "the form is on the chronology");
        assertTrue(page.contains("The file has not been sent."));

        form().formParam("toSchool", "").formParam("reason", "Moved").post("/pupils/" + pupil + "/file").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("toSchool is required"));
        form().formParam("toSchool", "Offord Academy").formParam("reason", "Moved house")
                .post("/pupils/" + pupil + "/file").then().statusCode(303)
                .header("Location", endsWith("/pupils/" + pupil + "?school=" + SCHOOL + "&done=sent#file"));

        page = page();
        assertTrue(page.contains("Offord Academy") && page.contains("Awaiting receipt"), page);
        Matcher link = Pattern.compile("href=\"(/api/pupils/" + pupil + "/file/exports/([0-9a-f-]{36})/archive)\"")
                .matcher(page);
        assertTrue(link.find(), "a download link to the archive");
        given().header("Authorization", dsl).get(link.group(1)).then().statusCode(200).contentType("application/zip");

        form().formParam("receivedBy", "Their DSL").formParam("note", "By secure transfer")
                .post("/pupils/" + pupil + "/file/exports/" + link.group(2) + "/receipt").then().statusCode(303);
        page = page();
        assertTrue(page.contains("Received") && page.contains("Their DSL") && page.contains("By secure transfer"), page);
        assertFalse(page.contains("Awaiting receipt"));
    }

    @Test
    void shouldRefuseAFormWithoutItsTokenAndNotShowTheFormToAReporter() {
        given().header("Authorization", dsl).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("school", SCHOOL).formParam("toSchool", "x").formParam("reason", "y")
                .post("/pupils/" + pupil + "/file").then().statusCode(403);
        given().header("Authorization", dsl).queryParam("schoolId", SCHOOL)
                .get("/api/pupils/" + pupil + "/file/exports").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        String reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of(SCHOOL)));
        given().header("Authorization", reporter).queryParam("school", SCHOOL).get("/pupils/" + pupil).then()
                .statusCode(403);
    }

    private String page() {
        return given().header("Authorization", dsl).queryParam("school", SCHOOL).get("/pupils/" + pupil).then()
                .statusCode(200).extract().asString();
    }

    private RequestSpecification form() {
        return given().header("Authorization", dsl).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(CsrfToken.COOKIE, TOKEN).formParam("csrf", TOKEN).formParam("school", SCHOOL);
    }
}
