package org.esafety.rules;

/** One loaded rule file: its name in the flat rules folder, its SHA-256 and its text exactly as loaded. */
public record RuleFile(String name, String sha256, String text) {
}
