package org.esafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of issue 15, checked on the source: dependencies between the packages of {@code src/main/java} run one
 * way (no cycle, so no two packages use each other), {@code policy} depends on nothing of the service, the rule files
 * import nothing from it, and every package uses only packages of lower layers as {@code docs/architecture.md} draws
 * them. Plain JUnit.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src/main/java/org/esafety");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.esafety\\.([a-z.]+);", Pattern.MULTILINE);
    /** A use of a class of another package, imported or written out in full. */
    private static final Pattern USE = Pattern.compile("\\borg\\.esafety\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    /** A row of the layer table: {@code | 6 | web, reminder | ... |}. */
    private static final Pattern LAYER = Pattern.compile("^\\| (\\d+) \\| ([a-z, ]+) \\|", Pattern.MULTILINE);

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheSources() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
                Matcher pkg = PACKAGE.matcher(code);
                assertTrue(pkg.find(), "no package in " + file);
                String from = pkg.group(1);
                Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher use = USE.matcher(code);
                while (use.find()) {
                    if (!use.group(1).equals(from)) {
                        uses.add(use.group(1));
                    }
                }
            }
        }
    }

    @Test
    void shouldHaveNoPairOfPackagesThatUseEachOtherNorAnyCycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycles(start, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "dependencies must run one way: " + graph);
    }

    @Test
    void shouldKeepThePolicyVocabularyFreeOfTheService() {
        assertEquals(Set.of(), graph.get("policy"), "policy depends on nothing: every package may depend on it");
        assertEquals(Set.of(), graph.get("common"), "the shared base depends on nothing");
        assertEquals(Set.of("common", "policy"), graph.get("access"), "access reaches the rest only through ports");
    }

    @Test
    void shouldLetNothingImportTheReports() {
        List<String> users = graph.entrySet().stream().filter(e -> e.getValue().contains("report"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), users, "report reads incidents and actions from above them: no package may use it");
    }

    @Test
    void shouldLetTheRuleFilesImportNothingFromTheService() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl);
                assertTrue(text.contains("package org.esafety.policy;"), drl + " is in the vocabulary's package");
                assertTrue(!text.contains("import org.esafety."), drl + " imports from the service");
            }
        }
    }

    @Test
    void shouldUseOnlyPackagesOfLowerLayersAsTheArchitecturePageDraws() throws IOException {
        Map<String, Integer> layers = new TreeMap<>();
        Matcher row = LAYER.matcher(Files.readString(Path.of("docs/architecture.md")));
        while (row.find()) {
            for (String pkg : row.group(2).split(",")) {
                layers.put(pkg.strip(), Integer.parseInt(row.group(1)));
            }
        }
        assertEquals(graph.keySet(), layers.keySet(), "docs/architecture.md places every package in a layer");
        List<String> upward = new ArrayList<>();
        graph.forEach((from, uses) -> uses.stream().filter(to -> layers.get(to) >= layers.get(from))
                .forEach(to -> upward.add(from + " (layer " + layers.get(from) + ") uses " + to + " (layer "
                        + layers.get(to) + ")")));
        assertEquals(List.of(), upward, "a package uses only packages of lower layers (docs/architecture.md)");
    }

    private static void findCycles(String node, List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (next.equals(path.get(0))) {
                cycles.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                findCycles(next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
