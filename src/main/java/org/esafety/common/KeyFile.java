package org.esafety.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A secret kept in a file only its owner may read (mode 0600): read if the file exists, otherwise 32 random bytes
 * (base64url, 43 characters) are written to a new file first. The secret itself is never logged.
 */
public final class KeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The shortest secret accepted. */
    public static final int MIN_LENGTH = 32;
    /** Placeholders shipped in earlier compose files and examples: a key containing one of these is refused. */
    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "change_me", "replace-me",
            "your-key", "secret-key-here", "random-characters");

    private KeyFile() {
    }

    /** The secret in {@code file}, created (with its folder) on first use. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            restrict(file);
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.length() < 32) {
                throw new IllegalStateException("The key file " + file + " holds fewer than 32 characters: "
                        + "delete it to have a new key generated, or put a longer one in it");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " cannot be read or written", e);
        }
    }

    /**
     * Why {@code key} is not a secret anyone could rely on, if it is not: shorter than {@value #MIN_LENGTH}
     * characters, a published placeholder, or too few distinct characters. The answer never quotes the key.
     */
    public static Optional<String> weakness(String key) {
        String k = key.strip();
        if (k.length() < MIN_LENGTH) {
            return Optional.of("has fewer than " + MIN_LENGTH + " characters");
        }
        String lower = k.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            return Optional.of("is a published placeholder");
        }
        if (k.chars().distinct().count() < 8) {
            return Optional.of("repeats too few characters to be random");
        }
        return Optional.empty();
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".key", ".tmp");
        try {
            restrict(temp);
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Files.writeString(temp, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            // Another process created it meanwhile: its key is the one to use.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Owner read and write only, where the file system knows POSIX permissions. */
    private static void restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
