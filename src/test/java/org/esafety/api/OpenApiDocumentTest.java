package org.esafety.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json is the document the service serves at /q/openapi: the build generates the contract test's client
 * from it (pom.xml, openapi-generator), so it must not drift. On a difference this test writes the served document
 * there and fails: commit the new file and build again, so that the client is generated from it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("docs", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void shouldMatchTheCheckedInDocument() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode live = JSON.readTree(served);
        JsonNode stored = Files.exists(CHECKED_IN) ? JSON.readTree(Files.readString(CHECKED_IN)) : null;
        if (!live.equals(stored)) {
            Files.writeString(CHECKED_IN, JSON.writeValueAsString(live) + "\n");
        }
        assertTrue(live.equals(stored), CHECKED_IN + " was not the served document; it has been rewritten: "
                + "commit it and build again (the generated client is made from it)");
    }
}
