package org.esafety.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

import org.esafety.action.ActionStatus;
import org.esafety.policy.Category;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffRole;

/**
 * Plain English for the API's vocabulary (decision-table §1), for the pages. Templates call these as
 * {@code {category.label}}, {@code {category.explanation}}, {@code {action.responsible.label}}.
 */
@TemplateExtension
public final class Labels {

    private static final Map<Category, String[]> CATEGORIES = new EnumMap<>(Category.class);
    /** The circumstances as questions, in the order the report form asks them (decision-table §1). */
    static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        category(Category.CHILD_SEXUAL_ABUSE_IMAGERY, "Child sexual abuse imagery",
                "Indecent images or videos of anyone under 18. Do not open, copy, forward or print them.");
        category(Category.SHARING_NUDES, "Sharing nudes or semi-nudes",
                "A child under 18 has made, sent or received nude or semi-nude images of themselves or another child.");
        category(Category.GROOMING_OR_SEXUAL_EXPLOITATION, "Grooming or sexual exploitation",
                "Someone building a relationship with a child online in order to abuse or exploit them.");
        category(Category.EXTREMIST_MATERIAL, "Extremist material",
                "Terrorist or extremist content, or signs that a child is being drawn into extremism.");
        category(Category.HATE_MATERIAL, "Hate material",
                "Content attacking people for their race, religion, disability, sexuality or gender identity.");
        category(Category.ADULT_PORNOGRAPHY, "Adult pornography",
                "Pornography of adults seen, shown or shared at school or on school systems.");
        category(Category.SELF_HARM_CONTENT, "Self-harm, suicide or eating-disorder content",
                "Content that promotes or shows self-harm, suicide or disordered eating.");
        category(Category.CYBERBULLYING, "Cyberbullying",
                "Bullying by message, post, image or game chat, in or out of school.");
        category(Category.ONLINE_SEXUAL_HARASSMENT, "Online sexual harassment",
                "Unwanted sexual comments, requests or images sent online.");
        category(Category.UNAUTHORISED_ACCOUNT_ACCESS, "Someone else's account used",
                "Logging in as another person, hacking, or impersonating someone online.");
        category(Category.PASSWORD_SHARING, "Password sharing",
                "Giving a password to someone else or using a password someone gave you.");
        category(Category.FILTER_CIRCUMVENTION, "Getting round the filter",
                "Using a VPN, proxy or other trick to get past the school's web filtering.");
        category(Category.PERSONAL_DEVICE_MISUSE, "Personal device misuse",
                "A phone, tablet or laptop brought from home used against the school's rules.");
        category(Category.NON_EDUCATIONAL_USE, "Non-educational use",
                "School systems used for games, shopping or other things unrelated to learning or work.");
        category(Category.COPYRIGHT_INFRINGEMENT, "Copyright infringement",
                "Copying or sharing music, films, software or work that belongs to someone else.");
        category(Category.PERSONAL_DATA_BREACH, "Personal data breach",
                "Personal data lost, sent to the wrong person, or seen by someone who should not see it.");
        category(Category.INAPPROPRIATE_COMMUNICATION, "Inappropriate communication by an adult",
                "An adult contacting pupils or parents through personal accounts, phones or social media.");
        category(Category.OFFENSIVE_MESSAGE, "Offensive message",
                "A rude, abusive or offensive message or post.");
        category(Category.UNSUITABLE_CONTENT, "Unsuitable content",
                "Violent, age-inappropriate or other unsuitable material.");
        category(Category.OTHER, "Something else",
                "Anything that fits none of the above: the rules treat it as possibly illegal until the DSL decides.");

