package org.esafety.policy;

/** The engine's conclusion on legality; a higher rank is more serious. */
public enum Legality {
    INAPPROPRIATE(0), UNCERTAIN(1), ILLEGAL(2);

    private final int rank;

    Legality(int rank) {
        this.rank = rank;
    }

    public int getRank() {
        return rank;
    }
}
