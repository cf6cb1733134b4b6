package org.esafety.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the signing key comes from: the configured one; else, beside an H2 file database, a generated key file
 * (0600) kept across restarts; else none, and the export is refused rather than signed with a key nobody keeps.
 * Plain JUnit.
 */
class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToSignWithoutAConfiguredKeyWhenTheDatabaseIsNotTheEmbeddedOne() {
        SigningKey none = new SigningKey(Optional.empty(), Optional.empty());
        SigningKeyMissingException e = assertThrows(SigningKeyMissingException.class, () -> none.mac("x"));
        assertTrue(e.getMessage().contains("esafety.transfer.signing-key"), e.getMessage());
        assertThrows(SigningKeyMissingException.class,
                () -> new SigningKey(Optional.of("too-short"), Optional.empty()).mac("x"));
    }

    @Test
    void shouldGenerateAnOwnerOnlyKeyFileBesideTheDatabaseAndKeepIt() throws IOException {
        String mac = new SigningKey(Optional.empty(), Optional.of(dir)).mac("file");
        Path file = dir.resolve(SigningKey.FILE_NAME);
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(mac, new SigningKey(Optional.empty(), Optional.of(dir)).mac("file"), "the same key after a restart");
        assertNotEquals(mac, new SigningKey(Optional.of("a-configured-key-of-more-than-32-chars"), Optional.of(dir))
                .mac("file"), "a configured key wins over the file");
    }

    @Test
    void shouldVerifyWhatItSignedAndNothingElse() {
        Signatures signatures = new Signatures(new SigningKey(Optional.of("k".repeat(40)), Optional.empty()));
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(Map.of("file.json", "{}".getBytes(),
                "file.pdf", "%PDF".getBytes()));
        Signature signature = signatures.sign(files);
        files.put(Archive.SIGNATURE, org.esafety.common.Json.write(signature).getBytes());
        assertTrue(signatures.verify(Archive.zip(files)).valid());

        files.put("extra.txt", "x".getBytes());
        Signatures.Verification extra = signatures.verify(Archive.zip(files));
        assertEquals("the archive's files are not those signed", extra.reason());
        files.remove("extra.txt");

        Signatures other = new Signatures(new SigningKey(Optional.of("o".repeat(40)), Optional.empty()));
        assertEquals("signed with another key than this service's", other.verify(Archive.zip(files)).reason());
    }
}
