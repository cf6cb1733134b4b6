package org.esafety.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What a packaged-instance test saw, printed and appended to target/it-logs/summary.txt for the report. */
public final class Summary {

    private Summary() {
    }

    public static void report(String test, String format, Object... args) {
        String line = test + ": " + String.format(format, args);
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target", "it-logs"));
            Files.writeString(Path.of("target", "it-logs", "summary.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
