package org.esafety.rules.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;

/** Decision-table §5 and §6 as test data: every action's default responsible and deadline, every instruction. */
final class Catalogue {

    record Entry(Responsible responsible, DeadlineKind deadline) {
    }

    static final Map<String, Entry> ACTIONS = new LinkedHashMap<>();

    static {
        add("CALL_EMERGENCY_SERVICES", Responsible.REPORTER, DeadlineKind.EMERGENCY);
        add("REPORT_TO_DSL", Responsible.REPORTER, DeadlineKind.IMMEDIATE);
        add("REPORT_TO_DEPUTY_DSL", Responsible.REPORTER, DeadlineKind.IMMEDIATE);
        add("NOTIFY_HEADTEACHER", Responsible.REPORTER, DeadlineKind.IMMEDIATE);
        add("NOTIFY_CHAIR_OF_GOVERNORS", Responsible.REPORTER, DeadlineKind.IMMEDIATE);
        add("SECURE_EVIDENCE", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("REFER_TO_POLICE", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("REPORT_TO_CEOP", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("REPORT_URL_TO_IWF", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("REFER_TO_CHILDRENS_SOCIAL_CARE", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("DSL_INITIAL_REVIEW", Responsible.DSL, DeadlineKind.IMMEDIATE);
        add("INFORM_LA", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("REPORT_TERRORIST_CONTENT", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("PREVENT_REFERRAL", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("CONSULT_HELPLINE", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("DECIDE_POLICE_REFERRAL", Responsible.HEADTEACHER, DeadlineKind.SAME_DAY);
        add("REFER_TO_LADO", Responsible.HEADTEACHER, DeadlineKind.ONE_WORKING_DAY);
        add("FOLLOW_UP_SOCIAL_CARE_DECISION", Responsible.DSL, DeadlineKind.ONE_WORKING_DAY);
        add("SEEK_LA_ADVICE", Responsible.DSL, DeadlineKind.ONE_WORKING_DAY);
        add("SEEK_POLICE_ADVICE", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("ASSESS_ICO_REPORT", Responsible.DATA_PROTECTION_OFFICER, DeadlineKind.ONE_WORKING_DAY);
        add("REPORT_TO_ICO", Responsible.DATA_PROTECTION_OFFICER, DeadlineKind.HOURS_72);
        add("RESET_CREDENTIALS", Responsible.IT_SUPPORT, DeadlineKind.IMMEDIATE);
        add("FIX_FILTER_BYPASS", Responsible.IT_SUPPORT, DeadlineKind.IMMEDIATE);
        add("WITHDRAW_INTERNET_ACCESS", Responsible.HOST_STAFF, DeadlineKind.IMMEDIATE);
        add("NOTIFY_DATA_PROTECTION_OFFICER", Responsible.HEADTEACHER, DeadlineKind.IMMEDIATE);
        add("BLOCK_URL", Responsible.IT_SUPPORT, DeadlineKind.SAME_DAY);
        add("REMOVE_PUBLISHED_CONTENT", Responsible.HEADTEACHER, DeadlineKind.ONE_WORKING_DAY);
        add("INFORM_DATA_SUBJECTS", Responsible.DATA_PROTECTION_OFFICER, DeadlineKind.HOURS_72);
        add("DSL_WELFARE_ASSESSMENT", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("SUPPORT_CHILD_VICTIM", Responsible.DSL, DeadlineKind.WORKING_DAYS_5);
        add("SUPPORT_STAFF_VICTIM", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("INFORM_PARENTS", Responsible.DSL, DeadlineKind.WORKING_DAYS_5);
        add("HELP_CHILD_REPORT_REMOVE", Responsible.DSL, DeadlineKind.ONE_WORKING_DAY);
        add("RECORD_LOW_LEVEL_CONCERN", Responsible.HEADTEACHER, DeadlineKind.SAME_DAY);
        add("CONSIDER_SUSPENSION", Responsible.HEADTEACHER, DeadlineKind.ONE_WORKING_DAY);
        add("APPLY_BEHAVIOUR_POLICY", Responsible.CLASS_TEACHER, DeadlineKind.WORKING_DAYS_5);
        add("APPLY_ANTI_BULLYING_POLICY", Responsible.DSL, DeadlineKind.WORKING_DAYS_5);
        add("STAFF_DISCIPLINARY", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("ADVISE_GOVERNORS", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("CONSULT_LA", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("CONSIDER_DBS_REFERRAL", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("INFORM_EMPLOYER", Responsible.HEADTEACHER, DeadlineKind.ONE_WORKING_DAY);
        add("REVERT_TO_INTERNAL_PROCEDURES", Responsible.DSL, DeadlineKind.WORKING_DAYS_5);
        add("LOG_INCIDENT", Responsible.DSL, DeadlineKind.SAME_DAY);
        add("REPORT_TO_GOVERNING_BODY", Responsible.HEADTEACHER, DeadlineKind.WORKING_DAYS_5);
        add("REVIEW_POLICIES_AND_FILTERING", Responsible.DSL, DeadlineKind.WORKING_DAYS_5);
    }

    static final List<String> INSTRUCTIONS = List.of("DO_NOT_VIEW_OR_COPY_IMAGES", "DO_NOT_INVESTIGATE",
            "DO_NOT_INFORM_PARENTS", "HOLD_SANCTIONS", "NO_SANCTION", "ALLOW_POLICE_INVESTIGATION",
            "AGREE_PARENT_CONTACT_WITH_AGENCY");

    /** The sanction or disciplinary actions that a hold withholds. */
    static final Set<String> SANCTIONS = Set.of("APPLY_BEHAVIOUR_POLICY", "APPLY_ANTI_BULLYING_POLICY",
            "STAFF_DISCIPLINARY", "ADVISE_GOVERNORS", "CONSULT_LA");

    private Catalogue() {
    }

    private static void add(String code, Responsible responsible, DeadlineKind deadline) {
        ACTIONS.put(code, new Entry(responsible, deadline));
    }

    static DeadlineKind defaultDeadline(String code) {
        Entry entry = ACTIONS.get(code);
        if (entry == null) {
            throw new AssertionError("code not in the catalogue of decision-table §5: " + code);
        }
        return entry.deadline();
    }

    static Responsible defaultResponsible(String code) {
        Entry entry = ACTIONS.get(code);
        if (entry == null) {
            throw new AssertionError("code not in the catalogue of decision-table §5: " + code);
        }
        return entry.responsible();
    }
}
