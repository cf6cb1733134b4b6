package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, finding 2: the embedded default's key, generated on first start into a file only the service's user
 * may read, and the same on every later start (so sessions survive a restart and no temporary key is invented).
 */
class GeneratedSessionKeyTest {

    @TempDir
    Path data;

    @Test
    void shouldGenerateTheKeyOnceInAnOwnerOnlyFileAndReuseItOnTheNextStart() throws Exception {
        Path file = data.resolve("data").resolve(GeneratedSessionKey.FILE_NAME);
        String first = new GeneratedSessionKey.Source(file).getValue(GeneratedSessionKey.PROPERTY);

        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(43, first.length(), "32 random bytes, base64url");
        assertEquals(Optional.empty(), SessionKeyCheck.problem(Optional.of(first)), "the check accepts it");

        String restarted = new GeneratedSessionKey.Source(file).getValue(GeneratedSessionKey.PROPERTY);
        assertEquals(first, restarted, "a later start reuses the key");
        assertEquals(first, Files.readString(file).strip());
        assertNull(new GeneratedSessionKey.Source(file).getValue("quarkus.http.auth.session.encryption-key"),
                "the source holds only its own property");
    }

    @Test
    void shouldTightenAKeyFileOthersCouldRead() throws Exception {
        Path file = data.resolve(GeneratedSessionKey.FILE_NAME);
        Files.writeString(file, "Qm9vayBvZiBLZWxscyAtIGEgMzIrIGNoYXIga2V5\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("Qm9vayBvZiBLZWxscyAtIGEgMzIrIGNoYXIga2V5",
                new GeneratedSessionKey.Source(file).getValue(GeneratedSessionKey.PROPERTY));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void shouldKeepTheKeyBesideAnH2FileDatabaseOnly() {
        assertEquals(Optional.of(Path.of("./data")),
                GeneratedSessionKey.dataFolder("jdbc:h2:file:./data/esafety;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(Optional.of(Path.of("/var/lib/esafety")),
                GeneratedSessionKey.dataFolder("jdbc:h2:file:/var/lib/esafety/db"));
        assertEquals(Optional.empty(), GeneratedSessionKey.dataFolder("jdbc:h2:mem:esafety;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), GeneratedSessionKey.dataFolder("jdbc:postgresql://db:5432/esafety"));
        assertEquals(Optional.empty(), GeneratedSessionKey.dataFolder(null));
    }
}
