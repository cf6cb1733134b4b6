package org.esafety.flowchart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A description that cannot be drawn is refused, naming the file and the problem. */
class FlowchartLoaderTest {

    private static final String HEAD = """
            title: T
            description: D
            nodes:
              - {id: a, kind: start, label: Start, row: 0, column: 0, rules: [r]}
              - {id: b, kind: action, label: Middle, row: 1, column: 0, rules: [r]}
              - {id: c, kind: end, label: End, row: 2, column: 0, rules: [r]}
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "edges: [{from: a, to: c}]                    | runs through the node at row 1, column 0",
        "edges: [{from: c, to: a}]                    | must go down to a later row",
        "edges: [{from: a, to: z}]                    | joins a node that does not exist",
        "edges: [{from: a, to: b, colour: red}]       | cannot be read",
        "edges: [{from: a, to: b, label: ''}]         | label that is blank",
        "edges: [{from: a, to: b, label: x}, {from: a, to: b, label: y}] | only one labelled edge",
    })
    void shouldRefuseADescriptionThatCannotBeDrawn(String edges, String problem) throws IOException {
        FlowchartException e = refused(HEAD + edges);
        assertTrue(e.getMessage().contains(problem) && e.getMessage().contains("chart.yaml"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{id: d, kind: action, label: Twice, row: 1, column: 0, rules: [r]}   | needs a free cell",
        "{id: d, kind: action, label: Unlit, row: 3, column: 0}                | names no rule",
        "{id: d, kind: action, row: 3, column: 0, rules: [r]}                  | needs an id, a kind, a label",
        "{id: d, kind: decision, label: X, row: 3, column: 0, rules: [r]}      | cannot be read",
        "{id: a, kind: action, label: Again, row: 3, column: 0, rules: [r]}    | defined twice",
    })
    void shouldRefuseABadStep(String node, String problem) throws IOException {
        FlowchartException e = refused(HEAD + "  - " + node + "\n");
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseALabelThatDoesNotFit() throws IOException {
        String words = "word ".repeat(30);
        FlowchartException e = refused(HEAD + "  - {id: d, kind: action, label: " + words + ", row: 3, column: 0, rules: [r]}\n");
        assertTrue(e.getMessage().contains("label of node d is longer"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void shouldShowANoticeInsteadOfAChartThatCannotBeDrawn() {
        Flowchart chart = new Flowchart(Flowchart.readOrNotice(folder.resolve("missing.yaml")));
        org.junit.jupiter.api.Assertions.assertFalse(chart.available());
        ParsedChart notice = new ParsedChart(chart.svg(java.util.List.of("Every incident is logged")));
        assertTrue(notice.stepText("not-available").contains("not available"));
        assertTrue(notice.litSteps().isEmpty());
        assertTrue(Flowchart.load(Path.of("rules", "flowchart.yaml")).available());
    }

    private FlowchartException refused(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("chart.yaml"), yaml);
        return assertThrows(FlowchartException.class, () -> Flowchart.load(file));
    }
}
