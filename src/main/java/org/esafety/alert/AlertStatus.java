package org.esafety.alert;

/** Where an alert stands in the triage tray: waiting, made an incident, or dismissed with a reason. */
public enum AlertStatus { NEW, PROMOTED, DISMISSED }
