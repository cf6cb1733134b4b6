package org.esafety.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The reminder tests' service: the four schools of {@code reminders/schools.yaml}, a real SMTP server and a
 * webhook receiver on free local ports (started by each test class with {@link Receivers}), the mailer
 * for real, and H2 in a database of its own (PostgreSQL: the restart cleans the test database).
 */
public class RemindersProfile implements QuarkusTestProfile {

    public static final String SECRET = "common-test-secret-7Hq2ZsX9vLmP4kRw";
    public static final String HOOKS_SECRET = "reminder-hooks-secret-Jd8Fq3Lx0NcVb6Ty";
    public static final String FAILING_SECRET = "reminder-failing-secret-Pz5Wk1Qe7RgUm2Hs";
    public static final String PUBLIC_URL = "https://esafety.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        int smtp = freePort();
        int hooks = freePort();
        Map<String, String> config = new HashMap<>();
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-reminders;DB_CLOSE_DELAY=-1");
        }
        config.put("esafety.schools.file", schools("http://127.0.0.1:" + hooks + "/hooks").toString());
        config.put("esafety.public-url", PUBLIC_URL);
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(smtp));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("esafety.reminders.webhook.secret", SECRET);
        config.put("esafety.reminders.webhook.school-secrets.\"reminder-hooks\"", HOOKS_SECRET);
        config.put("esafety.reminders.webhook.school-secrets.\"reminder-failing-dsl\"", FAILING_SECRET);
        config.put("esafety.reminders.webhook.timeout", "PT5S");
        config.put("esafety.reminders.lead-time", "PT1H");
        config.put("esafety.reminders.escalate-after", "PT1H");
        config.put("esafety.reminders.escalate-every", "PT2H");
        config.put("esafety.reminders.batch-size", "5");
        config.put("esafety.reminders.max-attempts", "3");
        config.put("esafety.reminders.retry-backoff", "PT1M");
        // SlowMailServerTest waits this long for a server that never greets (the default is 30 s).
        config.put("esafety.reminders.email.timeout", "PT10S");
        config.put("test.receivers.hooks-port", Integer.toString(hooks));
        config.put("quarkus.log.category.\"com.icegreen\".level", "WARN");
        return config;
    }

    private static Path schools(String hooksBase) {
        try (InputStream in = RemindersProfile.class.getResourceAsStream("/reminders/schools.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${hooks}", hooksBase);
            Path file = Files.createTempFile("reminder-schools", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
