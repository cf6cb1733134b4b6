package org.esafety.policy;

/** The DSL's judgement of legality, sent by reassessment. */
public enum DslAssessment { ILLEGAL, INAPPROPRIATE }
