package org.esafety.policy;


/** The settings of the school profile (decision-table §7) that change decisions. */
public record SchoolPolicy(
        boolean headteacherIsDsl,
        DslReportDeadline dslReportDeadline,
        NudesPolicy nudesPolicy,
        StaffAllegations staffAllegations,
        HeadteacherConcerns headteacherConcerns) {
}
