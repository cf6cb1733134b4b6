package org.esafety.policy;

/** Whether concerns about staff follow the harm threshold or always go to the LADO (§3.5). */
public enum StaffAllegations { HARM_THRESHOLD, ALWAYS_LADO }
