package org.esafety.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, finding 4: the audit trail's key lives outside the database, like the session key — configured, or
 * generated beside the embedded H2 database (0600); a short or placeholder key, or none on another database, stops
 * the start-up without quoting the key; after a rotation the previous keys still verify older entries. Plain JUnit.
 */
class AuditKeysTest {

    private static final String OLD = "Qm9vayBvZiBLZWxscyAtIGEgMzIrIGNoYXIga2V5";
    private static final String NEW = "q3Vx8kLm2Pz7RtY1wN5bC9dF4gH6jK0sAbCdEf";

    @TempDir
    Path dir;

    @Test
    void shouldGenerateAnOwnerOnlyKeyBesideTheEmbeddedDatabaseAndKeepIt() throws IOException {
        AuditKeys first = new AuditKeys(Optional.empty(), List.of(), Optional.of(dir));
        first.onStart(null);
        Path file = dir.resolve(AuditKeys.FILE_NAME);
        assertTrue(Files.exists(file), "generated on first start");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AuditKeys restarted = new AuditKeys(Optional.empty(), List.of(), Optional.of(dir));
        assertEquals(first.currentId(), restarted.currentId(), "the same key after a restart");
        assertEquals(first.mac("entry"), restarted.mac("entry"));
        assertNotEquals(first.currentId(), new AuditKeys(Optional.of(NEW), List.of(), Optional.of(dir)).currentId(),
                "a configured key wins over the file");
    }

    @Test
    void shouldRefuseToStartWithoutAKeyOrWithAWeakOneNamingTheVariableNotTheKey() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> new AuditKeys(Optional.empty(), List.of(), Optional.empty()).onStart(null));
        assertTrue(none.getMessage().contains("ESAFETY_AUDIT_KEY"), none.getMessage());
        for (String weak : List.of("too-short-0123456789", "change-me-to-at-least-32-random-characters", "x".repeat(40))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new AuditKeys(Optional.of(weak), List.of(), Optional.of(dir)).onStart(null));
            assertTrue(refused.getMessage().contains("ESAFETY_AUDIT_KEY"), refused.getMessage());
            assertFalse(refused.getMessage().contains(weak), "the message must not repeat the key");
        }
        assertThrows(IllegalStateException.class,
                () -> new AuditKeys(Optional.of(NEW), List.of("short"), Optional.empty()).onStart(null));
        assertFalse(Files.exists(dir.resolve(AuditKeys.FILE_NAME)), "a configured key never writes a file");
    }

    @Test
    void shouldVerifyEntriesOfAPreviousKeyAfterARotationAndMakeNewOnesWithTheNewKey() {
        AuditKeys before = new AuditKeys(Optional.of(OLD), List.of(), Optional.empty());
        String oldId = before.currentId();
        String oldMac = before.mac("an entry");

        AuditKeys rotated = new AuditKeys(Optional.of(NEW), List.of(OLD), Optional.empty());
        AuditKeys forgotten = new AuditKeys(Optional.of(NEW), List.of(), Optional.empty());

        assertNotEquals(oldId, rotated.currentId());
        assertTrue(rotated.verifies(oldId, "an entry", oldMac), "an old entry verifies with the previous key");
        assertFalse(rotated.verifies(oldId, "another entry", oldMac), "but only its own content");
        assertFalse(rotated.verifies(rotated.currentId(), "an entry", oldMac), "not under the new key");
        assertTrue(rotated.verifies(rotated.currentId(), "an entry", rotated.mac("an entry")));
        assertFalse(forgotten.knows(oldId), "without previous-keys the old key is unknown");
        assertTrue(oldId.matches("[0-9a-f]{16}") && !OLD.contains(oldId), "the id names the key without revealing it");
    }
}
