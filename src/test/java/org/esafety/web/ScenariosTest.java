package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules page reads scenario files by plain name only: nothing outside rules/scenarios can be asked for. */
class ScenariosTest {

    private final Scenarios scenarios = new Scenarios(() -> "rules");

    @Test
    void shouldReadAScenarioByItsNameAndNothingElse() {
        assertTrue(scenarios.text("account-access-by-10-year-old-illegal.yaml").orElseThrow().contains("expect:"));
        for (String name : new String[] {"../flowchart.yaml", "../../pom.xml", "..", "README.md", "/etc/passwd",
                "x/../account-access-by-10-year-old-illegal.yaml"}) {
            assertTrue(scenarios.text(name).isEmpty(), name);
        }
        assertTrue(scenarios.all().size() > 100);
    }
}
