package org.esafety.rules.facts;

import org.esafety.school.DslReportDeadline;
import org.esafety.school.HeadteacherConcerns;
import org.esafety.school.NudesPolicy;
import org.esafety.school.StaffAllegations;

/** The settings of the school profile (decision-table §7) that change decisions. */
public record SchoolPolicy(
        boolean headteacherIsDsl,
        DslReportDeadline dslReportDeadline,
        NudesPolicy nudesPolicy,
        StaffAllegations staffAllegations,
        HeadteacherConcerns headteacherConcerns) {
}
