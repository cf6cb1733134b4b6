package org.esafety.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants are stored to the microsecond, the precision H2 and PostgreSQL share. */
public final class Instants {

    private Instants() {
    }

    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
