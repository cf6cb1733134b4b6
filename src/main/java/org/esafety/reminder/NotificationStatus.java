package org.esafety.reminder;

/**
 * PENDING until an instance claims it (SENDING, under a lease); then DELIVERED, or PENDING again for a
 * retry, or FAILED after the last attempt; CANCELLED when the action was no longer OPEN at sending time.
 */
public enum NotificationStatus { PENDING, SENDING, DELIVERED, FAILED, CANCELLED }
