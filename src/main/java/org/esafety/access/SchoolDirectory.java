package org.esafety.access;

import java.util.Set;

/**
 * The configured schools, as granting access needs to know them: which ids exist. The school package provides
 * it (its registry of profiles); access depends on nothing but this.
 */
public interface SchoolDirectory {

    /** Whether a school with this id is configured. */
    boolean exists(String schoolId);

    /** Every configured school's id. */
    Set<String> ids();
}
