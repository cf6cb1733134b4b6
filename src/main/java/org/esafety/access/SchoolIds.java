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

    static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
