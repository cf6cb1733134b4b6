package org.esafety.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The actions that pass a case to an agency outside the school (decision-table §5, band 4), the agency each goes to,
 * and the presets' groupings: what an inspector counts as passed to the local authority, and the LADO referrals.
 */
final class Referrals {

    /** Referral code to the agency, in the order the report lists them. */
    static final Map<String, String> AGENCIES = new LinkedHashMap<>();
    /** Filtering and monitoring: the gaps the governors must hear about (KCSIE, filtering and monitoring standards). */
    static final java.util.List<String> FILTERING = java.util.List.of("FIX_FILTER_BYPASS", "BLOCK_URL");
    /** Passed to the local authority: children's social care, or the LA told or asked. */
    static final Set<String> LOCAL_AUTHORITY = Set.of("REFER_TO_CHILDRENS_SOCIAL_CARE", "INFORM_LA", "SEEK_LA_ADVICE",
            "CONSULT_LA");
    static final Set<String> LADO = Set.of("REFER_TO_LADO");

    static {
        AGENCIES.put("REFER_TO_POLICE", "Police");
        AGENCIES.put("SEEK_POLICE_ADVICE", "Police (advice sought)");
        AGENCIES.put("DECIDE_POLICE_REFERRAL", "Police (whether to refer)");
        AGENCIES.put("REPORT_TO_CEOP", "CEOP");
        AGENCIES.put("REFER_TO_LADO", "LADO");
        AGENCIES.put("REFER_TO_CHILDRENS_SOCIAL_CARE", "Children's social care");
        AGENCIES.put("PREVENT_REFERRAL", "Prevent");
        AGENCIES.put("REPORT_URL_TO_IWF", "Internet Watch Foundation");
        AGENCIES.put("REPORT_TO_ICO", "Information Commissioner's Office");
    }

    private Referrals() {
    }
}
