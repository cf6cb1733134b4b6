package org.esafety.flowchart;

import java.util.List;
import java.util.Set;

/**
 * The flowchart as described in {@code rules/flowchart.yaml}: steps placed on a grid, arrows between them,
 * and for each the names of the rules whose firing lights it.
 */
public record FlowchartSpec(String title, String description, List<Node> nodes, List<Edge> edges) {

    /** What a step is, which decides its shape. */
    public enum Kind { START, QUESTION, ACTION, END }

    /** One step, at grid {@code row} (0 at the top) and {@code column} (0 on the left). */
    public record Node(String id, Kind kind, String label, int row, int column, List<String> rules) {

        boolean litBy(Set<String> fired) {
            return rules.stream().anyMatch(fired::contains);
        }
    }

    /** One arrow; with no rules of its own it is lit when both of its ends are. */
    public record Edge(String from, String to, String label, List<String> rules) {

        public List<String> rules() {
            return rules == null ? List.of() : rules;
        }
    }

    /** The steps whose id passes {@code test}, top to bottom and left to right. */
    List<Node> lit(java.util.function.Predicate<String> test) {
        return nodes.stream().filter(n -> test.test(n.id()))
                .sorted(java.util.Comparator.comparingInt(Node::row).thenComparingInt(Node::column)).toList();
    }

    public Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    /** Every rule name the description refers to, in order of first mention. */
    public List<String> ruleNames() {
        return java.util.stream.Stream.concat(nodes.stream().flatMap(n -> n.rules().stream()),
                edges.stream().flatMap(e -> e.rules().stream())).distinct().toList();
    }
}
