package org.esafety.policy;

/** How fast a concern reaches the DSL (decision-table §3.1). */
public enum DslReportDeadline { IMMEDIATE, SAME_DAY }