        QUESTIONS.put("immediateDanger", "Is anyone in immediate danger?");
        QUESTIONS.put("riskOfSignificantHarm", "Is a child at risk of significant harm?");
        QUESTIONS.put("parentsInvolved", "Are the child's own parents, carers or household involved?");
        QUESTIONS.put("deliberate", "Was it deliberate?");
        QUESTIONS.put("reportedPromptly", "Was it reported straight away by the person involved?");
        QUESTIONS.put("repeated", "Has it happened before, or is it flagrant or habitual?");
        QUESTIONS.put("threatsOrHarassment", "Were there threats or harassment?");
        QUESTIONS.put("coercionOrBlackmail", "Was anyone coerced or blackmailed?");
        QUESTIONS.put("extremeOrObscene", "Is the material extreme or obscene?");
        QUESTIONS.put("unusualOrViolentSexualActs", "Does it show unusual or violent sexual acts?");
        QUESTIONS.put("capacityToConsentConcern", "Is there a concern about a child's capacity to consent?");
        QUESTIONS.put("radicalisationConcern", "Is there a concern about radicalisation?");
        QUESTIONS.put("harmThresholdMet", "Has an adult harmed a child, or behaved in a way that may have?");
        QUESTIONS.put("personalDataInvolved", "Is personal data involved?");
        QUESTIONS.put("riskToIndividuals", "Could the data breach put people at risk?");
        QUESTIONS.put("highRiskToIndividuals", "Could the data breach put people at high risk?");
        QUESTIONS.put("outsideSchool", "Did it happen outside school?");
        QUESTIONS.put("schoolDevice", "Was a school device used?");
        QUESTIONS.put("schoolPublishedContent", "Is it content the school published?");
        QUESTIONS.put("parentContactRisk", "Could telling the child's parents or carers put the child at risk?");
        QUESTIONS.put("aiGeneratedOrAltered", "Were the images made or altered with AI (\"deepfakes\")?");
    }

    private Labels() {
    }

    private static void category(Category c, String label, String explanation) {
        CATEGORIES.put(c, new String[] {label, explanation});
    }

    public static String label(Category c) {
        return CATEGORIES.get(c)[0];
    }

    public static String explanation(Category c) {
        return CATEGORIES.get(c)[1];
    }

    public static String label(Responsible r) {
        return switch (r) {
            case REPORTER -> "Whoever raised the concern";
            case DSL -> "DSL";
            case DEPUTY_DSL -> "Deputy DSL";
            case HEADTEACHER -> "Headteacher";
            case CHAIR_OF_GOVERNORS -> "Chair of governors";
            case IT_SUPPORT -> "IT support";
            case CLASS_TEACHER -> "Class teacher";
            case DATA_PROTECTION_OFFICER -> "Data protection officer";
            case HOST_STAFF -> "Staff hosting the activity";
        };
    }

    public static String label(ActionStatus s) {
        return switch (s) {
            case OPEN -> "Open";
            case DONE -> "Done";
            case NOT_REQUIRED -> "Not required";
            case SUPERSEDED -> "Superseded";
        };
    }

    public static String label(DeadlineKind d) {
        return switch (d) {
            case EMERGENCY -> "Emergency: now";
            case IMMEDIATE -> "Immediately";
            case SAME_DAY -> "Same day";
            case ONE_WORKING_DAY -> "Within one working day";
            case HOURS_72 -> "Within 72 hours";
            case WORKING_DAYS_5 -> "Within five working days";
        };
    }

    public static String label(Legality l) {
        return switch (l) {
            case ILLEGAL -> "Illegal";
            case UNCERTAIN -> "Possibly illegal: not yet settled";
            case INAPPROPRIATE -> "Inappropriate, not illegal";
        };
    }

    public static String label(PartyRole r) {
        return switch (r) {
            case INSTIGATOR -> "Instigator";
            case VICTIM -> "Victim";
            case EXPOSED -> "Saw or received it";
            case WITNESS -> "Witness";
        };
    }

    public static String label(PartyKind k) {
        return switch (k) {
            case CHILD -> "Child";
            case STAFF -> "Member of staff";
            case HEADTEACHER -> "Headteacher";
            case PARENT -> "Parent or carer";
            case VISITOR -> "Visitor";
            case OTHER_ADULT -> "Another adult the child or school knows (former pupil, family friend, coach, tutor)";
            case UNKNOWN_EXTERNAL -> "Someone outside school, not known";
        };
    }

    public static String label(StaffRole r) {
        return switch (r) {
            case DSL -> "DSL";
            case DEPUTY_DSL -> "Deputy DSL";
            case IT_SUPPORT -> "IT support";
            case CLASS_TEACHER -> "Class teacher";
            case DATA_PROTECTION_OFFICER -> "Data protection officer";
        };
    }

    public static String label(ExternalOutcome o) {
        return switch (o) {
            case ILLEGAL_CONFIRMED -> "Illegal: confirmed by the police, LADO or social care";
            case NO_ILLEGAL_ACTIVITY -> "No illegal activity found";
            case AGENCY_ADVISED_INTERNAL_HANDLING -> "The agency advised the school to handle it internally";
        };
    }

    public static String label(org.esafety.policy.DslAssessment a) {
        return switch (a) {
            case ILLEGAL -> "Illegal";
            case INAPPROPRIATE -> "Inappropriate, not illegal";
        };
    }

    public static String label(org.esafety.incident.IncidentStatus s) {
        return switch (s) {
            case OPEN -> "Open: actions are waiting";
            case ACTIONS_COMPLETE -> "Every action done or declined: ready to close";
            case CLOSED -> "Closed";
        };
    }

    public static String label(org.esafety.incident.Evaluation.Trigger t) {
        return switch (t) {
            case INTAKE -> "Reported";
            case REASSESSMENT -> "New facts";
        };
    }

    public static String label(org.esafety.policy.ReportedLegality l) {
        return switch (l) {
            case ILLEGAL -> "Illegal";
            case INAPPROPRIATE -> "Inappropriate, not illegal";
            case UNSURE -> "Not sure";
        };
    }

    public static String label(org.esafety.incident.CaseNote.Kind k) {
        return switch (k) {
            case CALL -> "Call";
            case MEETING -> "Meeting";
            case ADVICE -> "Advice received";
            case OBSERVATION -> "Observation";
            case OTHER -> "Other";
        };
    }

    /** The question behind a circumstance flag. */
    public static String question(String flag) {
        return QUESTIONS.getOrDefault(flag, flag);
    }
}
