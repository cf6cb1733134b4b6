package org.esafety.api;

/** Describes a failure for the log without its messages, which may quote personal data from a request. */
final class Failures {

    private Failures() {
    }

    /** A change lost an optimistic-locking race: the client may read again and retry. */
    static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            // A unique key lost to a concurrent writer (23505), or a serialisation failure (40001).
            if (t instanceof java.sql.SQLException sql
                    && ("23505".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                out.append(" at ").append(trace[0]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
