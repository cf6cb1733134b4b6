package org.esafety.incident;

import java.util.regex.Pattern;

/**
 * How an auditor reads staff's free text (notes, rationales, case notes, reasons) without names: a writer marks each
 * name or identifying detail in double square brackets — "Spoke to [[Mrs Khan]], the parent" — and an auditor sees
 * "Spoke to [redacted], the parent". Text with no marker is withheld from auditors altogether: nobody judged it
 * safe to share.
 */
public final class Redaction {

    /** What an auditor sees in place of text nobody marked for auditors. */
    public static final String WITHHELD = "[withheld: not marked for auditors]";
    private static final Pattern MARKED = Pattern.compile("\\[\\[[^\\]]*\\]\\]");

    private Redaction() {
    }

    /** The text as an auditor may read it; null stays null. */
    public static String forAuditors(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return MARKED.matcher(text).find() ? MARKED.matcher(text).replaceAll("[redacted]") : WITHHELD;
    }
}
