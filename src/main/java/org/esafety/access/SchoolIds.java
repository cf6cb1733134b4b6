package org.esafety.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A principal's schools as stored: a sorted, space-separated list of school ids. */
final class SchoolIds {

    private SchoolIds() {
    }

    static String format(Collection<String> ids) {
        return String.join(" ", new TreeSet<>(ids));
    }

    /** Whether the stored list holds {@code schoolId}, without making a set of a list that may hold hundreds. */
    static boolean holds(String stored, String schoolId) {
        if (stored == null || schoolId == null || schoolId.isEmpty()) {
            return false;
        }
        int from = 0;
        while ((from = stored.indexOf(schoolId, from)) >= 0) {
            int end = from + schoolId.length();
            boolean starts = from == 0 || Character.isWhitespace(stored.charAt(from - 1));
            boolean ends = end == stored.length() || Character.isWhitespace(stored.charAt(end));
            if (starts && ends) {
                return true;
            }
            from = end;
        }
        return false;
    }

    static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
