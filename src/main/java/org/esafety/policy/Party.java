package org.esafety.policy;


/**
 * One party of the incident as the rules see it: role, kind, job, age and (v6) whether a supply agency or a contractor
 * employs it, never a name or reference.
 */
public record Party(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age, Boolean agencyOrContractor) {

    /** A party no agency or contractor is known to employ. */
    public Party(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age) {
        this(role, kind, staffRole, age, null);
    }

    /** (v6) A STAFF or VISITOR party employed by a supply agency or a contractor, not by the school. */
    public boolean suppliedByAgencyOrContractor() {
        return Boolean.TRUE.equals(agencyOrContractor) && (kind == PartyKind.STAFF || kind == PartyKind.VISITOR);
    }

    /** An unknown external contact or (v6) a known other adult. */
    public boolean isOutsider() {
        return kind.isOutsider();
    }

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

    public Boolean getAgencyOrContractor() {
        return agencyOrContractor;
    }
}
