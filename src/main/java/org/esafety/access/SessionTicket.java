package org.esafety.access;

import java.util.Optional;

/**
 * What a staff session cookie holds besides its idle expiry: the user, the generation of the user's sessions it
 * belongs to and when the person signed in. Quarkus's form login encrypts and authenticates the cookie (AES-GCM with
 * the session key) around the identity's principal name, so the ticket is that name: {@code user:jo|3|1767225600000}.
 * User names never contain {@code |} (Grants), and the ticket is read from the right.
 */
record SessionTicket(String username, int generation, long issuedAtMillis) {

    private static final String PREFIX = "user:";
    private static final char SEPARATOR = '|';

    String encode() {
        return PREFIX + username + SEPARATOR + generation + SEPARATOR + issuedAtMillis;
    }

    /** The ticket in a restored principal name; empty for anything else (such as a cookie made before tickets). */
    static Optional<SessionTicket> parse(String principalName) {
        if (principalName == null || !principalName.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int last = principalName.lastIndexOf(SEPARATOR);
        int middle = last < 0 ? -1 : principalName.lastIndexOf(SEPARATOR, last - 1);
        if (middle <= PREFIX.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionTicket(principalName.substring(PREFIX.length(), middle),
                    Integer.parseInt(principalName.substring(middle + 1, last)),
                    Long.parseLong(principalName.substring(last + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
