package org.esafety.transfer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code signature.json}: the SHA-256 of each file of the archive and an HMAC-SHA256, under the key {@code keyId}
 * names, over the canonical list of them — the lines {@code sha256sum} prints for the files in name order
 * ({@code "<sha256>  <name>\n"}), so that {@code sha256sum file.json file.pdf | openssl dgst -sha256 -hmac KEY}
 * recomputes {@code mac}.
 */
public record Signature(String algorithm, String keyId, List<FileHash> files, String canonical, String mac) {

    /** How {@code mac} is computed, for whoever checks it without this service. */
    static final String CANONICAL = "sha256sum lines \"<sha256>  <name>\\n\" of the files in name order";

    /** One file and its SHA-256 (lower-case hex). */
    public record FileHash(String name, String sha256) {
    }

    /** The text the MAC covers, for files named with their hashes. */
    static String canonicalText(Map<String, String> sha256ByName) {
        return new TreeMap<>(sha256ByName).entrySet().stream().map(e -> e.getValue() + "  " + e.getKey() + "\n")
                .collect(Collectors.joining());
    }

    Map<String, String> hashes() {
        return files.stream().collect(Collectors.toMap(FileHash::name, FileHash::sha256, (a, b) -> a, TreeMap::new));
    }
}
