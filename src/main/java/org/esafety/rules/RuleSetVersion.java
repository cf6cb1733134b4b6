package org.esafety.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.esafety.common.Sha256;

/**
 * The rule-set version of api.md: SHA-256 over every file of the rules folder (the rules, the action
 * catalogue, the escalation chain and the rest) sorted by path relative to the folder, each contributing its
 * path, a newline, its bytes and a newline. Any edit to the folder is a new version.
 */
final class RuleSetVersion {

    private RuleSetVersion() {
    }

    static String of(List<RuleFile> files) {
        MessageDigest digest = Sha256.digest();
        files.stream().sorted(Comparator.comparing(RuleFile::name)).forEach(f -> {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(f.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        });
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

}
