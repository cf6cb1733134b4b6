package org.esafety.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service whose rules folder is a scratch copy of {@code rules/} that a test edits as an operator would, then
 * reloads; H2 in a database of its own. {@link #folder()} is the copy; {@link #restore()} puts the shipped files back.
 */
public class ScratchRules implements QuarkusTestProfile {

    private static final Path SOURCE = Path.of(System.getProperty("esafety.rules.dir", "rules"));
    private static final Path FOLDER = copy();

    public static Path folder() {
        return FOLDER;
    }

    /** The shipped files again, byte for byte. */
    public static void restore() {
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, FOLDER.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in one file of the copy; the text must be there. */
    public static void edit(String file, String from, String to) {
        try {
            String text = Files.readString(FOLDER.resolve(file));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no " + from);
            }
            Files.writeString(FOLDER.resolve(file), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(Map.of("esafety.rules.dir", FOLDER.toString()));
        if (!"test-pg".equals(System.getProperty("quarkus.test.profile"))) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:esafety-scratch-rules;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    /**
     * Made once per JVM: the profile and the test class are loaded by different class loaders, so the path is
     * shared through a system property.
     */
    private static synchronized Path copy() {
        String made = System.getProperty("esafety.test.scratch-rules");
        if (made != null) {
            return Path.of(made);
        }
        try {
            Path target = Files.createTempDirectory("esafety-scratch-rules");
            target.toFile().deleteOnExit();
            try (Stream<Path> files = Files.list(SOURCE)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                    target.resolve(file.getFileName()).toFile().deleteOnExit();
                }
            }
            System.setProperty("esafety.test.scratch-rules", target.toString());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
