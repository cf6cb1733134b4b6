package org.esafety.policy;


/** One party of the incident as the rules see it: role, kind, job and age, never a name or reference. */
public record Party(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age) {

    /** Any kind but CHILD, and a CHILD aged 18 or over; an unknown external contact counts as an adult. */
    public boolean isAdult() {
        return kind != PartyKind.CHILD || (age != null && age >= 18);
    }

    /** A CHILD whose known age is under 13; an unknown age is not under 13. */
    public boolean isUnder13() {
        return kind == PartyKind.CHILD && age != null && age < 13;
    }

    /** A CHILD whose known age is under 10, the age of criminal responsibility. */
    public boolean isUnderCriminalAge() {
        return kind == PartyKind.CHILD && age != null && age < 10;
    }

    // Getter-style accessors so that constraints read `adult == true` in any Drools dialect.
    public PartyRole getRole() {
        return role;
    }

    public PartyKind getKind() {
        return kind;
    }

    public StaffRole getStaffRole() {
        return staffRole;
    }

    public Integer getAge() {
        return age;
    }
}
