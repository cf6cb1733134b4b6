package org.esafety.web;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The board's tests' service: H2 in a database of its own (PostgreSQL: the restart cleans the test database), so that
 * a board shows exactly the cases its test reported and the order of its cases is the test's to know.
 */
public class BoardProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-board;DB_CLOSE_DELAY=-1");
        }
        return config;
    }
}
