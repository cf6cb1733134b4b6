package org.esafety.impact;

/**
 * The optional body of {@code POST /api/admin/rules/impact}: one school, and a period of {@code reportedAt}
 * ({@code from} inclusive, {@code to} exclusive; each an instant, or a date meaning that whole day in England, the
 * {@code to} day included). All absent: every stored incident.
 */
public record ImpactRequest(String schoolId, String from, String to) {

    static final ImpactRequest EVERYTHING = new ImpactRequest(null, null, null);
}
