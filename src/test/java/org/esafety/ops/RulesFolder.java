package org.esafety.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/** A scratch copy of rules/ that packaged instances share and a test changes, as an operator would. */
final class RulesFolder implements AutoCloseable {

    private final Path path;

    private RulesFolder(Path path) {
        this.path = path;
    }

    static RulesFolder copyOf(Path source) throws IOException {
        Path target = Files.createTempDirectory("esafety-it-rules");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return new RulesFolder(target);
    }

    Path path() {
        return path;
    }

    void append(String file, String text) throws IOException {
        Files.writeString(path.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    void write(String file, String text) throws IOException {
        Files.writeString(path.resolve(file), text, StandardCharsets.UTF_8);
    }

    void delete(String file) throws IOException {
        Files.deleteIfExists(path.resolve(file));
    }

    /** api.md's version: SHA-256 over every file of the folder sorted by name, each as name, newline, bytes, newline. */
    String version() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                digest.update(Files.readAllBytes(file));
                digest.update((byte) '\n');
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
