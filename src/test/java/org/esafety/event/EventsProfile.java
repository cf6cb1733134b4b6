package org.esafety.event;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The events tests' service: H2 in a database of its own (PostgreSQL: the restart cleans the test database). */
public class EventsProfile implements QuarkusTestProfile {

    public static final String PUBLIC_URL = "https://esafety.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-events;DB_CLOSE_DELAY=-1");
        }
        config.put("esafety.public-url", PUBLIC_URL);
        config.put("esafety.reminders.max-attempts", "3");
        config.put("esafety.reminders.retry-backoff", "PT1M");
        return config;
    }
}
