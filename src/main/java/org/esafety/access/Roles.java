package org.esafety.access;

import java.util.List;
import java.util.Set;

/**
 * The five roles of the access model. A principal holds one (an OIDC token may carry several); what each
 * may do is the role × endpoint matrix in the README, enforced by {@code @RolesAllowed} on the resources.
 */
public final class Roles {

    /** A school system or staff member: reports incidents and dry runs, reads what it reported. */
    public static final String REPORTER = "reporter";
    /** The school's safeguarding staff: everything a reporter may, plus every incident and action of its schools. */
    public static final String DSL = "dsl";
    /** Governors, the local authority, inspectors: rules, evaluations, audit, and incidents without personal data. */
    public static final String AUDITOR = "auditor";
    /** Users, API keys, school bindings and rule reloads. */
    public static final String ADMIN = "admin";
    /**
     * A filtering or monitoring product (issue 19): posts its alerts to {@code /api/alerts/{vendor}} for the schools
     * its API key is bound to, and nothing else. Only API keys hold it.
     */
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(REPORTER, DSL, AUDITOR, ADMIN, INTEGRATION);

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }

    /**
     * The known roles of people among {@code roles}: anything else an identity provider sends is ignored, and so is
     * {@link #INTEGRATION}, which only a product's API key holds.
     */
    public static Set<String> known(Set<String> roles) {
        return Set.copyOf(roles.stream().filter(Roles::isKnown).filter(r -> !INTEGRATION.equals(r)).toList());
    }
}
