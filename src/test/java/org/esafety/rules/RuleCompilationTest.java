package org.esafety.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

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

        assertEquals(1, set.files().size());
        assertEquals("good.drl", set.files().get(0).name());
        assertEquals("TST-001", set.rule("A case exists").id());
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
