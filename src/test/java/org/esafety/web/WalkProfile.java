package org.esafety.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The DSL's walk ({@link DslWalkInBrowserTest}) as in production from its first step: the reminder job runs on its
 * schedule (every second, where the other tests drive it themselves) and delivers the announcement of a new incident
 * by real SMTP to a GreenMail server the test starts on {@code quarkus.mailer.port}; the service listens on a port
 * chosen here, so that {@code esafety.public-url}, and with it the link in the e-mail, is this service's address. H2
 * in a database of its own (PostgreSQL: the restart cleans the test database).
 */
public class WalkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        int http = freePort();
        Map<String, String> config = new HashMap<>();
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-walk;DB_CLOSE_DELAY=-1");
        }
        config.put("quarkus.http.test-port", Integer.toString(http));
        config.put("esafety.public-url", "http://localhost:" + http);
        config.put("esafety.reminders.every", "1s");
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(freePort()));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("quarkus.log.category.\"com.icegreen\".level", "WARN");
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
