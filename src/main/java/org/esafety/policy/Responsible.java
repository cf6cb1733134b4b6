package org.esafety.policy;

/** Who must act (decision-table §1); the school profile names the inbox behind each role. */
public enum Responsible {
    REPORTER, DSL, DEPUTY_DSL, HEADTEACHER, CHAIR_OF_GOVERNORS, IT_SUPPORT, CLASS_TEACHER,
    DATA_PROTECTION_OFFICER, HOST_STAFF
}
