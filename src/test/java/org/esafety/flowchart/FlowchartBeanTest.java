package org.esafety.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.esafety.rules.RuleSetHolder;

/** The service's bean reads flowchart.yaml from the rules folder and lights it from the rules in force. */
@QuarkusTest
class FlowchartBeanTest {

    @Inject
    Flowcharts flowcharts;

    @Inject
    RuleSetHolder ruleSets;

    @Test
    void shouldDrawTheDescriptionBesideTheRulesInForce() {
        assertEquals(Flowchart.load(Path.of("rules", "flowchart.yaml")).unlit(), flowcharts.current().unlit());
        assertEquals(List.of(), flowcharts.current().unknownRules(ruleSets.current()));
        String lit = flowcharts.current().svg(List.of("Immediate danger means calling the emergency services first"));
        assertTrue(new ParsedChart(lit).litSteps().contains("call-999"), lit);
    }
}
