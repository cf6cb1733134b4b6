package org.esafety.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.esafety.flowchart.FlowchartSpec.Edge;
import org.esafety.flowchart.FlowchartSpec.Kind;
import org.esafety.flowchart.FlowchartSpec.Node;

/** The shipped flowchart as an image a page can inline: well-formed, accessible, self-contained, escaped. */
class FlowchartSvgTest {

    private static final Flowchart CHART = Flowchart.load(Path.of("rules", "flowchart.yaml"));
    private static final Set<String> FOREIGN = Set.of("script", "foreignObject", "image", "use", "a", "style",
            "iframe", "object", "embed");

    @Test
    void shouldNameOnlyRulesTheRuleSetHas() {
        assertEquals(List.of(), CHART.unknownRules(Incidents.RULES), "rename a rule in flowchart.yaml too");
        assertTrue(CHART.spec().ruleNames().size() > 40, "the chart is keyed on the rules' names");
    }

    @Test
    void shouldDrawAnAccessibleImageThatScales() {
        Element svg = new ParsedChart(CHART.unlit()).root();
        assertEquals(ParsedChart.SVG, svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertEquals("img", svg.getAttribute("role"));
        assertTrue(svg.getAttribute("viewBox").matches("0 0 \\d+ \\d+"), svg.getAttribute("viewBox"));
        assertFalse(svg.hasAttribute("width") || svg.hasAttribute("height"), "no fixed size");
        List<Element> children = children(svg);
        assertEquals("title", children.get(0).getLocalName());
        assertEquals("desc", children.get(1).getLocalName());
        assertFalse(children.get(0).getTextContent().isBlank() || children.get(1).getTextContent().isBlank());
        assertEquals("flowchart-title flowchart-desc", svg.getAttribute("aria-labelledby"));
    }

    @Test
    void shouldReferToNothingOutsideItselfAndRunNothing() {
        String svg = CHART.svg(Incidents.of(org.esafety.policy.Category.SELF_HARM_CONTENT)
                .party(org.esafety.policy.PartyRole.VICTIM, org.esafety.policy.PartyKind.CHILD, 14).fired());
        for (Element e : new ParsedChart(svg).elements()) {
            assertFalse(FOREIGN.contains(e.getLocalName()), "no " + e.getLocalName() + " element");
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                org.w3c.dom.Node a = e.getAttributes().item(i);
                assertFalse(a.getLocalName().equals("href") || a.getLocalName().startsWith("on")
                        || a.getLocalName().equals("style") || a.getNodeValue().contains("url("),
                        "attribute " + a.getNodeName() + "=" + a.getNodeValue());
            }
        }
    }

    @Test
    void shouldLightNothingOnTheRulesPage() {
        ParsedChart unlit = new ParsedChart(CHART.unlit());
        assertTrue(unlit.elements().stream().noneMatch(e -> ParsedChart.classes(e).contains("lit")));
        assertEquals(CHART.unlit(), CHART.svg(List.of()));
        assertEquals(CHART.unlit(), CHART.svg(List.of("A rule the chart does not name")));
        assertEquals(CHART.spec().nodes().size(), unlit.elements().stream()
                .filter(e -> ParsedChart.classes(e).contains("node")).count());
    }

    @Test
    void shouldDrawTheSameChartWhateverTheOrderOfTheFiredRules() {
        List<String> fired = new ArrayList<>(Incidents.of(org.esafety.policy.Category.CYBERBULLYING)
                .party(org.esafety.policy.PartyRole.INSTIGATOR, org.esafety.policy.PartyKind.CHILD, 12)
                .party(org.esafety.policy.PartyRole.VICTIM, org.esafety.policy.PartyKind.CHILD, 12).fired());
        String first = CHART.svg(fired);
        Collections.reverse(fired);
        assertEquals(first, CHART.svg(fired));
        assertNotEquals(CHART.unlit(), first);
    }

    @Test
    void shouldEscapeEveryText() {
        String label = "Is <b>it</b> \"illegal\" & 'bad'? </svg> <script>x</script>";
        FlowchartSpec spec = new FlowchartSpec("A <title> & more", "Desc with </desc> in it", List.of(
                new Node("a\"b", Kind.QUESTION, label, 0, 0, List.of("rule <1>")),
                new Node("c", Kind.END, "End & done", 1, 0, List.of("rule <1>"))),
                List.of(new Edge("a\"b", "c", "yes <&>", null)));
        assertEquals(List.of(), FlowchartLoader.problems(spec));
        String svg = new Flowchart(spec).svg(List.of("rule <1>"));
        ParsedChart chart = new ParsedChart(svg);
        assertFalse(svg.contains("<script") || svg.contains("<b>"), svg);
        assertEquals(label, chart.stepText("a\"b"));
        assertEquals(Set.of("a\"b", "c"), chart.litSteps());
        assertEquals(Set.of("a\"b>c"), chart.litEdges());
        assertEquals("A <title> & more", chart.root().getElementsByTagNameNS(ParsedChart.SVG, "title").item(0)
                .getTextContent());
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
