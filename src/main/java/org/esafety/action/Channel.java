package org.esafety.action;

/** How a role is told; NONE records that the role had no inbox, so the next role was told instead. */
public enum Channel { EMAIL, WEBHOOK, NONE }
