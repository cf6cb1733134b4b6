package org.esafety.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.incident.IncidentRequest;
import org.esafety.incident.PartyRequest;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.StaffRole;

/**
 * The report form as an intake request (api.md "Report an incident"). The form carries its own key (a random
 * {@code externalRef} made when the form was shown), so sending it twice stores one incident.
 */
final class ReportForm {

    static final String SOURCE = "web-form";
    /** How many party rows the form offers. */
    static final int PARTY_ROWS = 4;

    private ReportForm() {
    }

    /**
     * The request as far as the form could be read, and what could not be read. {@code rows} holds, for each party
     * of the request, the form row it came from (empty rows are skipped).
     */
    record Parsed(IncidentRequest request, List<Violation> violations, List<Integer> rows) {

        /** A violation the service named by the request's path, renamed to the form field beside which it shows. */
        Violation onForm(Violation v) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^parties\\[(\\d+)](.*)$").matcher(v.field());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                int row = index < rows.size() ? rows.get(index) : index;
                return new Violation("parties[" + row + "]" + m.group(2), v.message());
            }
            if (v.field().equals("reportedBy.role")) {
                return new Violation("reporterRole", v.message());
            }
            return v;
        }
    }

    static Parsed parse(MultivaluedMap<String, String> form, ZoneId zone) {
        List<Violation> violations = new ArrayList<>();
        Category category = read(violations, () -> Forms.enumValue(form, "category", Category.class));
        ReportedLegality legality = read(violations, () -> Forms.enumValue(form, "reportedLegality", ReportedLegality.class));
        List<PartyRequest> parties = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < PARTY_ROWS; i++) {
            int row = i;
            PartyRequest party = read(violations, () -> party(form, row));
            if (party != null) {
                parties.add(party);
                rows.add(row);
            }
        }
        Circumstances circumstances = read(violations, () -> circumstances(form));
        java.time.Instant occurredAt = read(violations, () -> occurredAt(form, zone));
        return new Parsed(new IncidentRequest(Forms.text(form, "schoolId"), SOURCE, Forms.text(form, "externalRef"), null,
                occurredAt, category, legality, new IncidentRequest.ReportedBy(Forms.text(form, "reporterRole"), null),
                parties, circumstances, Forms.text(form, "url"), Forms.text(form, "summary"), null, null), violations, rows);
    }

    /**
     * A party row; a row whose role and kind are both blank is not a party. The staff job is kept for STAFF only and
     * the agency-or-contractor answer (v6) for STAFF and VISITOR only, as the form's labels say.
     */
    private static PartyRequest party(MultivaluedMap<String, String> form, int row) {
        String p = "parties[" + row + "].";
        PartyRole role = Forms.enumValue(form, p + "role", PartyRole.class);
        PartyKind kind = Forms.enumValue(form, p + "kind", PartyKind.class);
        StaffRole staffRole = Forms.enumValue(form, p + "staffRole", StaffRole.class);
        Boolean agencyOrContractor = Forms.yesNo(form, p + "agencyOrContractor");
        String age = Forms.text(form, p + "age");
        if (role == null && kind == null) {
            if (staffRole != null || age != null || agencyOrContractor != null) {
                throw new InvalidRequestException(p + "role", "say who this person is: their part and what they are");
            }
            return null;
        }
        Integer years = null;
        if (age != null) {
            try {
                years = Integer.valueOf(age);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(p + "age", "age is a whole number of years");
            }
        }
        boolean employed = kind == PartyKind.STAFF || kind == PartyKind.VISITOR;
        return new PartyRequest(role, kind, kind == PartyKind.STAFF ? staffRole : null, years, null,
                employed ? agencyOrContractor : null);
    }

    private static Circumstances circumstances(MultivaluedMap<String, String> form) {
        java.util.function.Function<String, Boolean> f = flag -> Forms.yesNo(form, "c." + flag);
        return new Circumstances(f.apply("immediateDanger"), f.apply("outsideSchool"), f.apply("parentsInvolved"),
                f.apply("deliberate"), f.apply("reportedPromptly"), f.apply("repeated"), f.apply("threatsOrHarassment"),
                f.apply("coercionOrBlackmail"), f.apply("extremeOrObscene"), f.apply("unusualOrViolentSexualActs"),
                f.apply("capacityToConsentConcern"), f.apply("riskOfSignificantHarm"), f.apply("radicalisationConcern"),
                f.apply("harmThresholdMet"), f.apply("personalDataInvolved"), f.apply("riskToIndividuals"),
                f.apply("highRiskToIndividuals"), f.apply("schoolDevice"), f.apply("schoolPublishedContent"),
                f.apply("parentContactRisk"), f.apply("aiGeneratedOrAltered"));
    }

    /** The form's local date and time, in the school's time zone. */
    private static java.time.Instant occurredAt(MultivaluedMap<String, String> form, ZoneId zone) {
        String value = Forms.text(form, "occurredAt");
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("occurredAt", "give the date and time it happened, or leave it empty");
        }
    }

    private static <T> T read(List<Violation> violations, java.util.function.Supplier<T> field) {
        try {
            return field.get();
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            return null;
        }
    }
}
