package org.esafety.common;

import java.sql.SQLException;

/** Recognises the database's answer to a second row under a unique key (SQLSTATE 23505 on H2 and PostgreSQL). */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
