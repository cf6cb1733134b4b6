package org.esafety.policy;

/** What happened (decision-table §1). The legality each implies is decided by the rules, not here. */
public enum Category {
    CHILD_SEXUAL_ABUSE_IMAGERY(true),
    SHARING_NUDES(true),
    GROOMING_OR_SEXUAL_EXPLOITATION(true),
    EXTREMIST_MATERIAL(true),
    HATE_MATERIAL(true),
    ADULT_PORNOGRAPHY(true),
    SELF_HARM_CONTENT(true),
    CYBERBULLYING(true),
    ONLINE_SEXUAL_HARASSMENT(true),
    UNAUTHORISED_ACCOUNT_ACCESS(false),
    PASSWORD_SHARING(false),
    FILTER_CIRCUMVENTION(false),
    PERSONAL_DEVICE_MISUSE(false),
    NON_EDUCATIONAL_USE(false),
    COPYRIGHT_INFRINGEMENT(false),
    PERSONAL_DATA_BREACH(false),
    INAPPROPRIATE_COMMUNICATION(true),
    OFFENSIVE_MESSAGE(true),
    UNSUITABLE_CONTENT(true),
    OTHER(true);

    private final boolean safeguarding;

    Category(boolean safeguarding) {
        this.safeguarding = safeguarding;
    }

    /** A safeguarding category is about a child's safety; the others are conduct categories. */
    public boolean isSafeguarding() {
        return safeguarding;
    }

    public boolean isConduct() {
        return !safeguarding;
    }
}
