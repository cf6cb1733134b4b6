package org.esafety.flowchart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.esafety.flowchart.FlowchartSpec.Edge;
import org.esafety.flowchart.FlowchartSpec.Node;

/**
 * Reads {@code flowchart.yaml} and checks that it describes a chart that can be drawn: unique steps on
 * distinct grid cells, labels that fit, every step lit by some rule, and arrows that go down between known
 * steps without running through another step.
 */
final class FlowchartLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private FlowchartLoader() {
    }

    static FlowchartSpec load(Path file) {
        try {
            return load(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new FlowchartException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The description in {@code text}; {@code name} says where it came from in messages. */
    static FlowchartSpec load(String name, String text) {
        FlowchartSpec spec;
        try {
            spec = YAML.readValue(text, Description.class).spec();
        } catch (IOException e) {
            throw new FlowchartException(name, "cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FlowchartException(name, e.getMessage(), e);
        }
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new FlowchartException(name, String.join("; ", problems));
        }
        return spec;
    }

    /** Everything wrong with a description; empty when it can be drawn. */
    static List<String> problems(FlowchartSpec spec) {
        List<String> problems = new ArrayList<>();
        if (blank(spec.title()) || blank(spec.description()) || spec.nodes() == null || spec.nodes().isEmpty()) {
            problems.add("a title, a description and at least one node are required");
            return problems;
        }
        Map<String, Node> byId = new HashMap<>();
        Set<String> cells = new HashSet<>();
        for (Node n : spec.nodes()) {
            if (byId.put(n.id(), n) != null) {
                problems.add("node " + n.id() + " is defined twice");
            }
            if (n.row() < 0 || n.column() < 0 || !cells.add(n.row() + "," + n.column())) {
                problems.add("node " + n.id() + " needs a free cell with row and column from 0");
            }
            if (n.rules().isEmpty() || n.rules().stream().anyMatch(FlowchartLoader::blank)) {
                problems.add("node " + n.id() + " names no rule that lights it");
            }
            List<String> lines = Layout.wrap(n.label());
            if (lines.size() > Layout.MAX_LINES || lines.stream().anyMatch(l -> l.length() > Layout.CHARS)) {
                problems.add("the label of node " + n.id() + " is longer than " + Layout.MAX_LINES + " lines of "
                        + Layout.CHARS + " characters");
            }
        }
        Set<String> labelledTargets = new HashSet<>();
        for (Edge e : spec.edges() == null ? List.<Edge>of() : spec.edges()) {
            problems.addAll(edgeProblems(e, byId, cells));
            if (e.label() != null && !labelledTargets.add(e.to())) {
                problems.add("only one labelled edge may point to node " + e.to());
            }
        }
        return problems;
    }

    private static List<String> edgeProblems(Edge e, Map<String, Node> byId, Set<String> cells) {
        Node from = byId.get(e.from());
        Node to = byId.get(e.to());
        String name = "edge " + e.from() + " -> " + e.to();
        if (from == null || to == null) {
            return List.of(name + " joins a node that does not exist");
        }
        List<String> problems = new ArrayList<>();
        if (to.row() <= from.row()) {
            problems.add(name + " must go down to a later row");
        }
        for (int row = from.row() + 1; row < to.row(); row++) {
            if (cells.contains(row + "," + to.column())) {
                problems.add(name + " runs through the node at row " + row + ", column " + to.column());
            }
        }
        if (e.label() != null && (blank(e.label()) || e.label().length() > Layout.MAX_EDGE_LABEL)) {
            problems.add(name + " has a label that is blank or longer than " + Layout.MAX_EDGE_LABEL + " characters");
        }
        if (e.rules().stream().anyMatch(FlowchartLoader::blank)) {
            problems.add(name + " names a blank rule");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The file's shape; nodes' grid positions are required, so they are read as objects. */
    record Description(String title, String description, List<NodeEntry> nodes, List<Edge> edges) {
        FlowchartSpec spec() {
            List<Node> built = nodes == null ? List.of() : nodes.stream().map(NodeEntry::node).toList();
            return new FlowchartSpec(title, description, built, edges == null ? List.of() : List.copyOf(edges));
        }
    }

    record NodeEntry(String id, FlowchartSpec.Kind kind, String label, Integer row, Integer column,
                             List<String> rules) {
        Node node() {
            if (id == null || kind == null || label == null || row == null || column == null) {
                throw new IllegalArgumentException("every node needs an id, a kind, a label, a row and a column"
                        + (id == null ? "" : " (node " + id + ")"));
            }
            return new Node(id, kind, label, row, column, rules == null ? List.of() : List.copyOf(rules));
        }
    }
}
