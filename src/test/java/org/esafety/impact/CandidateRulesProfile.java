package org.esafety.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service with a candidate rule folder beside the rules in force: a copy of {@code rules/} in a temporary folder
 * with two edits an impact report must find — the anti-bullying rule (CHI-001) no longer covers offensive messages,
 * and the anti-bullying policy is due within one working day instead of five. Small batches with a rest between
 * them, so that a test can cancel a job while it runs; H2 in a database of its own.
 */
public class CandidateRulesProfile implements QuarkusTestProfile {

    static final String RULE_FILE = "children-as-instigators.drl";
    static final String RULE_BEFORE = "Case(category in (Category.CYBERBULLYING, Category.ONLINE_SEXUAL_HARASSMENT, Category.OFFENSIVE_MESSAGE))";
    static final String RULE_AFTER = "Case(category in (Category.CYBERBULLYING, Category.ONLINE_SEXUAL_HARASSMENT))";
    static final String DEADLINE_BEFORE = "anti-bullying policy.\n    responsible: DSL\n    deadline: WORKING_DAYS_5\n";
    static final String DEADLINE_AFTER = "anti-bullying policy.\n    responsible: DSL\n    deadline: ONE_WORKING_DAY\n";

    private static final Path SOURCE = Path.of(System.getProperty("esafety.rules.dir", "rules"));
    private static final Path FOLDER = folder();

    /** The candidate folder as the profile made it: the shipped rules with the two edits. */
    static void reset() {
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, FOLDER.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edit(RULE_FILE, RULE_BEFORE, RULE_AFTER);
        edit("actions.yaml", DEADLINE_BEFORE, DEADLINE_AFTER);
    }

    /** Replaces {@code from} by {@code to} in one file of the candidate; the text must be there. */
    static void edit(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no " + from);
        }
        write(file, text.replace(from, to));
    }

    static String read(String file) {
        try {
            return Files.readString(FOLDER.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, String text) {
        try {
            Files.writeString(FOLDER.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("esafety.rules.candidate-dir", FOLDER.toString());
        config.put("esafety.rules.impact.batch-size", "2");
        config.put("esafety.rules.impact.pause", "PT0.3S");
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-impact;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    /** Made once per JVM and shared through a system property: the profile and the test have different loaders. */
    private static synchronized Path folder() {
        String made = System.getProperty("esafety.test.candidate-rules");
        if (made != null) {
            return Path.of(made);
        }
        try {
            Path target = Files.createTempDirectory("esafety-candidate-rules");
            target.toFile().deleteOnExit();
            System.setProperty("esafety.test.candidate-rules", target.toString());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        reset();
    }
}
