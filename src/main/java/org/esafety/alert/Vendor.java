package org.esafety.alert;

/** The products whose alerts come in, each through its own adapter (docs/alert-mappings.md). */
public enum Vendor {
    /** Smoothwall (Qoria) Monitor: moderated events, risk level 1 to 5. */
    MONITOR,
    /** Senso: violations with a severity LOW, MEDIUM, HIGH, URGENT or CRITICAL. */
    SENSO,
    /** Any other product, in the service's own documented shape. */
    GENERIC;

    /** How the path and the incident's source name it: "monitor", "senso", "generic". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
