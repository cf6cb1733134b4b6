package org.esafety.incident;

/** The DSL's judgement of legality, sent by reassessment. */
public enum DslAssessment { ILLEGAL, INAPPROPRIATE }
