package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 17, finding 2, end to end: the service started as the embedded default (an H2 file database, no key
 * configured) takes the key generated beside the database, signs people in with it, and logs no key: the form
 * login's "Encryption key was not specified … using temporary key &lt;the key&gt;" warning (its category is left
 * at WARN here, so it would show) never appears. The audit trail's key (finding 4) is generated there too.
 */
@QuarkusTest
@OwnCredentials
@TestProfile(GeneratedSessionKeyStartTest.EmbeddedDefault.class)
// The embedded default is H2 in a file; the PostgreSQL leg's build has no H2 driver and needs a configured key.
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = "test-pg")
class GeneratedSessionKeyStartTest {

    /** A fresh folder per run; a system property, because Quarkus loads this class again for the application. */
    static final Path FOLDER = Path.of("target", "session-key-test", System.getProperties()
            .computeIfAbsent("esafety.test.session-key-run", k -> UUID.randomUUID().toString()).toString());
    static final Path LOG = FOLDER.resolve("service.log");

    /** The embedded default's configuration: no key of its own, the database in a file, the log in a file. */
    public static class EmbeddedDefault implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./" + FOLDER + "/esafety;DB_CLOSE_ON_EXIT=FALSE",
                    "quarkus.http.auth.session.encryption-key", "${ESAFETY_SESSION_KEY:${esafety.embedded.session-key:}}",
                    "esafety.audit.key", "${ESAFETY_AUDIT_KEY:}",
                    "quarkus.log.category.\"io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism\".level", "WARN",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString());
        }
    }

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    String key;

    @Test
    void shouldSignInWithTheKeyKeptBesideTheDatabaseAndLogNoKey() throws Exception {
        Path file = FOLDER.resolve(GeneratedSessionKey.FILE_NAME);
        assertTrue(Files.exists(file), "the key is kept beside the database: " + file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Files.readString(file).strip(), key, "the session key is the kept one");

        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", TestCredentials.ADMIN).formParam("j_password", TestCredentials.ADMIN_PASSWORD)
                .post("/j_security_check");
        String session = login.getCookie("esafety-session");
        assertNotNull(session, login.headers().toString());
        given().cookie("esafety-session", session).get("/api/admin/users").then().statusCode(200);

        // The audit trail's key likewise (finding 4): generated on first start beside the database, owner only.
        Path auditKey = FOLDER.resolve("audit.key");
        assertTrue(Files.exists(auditKey), "the audit key is kept beside the database: " + auditKey);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(auditKey)));

        String log = Files.readString(LOG);
        assertTrue(log.contains("Installed features"), "the log file is the service's: " + log.length());
        assertFalse(log.contains("Encryption key was not specified"), "no temporary key was invented");
        assertFalse(log.contains(key), "the key is never logged");
        assertFalse(log.contains(Files.readString(auditKey).strip()), "the audit key is never logged");
    }
}
