package org.esafety.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.StaffRole;

/**
 * A party as sent: role and kind required; {@code staffRole} only on STAFF parties; {@code agencyOrContractor} (v6)
 * only on STAFF and VISITOR parties.
 */
public record PartyRequest(
        @NotNull(message = "role is required") PartyRole role,
        @NotNull(message = "kind is required") PartyKind kind,
        StaffRole staffRole,
        @Min(value = 0, message = "age is at least 0") @Max(value = 120, message = "age is at most 120") Integer age,
        @Size(max = 100, message = "ref is at most 100 characters") String ref,
        @Schema(description = "(v6) STAFF and VISITOR parties only: employed by a supply agency or a contractor, "
                + "not by the school (KCSIE Part 4: the employer is told). Null or absent: not known. Sent on any other "
                + "kind of party: 400.") Boolean agencyOrContractor) {

    /** A party without the agency-or-contractor answer. */
    public PartyRequest(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age, String ref) {
        this(role, kind, staffRole, age, ref, null);
    }
}
