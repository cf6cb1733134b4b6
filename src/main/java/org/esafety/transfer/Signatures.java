package org.esafety.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Json;
import org.esafety.common.Sha256;

/** Signs the files of a child's file and checks an archive's signature ({@code POST /api/transfer/verification}). */
@ApplicationScoped
public class Signatures {

    /** The answer of a verification: whether the archive is intact and signed with this service's key. */
    public record Verification(boolean valid, String keyId, List<FileCheck> files, String reason) {
    }

    /** One file of the archive: its SHA-256 as found, as signed, and whether they agree. */
    public record FileCheck(String name, String sha256, String signedSha256, boolean matches) {
    }

    private final SigningKey key;

    public Signatures(SigningKey key) {
        this.key = key;
    }

    /** The signature of {@code files} (name → bytes). */
    Signature sign(Map<String, byte[]> files) {
        Map<String, String> hashes = hashes(files);
        return new Signature(SigningKey.ALGORITHM, key.id(),
                hashes.entrySet().stream().map(e -> new Signature.FileHash(e.getKey(), e.getValue())).toList(),
                Signature.CANONICAL, key.mac(Signature.canonicalText(hashes)));
    }

    /** Checks an archive as a receiving school has it; a body that is no ZIP archive is refused (400). */
    public Verification verify(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>(Archive.unzip(archive));
        byte[] signed = files.remove(Archive.SIGNATURE);
        Map<String, String> actual = hashes(files);
        if (signed == null) {
            return new Verification(false, null, checks(actual, Map.of()), "the archive holds no signature.json");
        }
        Signature signature;
        try {
            signature = Json.readStored(new String(signed, StandardCharsets.UTF_8), Signature.class);
        } catch (IllegalStateException e) {
            return new Verification(false, null, checks(actual, Map.of()), "signature.json cannot be read");
        }
        Map<String, String> listed = signature.files() == null ? Map.of() : signature.hashes();
        List<FileCheck> checks = checks(actual, listed);
        String reason = !SigningKey.ALGORITHM.equals(signature.algorithm()) ? "the algorithm is not HMAC-SHA256"
                : !actual.keySet().equals(listed.keySet()) ? "the archive's files are not those signed"
                : checks.stream().anyMatch(c -> !c.matches()) ? "a file was changed after it was signed"
                : !key.id().equals(signature.keyId()) ? "signed with another key than this service's"
                : !key.verifies(Signature.canonicalText(actual), signature.mac())
                        ? "the signature does not match the files" : null;
        return new Verification(reason == null, signature.keyId(), checks, reason);
    }

    private static List<FileCheck> checks(Map<String, String> actual, Map<String, String> listed) {
        Map<String, String> names = new TreeMap<>(actual);
        listed.keySet().forEach(n -> names.putIfAbsent(n, null));
        List<FileCheck> checks = new ArrayList<>();
        names.forEach((name, sha) -> checks.add(new FileCheck(name, sha, listed.get(name),
                sha != null && Objects.equals(sha, listed.get(name)))));
        return checks;
    }

    private static Map<String, String> hashes(Map<String, byte[]> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
        return hashes;
    }
}
