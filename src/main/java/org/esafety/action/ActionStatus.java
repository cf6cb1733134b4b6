package org.esafety.action;

/** OPEN until completed (DONE), declined with a rationale (NOT_REQUIRED) or no longer required (SUPERSEDED). */
public enum ActionStatus { OPEN, DONE, NOT_REQUIRED, SUPERSEDED }
