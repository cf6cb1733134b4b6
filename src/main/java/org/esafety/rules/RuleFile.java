package org.esafety.rules;

/** One loaded file of the rules folder: its name in the flat folder, its SHA-256 and its text exactly as loaded. */
public record RuleFile(String name, String sha256, String text) {

    /** {@code name:line} of the first line that starts with {@code key:} (a YAML key), or the name alone. */
    public String locate(String key) {
        return locateText(key + ":", true);
    }

    /** {@code name:line} of the first line that contains {@code text}, or the name alone. */
    public String locateText(String text) {
        return locateText(text, false);
    }

    private String locateText(String needle, boolean atStart) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (atStart ? lines[i].strip().startsWith(needle) : lines[i].contains(needle)) {
                return name + ":" + (i + 1);
            }
        }
        return name;
    }
}
