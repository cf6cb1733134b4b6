package org.esafety.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleSet;

/** The rule set as a whole: metadata on every rule, every code of decision-table §5 and §6 produced. */
class RuleCatalogueTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldGiveEveryRuleAUniqueIdASourceAndADescription() {
        Set<String> ids = new HashSet<>();
        Map<String, String> prefixByFile = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            assertNotNull(rule.id(), rule.name() + " has no @id");
            assertTrue(ids.add(rule.id()), "duplicate @id " + rule.id());
            assertTrue(rule.id().matches("[A-Z]{3}-\\d{3}"), "id format " + rule.id());
            String prefix = rule.id().substring(0, 3);
            String previous = prefixByFile.putIfAbsent(rule.file(), prefix);
            assertTrue(previous == null || previous.equals(prefix), rule.file() + " mixes id prefixes");
            assertNotNull(rule.source(), rule.name() + " has no @source");
            assertFalse(rule.source().isBlank(), rule.name() + " has a blank @source");
            assertNotNull(rule.description(), rule.name() + " has no @description");
        }
        assertEquals(rules.rules().size(), rules.rules().stream().map(RuleInfo::name).distinct().count(),
                "rule names are unique");
        assertEquals(prefixByFile.size(), new HashSet<>(prefixByFile.values()).size(), "one prefix per file");
    }

    @Test
    void shouldProduceEveryActionOfTheCatalogue() {
        Set<String> produced = new TreeSet<>();
        rules.rules().forEach(r -> produced.addAll(r.actions()));
        Set<String> missing = new TreeSet<>(Catalogue.ACTIONS.keySet());
        missing.removeAll(produced);
        assertTrue(missing.isEmpty(), "no rule produces " + missing);
        Set<String> unknown = new TreeSet<>(produced);
        unknown.removeAll(Catalogue.ACTIONS.keySet());
        assertTrue(unknown.isEmpty(), "codes not in the catalogue: " + unknown);
    }

    @Test
    void shouldGiveEveryInstructionOfTheTable() {
        Set<String> produced = new TreeSet<>();
        rules.rules().forEach(r -> produced.addAll(r.instructions()));
        assertEquals(new TreeSet<>(Catalogue.INSTRUCTIONS), produced);
    }

    @Test
    void shouldUseOnlyTheSixStagesAndOnePackage() throws IOException {
        Pattern salience = Pattern.compile("(?m)^\\s*salience\\s+(\\d+)");
        Pattern rule = Pattern.compile("(?m)^rule\\s+\"");
        for (Path file : drlFiles()) {
            String text = Files.readString(file);
            assertTrue(text.contains("package org.esafety.policy;"), file + " package");
            Matcher m = salience.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
                assertTrue(List.of("100", "90", "80", "70", "60", "50").contains(m.group(1)),
                        file + " uses salience " + m.group(1));
            }
            Matcher r = rule.matcher(text);
            int rulesInFile = 0;
            while (r.find()) {
                rulesInFile++;
            }
            assertEquals(rulesInFile, count, file + ": every rule states its stage");
            assertFalse(text.contains("modify(") || text.contains("retract(") || text.contains("delete(")
                    || text.contains("System.out"), file + " only inserts facts");
        }
    }

    @Test
    void shouldComputeTheRuleSetVersionAsTheReadmeDescribes() throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (var listed = Files.list(Path.of("rules"))) {
            files = listed.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.endsWith("actions.yaml")) && files.stream()
                .anyMatch(p -> p.endsWith("escalation.yaml")), "the catalogue and the escalation chain are versioned");
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(Files.readAllBytes(file));
            digest.update((byte) '\n');
        }
        assertEquals("sha256:" + java.util.HexFormat.of().formatHex(digest.digest()), rules.version());
    }

    private static List<Path> drlFiles() throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            return files.filter(p -> p.toString().endsWith(".drl"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }
}
