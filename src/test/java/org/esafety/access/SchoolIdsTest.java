package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A principal's stored schools: the membership test the access lists use agrees with the parsed set. Plain JUnit. */
class SchoolIdsTest {

    @Test
    void shouldFindOnlyWholeSchoolIds() {
        String stored = SchoolIds.format(List.of("clifton-high", "clifton-primary", "offord-primary"));
        assertTrue(SchoolIds.holds(stored, "clifton-high"));
        assertTrue(SchoolIds.holds(stored, "clifton-primary"));
        assertTrue(SchoolIds.holds(stored, "offord-primary"));
        assertFalse(SchoolIds.holds(stored, "clifton"), "a prefix of an id is not the id");
        assertFalse(SchoolIds.holds(stored, "primary"), "a suffix of an id is not the id");
        assertFalse(SchoolIds.holds(stored, "high clifton"), "two ids' ends are not an id");
        assertFalse(SchoolIds.holds(stored, ""));
        assertFalse(SchoolIds.holds(null, "clifton-high"));
        assertFalse(SchoolIds.holds(stored, null));
    }

    @Test
    void shouldAgreeWithTheParsedSetForEveryIdAndItsNeighbours() {
        Set<String> ids = Set.of("s1", "s10", "s100", "a-s1", "s1-b");
        String stored = SchoolIds.format(ids);
        for (String candidate : List.of("s1", "s10", "s100", "s1000", "a-s1", "s1-b", "a", "b", "s", "0")) {
            assertEquals(SchoolIds.parse(stored).contains(candidate), SchoolIds.holds(stored, candidate), candidate);
        }
    }
}
