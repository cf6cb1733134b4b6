package org.esafety.action;

import java.time.Instant;
import java.util.Comparator;

/** Something placed in an incident's action order: by band, then due instant, then code (decision-table §2). */
public interface Ranked {

    Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::band)
            .thenComparing(Ranked::dueAt)
            .thenComparing(Ranked::code);

    int band();

    Instant dueAt();

    String code();
}
