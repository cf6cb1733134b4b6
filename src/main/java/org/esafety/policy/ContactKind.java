package org.esafety.policy;

/**
 * Which of the school profile's contacts belongs with an action (decision-table §7), named in the action
 * catalogue by {@link #key()}: {@code contact: lado}.
 */
public enum ContactKind {
    POLICE("police"),
    LADO("lado"),
    CHILDRENS_SOCIAL_CARE("childrensSocialCare"),
    LOCAL_AUTHORITY("localAuthority"),
    HELPLINE("helpline"),
    FILTERING_PROVIDER("filteringProvider");

    private final String key;

    ContactKind(String key) {
        this.key = key;
    }

    /** The name the catalogue and the school profile use. */
    public String key() {
        return key;
    }

    /** The kind named {@code key}, or null when no contact has that name. */
    public static ContactKind byKey(String key) {
        for (ContactKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
