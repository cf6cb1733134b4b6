package org.esafety.common;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** The where-clause of a list query: each optional filter adds its condition only when it was given. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} with its one named parameter, unless {@code value} is null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds {@code condition} with the parameters it names, unconditionally. */
    public Where and(String condition, Parameters named) {
        conditions.add(condition);
        named.map().forEach(parameters::and);
        return this;
    }

    /** The conditions joined with {@code and}; {@code 1 = 1} when there are none. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
