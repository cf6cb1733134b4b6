package org.esafety.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RuleCompiler refuses what does not compile, naming file and line, and refuses an empty or missing folder. Plain JUnit. */
class RuleCompilationTest {

    private static final String GOOD = """
            package org.esafety.rules

            import org.esafety.policy.Case

            rule "A case exists"
                @id("TST-001")
            when
                Case()
            then
            end
            """;

    /** Line 8 holds a constraint that is not DRL. */
    private static final String BAD = """
            package org.esafety.rules

            import org.esafety.policy.Case

            rule "Broken"
                @id("TST-002")
            when
                Case( category == )
            then
            end
            """;

    @TempDir
    Path folder;

    /** The shipped catalogue and escalation chain beside the test's rule files. */
    @BeforeEach
    void copyThePolicyFiles() throws IOException {
        for (String name : List.of("actions.yaml", "escalation.yaml")) {
            Files.copy(Path.of("rules", name), folder.resolve(name));
        }
    }

    @Test
    void shouldNameTheFileAndLineOfASyntaxError() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        Files.writeString(folder.resolve("bad.drl"), BAD);

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().stream().allMatch(p -> p.location().matches("bad\\.drl(:\\d+)?")),
                "problems: " + e.problems());
        assertTrue(e.problems().stream().anyMatch(p -> p.location().equals("bad.drl:8")), "problems: " + e.problems());
        assertTrue(e.getMessage().contains("bad.drl:8"), e.getMessage());
        assertFalse(e.getMessage().contains("good.drl"), e.getMessage());
    }

    @Test
    void shouldCompileAValidFolder() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        Files.writeString(folder.resolve("notes.txt"), "not a rule file");

        RuleSet set = RuleCompiler.compile(folder, Instant.now());

        assertEquals(List.of("actions.yaml", "escalation.yaml", "good.drl", "notes.txt"),
                set.files().stream().map(RuleFile::name).toList(), "every file of the folder is in the set");
        assertEquals("TST-001", set.rule("A case exists").id());
        assertEquals(5, set.rule("A case exists").line());
        assertEquals(1, set.catalogue().action("CALL_EMERGENCY_SERVICES").orElseThrow().band());
    }

    @Test
    void shouldVersionEveryFileSoThatACatalogueEditIsANewVersion() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        String before = RuleCompiler.compile(folder, Instant.now()).version();

        Path catalogue = folder.resolve("actions.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace(
                "title: Report the concern to the DSL", "title: Tell the DSL about the concern"));
        RuleSet after = RuleCompiler.compile(folder, Instant.now());

        assertNotEquals(before, after.version());
        assertEquals("Tell the DSL about the concern", after.catalogue().action("REPORT_TO_DSL").orElseThrow().title());
    }

    @Test
    void shouldRefuseARuleThatRequiresAnActionTheCatalogueDoesNotList() throws IOException {
        Files.writeString(folder.resolve("odd.drl"), """
                package org.esafety.policy

                rule "An unknown action is required"
                    @id("TST-003")
                when
                    Case()
                then
                    insert(new ActionRequired("PHONE_A_FRIEND"));
                end
                """);

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertEquals(List.of("odd.drl:8"), e.problems().stream().map(RuleCompilationException.Problem::location).toList());
        assertTrue(e.problems().get(0).message().contains("PHONE_A_FRIEND"), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("actions.yaml"), e.problems().toString());
    }

    @Test
    void shouldRefuseACatalogueEntryWithoutABand() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        Path catalogue = folder.resolve("actions.yaml");
        String text = Files.readString(catalogue);
        int entry = text.indexOf("  LOG_INCIDENT:");
        int band = text.indexOf("    band: 8", entry);
        Files.writeString(catalogue, text.substring(0, band) + text.substring(band + "    band: 8\n".length()));
        long line = text.substring(0, entry).chars().filter(c -> c == '\n').count() + 1;

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertEquals("actions.yaml:" + line, e.problems().get(0).location(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("LOG_INCIDENT has no band"), e.problems().toString());
    }

    @Test
    void shouldRefuseASanctionThatIsNotHeld() throws IOException {
        Files.writeString(folder.resolve("harsh.drl"), """
                package org.esafety.policy

                rule "A pupil is always sanctioned"
                    @id("TST-004")
                when
                    Case()
                then
                    insert(new ActionRequired("APPLY_BEHAVIOUR_POLICY"));
                end
                """);

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertEquals("harsh.drl:3", e.problems().get(0).location(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("sanctions are not held"), e.problems().toString());
    }

    @Test
    void shouldRefuseAFolderWithoutItsCatalogue() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        Files.delete(folder.resolve("actions.yaml"));

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertEquals("actions.yaml", e.problems().get(0).location());
    }

    @Test
    void shouldRefuseAnEscalationChainThatComesBackOnItself() throws IOException {
        Files.writeString(folder.resolve("good.drl"), GOOD);
        Files.writeString(folder.resolve("escalation.yaml"), "next:\n  DSL: HEADTEACHER\n  HEADTEACHER: DSL\n");

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertTrue(e.problems().stream().allMatch(p -> p.location().equals("escalation.yaml")), e.problems().toString());
        assertTrue(e.getMessage().contains("comes back"), e.getMessage());
    }

    @Test
    void shouldRefuseAFolderWithoutRuleFiles() throws IOException {
        Files.writeString(folder.resolve("README.md"), "no rules here");

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(folder, Instant.now()));

        assertTrue(e.getMessage().contains("no .drl rule files"), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void shouldRefuseAMissingFolder() {
        Path missing = folder.resolve("no-such-folder");

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(missing, Instant.now()));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
