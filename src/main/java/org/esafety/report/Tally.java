package org.esafety.report;

/**
 * What became of the actions of one code required for the period's incidents: open (and of those overdue), done
 * (on time or late, with the agency's reference or without), declined (NOT_REQUIRED; late when recorded after the
 * deadline) and superseded. "When" is when it really happened ({@code actedAt}) if the recorder gave it, else when
 * it was recorded.
 */
public record Tally(String code, String title, long total, long open, long overdue, long done, long doneOnTime,
                    long doneLate, long withExternalReference, long declined, long declinedLate, long superseded) {

    /** From one row of {@link SummaryQueries#tallies}: open, overdue, done, done late, with reference, declined, declined late, superseded. */
    static Tally of(String code, String title, long[] n) {
        long total = n[0] + n[2] + n[5] + n[7];
        return new Tally(code, title, total, n[0], n[1], n[2], n[2] - n[3], n[3], n[4], n[5], n[6], n[7]);
    }

    static Tally none(String code, String title) {
        return of(code, title, new long[8]);
    }

    long late() {
        return doneLate + declinedLate;
    }
}
