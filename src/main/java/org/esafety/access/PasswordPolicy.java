package org.esafety.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.StandardDictionaries;

/**
 * What a password must be (issue 17, finding 10): at least 12 characters of content — not counting spaces at its
 * ends, a character repeated straight after itself, or the user name anywhere in it — and not one of the 30,000
 * passwords most common in public breaches (the list zxcvbn4j ships), whatever its case and whatever digits or
 * symbols are stuck on its ends ("Password1234!" is "password"). The answer says what is wrong, never the password.
 */
final class PasswordPolicy {

    static final int MIN_CONTENT = 12;
    static final int MAX_LENGTH = 1024;

    private static final Pattern ENDS = Pattern.compile("^[\\p{Punct}\\p{N}\\s]+|[\\p{Punct}\\p{N}\\s]+$");
    private static final Map<String, Integer> BREACHED = load();

    private PasswordPolicy() {
    }

    /** What is wrong with this password for this user, or empty when it will do. */
    static Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("required: at least " + MIN_CONTENT + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        if (content(password, username) < MIN_CONTENT) {
            return Optional.of("at least " + MIN_CONTENT + " characters of its own: spaces at the ends, a character "
                    + "repeated straight after itself and the user name do not count");
        }
        if (breached(password)) {
            return Optional.of("one of the passwords most often found in breaches: choose another (a few unrelated "
                    + "words make a good one)");
        }
        return Optional.empty();
    }

    static boolean breached(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = ENDS.matcher(lower).replaceAll("");
        return BREACHED.containsKey(lower) || BREACHED.containsKey(lower.strip()) || (!core.isEmpty() && BREACHED.containsKey(core));
    }

    /** The characters that count: the password without its end spaces, the user name, and immediate repeats. */
    static int content(String password, String username) {
        String rest = password.strip();
        if (username != null && !username.isBlank()) {
            rest = Pattern.compile(Pattern.quote(username), Pattern.CASE_INSENSITIVE).matcher(rest).replaceAll("");
        }
        int count = 0;
        int previous = -1;
        for (int i = 0; i < rest.length(); ) {
            int c = rest.codePointAt(i);
            if (c != previous) {
                count++;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return count;
    }

    private static Map<String, Integer> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's list of common passwords is part of its jar", e);
        }
    }
}
