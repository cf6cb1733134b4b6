package org.esafety.common;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A set of role names stored in one text column as {@code ",DSL,HEADTEACHER,"} (sorted, wrapped in commas) so that a
 * query can leave out the rows a role may not see with {@code column not like '%,DSL,%'}.
 */
public final class RoleList {

    private RoleList() {
    }

    /** The column value for these roles; null for none. */
    public static String format(Collection<? extends Enum<?>> roles) {
        return roles == null || roles.isEmpty() ? null
                : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
    }

    /** The like-pattern that matches a column holding {@code role}. */
    public static String pattern(String role) {
        return "%," + role + ",%";
    }
}
