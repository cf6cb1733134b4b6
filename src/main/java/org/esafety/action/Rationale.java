package org.esafety.action;

/**
 * A decision not to act must say why, in words another professional can check (KCSIE: record decisions and the
 * reasons for them). The rule: at least two words and at least ten letters or digits, so "." or "n/a" or "no" is
 * refused while "Police advised no offence" is accepted.
 */
public final class Rationale {

    static final String RULE = "a decision not to act needs its rationale in words: at least two words and ten letters"
            + " or digits (e.g. \"Police advised no offence, ref 123\")";

    private Rationale() {
    }

    public static boolean substantial(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        long alphanumerics = stripped.codePoints().filter(Character::isLetterOrDigit).count();
        long words = stripped.split("\\s+").length;
        return alphanumerics >= 10 && words >= 2;
    }
}
