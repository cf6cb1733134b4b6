package org.esafety.policy;

/** The job a STAFF party holds, so that no action of their own case is given to them (§3.5). */
public enum StaffRole { DSL, DEPUTY_DSL, IT_SUPPORT, CLASS_TEACHER, DATA_PROTECTION_OFFICER }
