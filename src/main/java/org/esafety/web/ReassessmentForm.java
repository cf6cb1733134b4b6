package org.esafety.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.esafety.common.InvalidRequestException;
import org.esafety.incident.Reassessment;
import org.esafety.policy.Category;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;

/**
 * The incident page's "new facts" form as the reassessment the API takes: only what the DSL changed is sent, so
 * circumstances left at "no change" keep their stored answers.
 */
final class ReassessmentForm {

    /** A circumstance select's name is this prefix and the flag. */
    static final String FLAG = "c.";
    static final String NO_CHANGE = "";

    private ReassessmentForm() {
    }

    static Reassessment of(MultivaluedMap<String, String> form) {
        ExternalOutcome outcome = Forms.enumValue(form, "externalOutcome", ExternalOutcome.class);
        DslAssessment assessment = Forms.enumValue(form, "dslAssessment", DslAssessment.class);
        Map<String, Boolean> circumstances = new HashMap<>();
        for (String flag : Labels.QUESTIONS.keySet()) {
            String value = form.getFirst(FLAG + flag);
            if (value != null && !value.equals(NO_CHANGE)) {
                circumstances.put(flag, Forms.yesNo(form, FLAG + flag));
            }
        }
        Category category = Forms.enumValue(form, "category", Category.class);
        if (outcome == null && assessment == null && category == null && circumstances.isEmpty()) {
            throw new InvalidRequestException("form", "choose the police's or agency's outcome, your assessment, "
                    + "the corrected category or a changed circumstance: nothing new was given");
        }
        return new Reassessment(circumstances, null, category, null,
                assessment == null ? null : new Reassessment.Change<>(assessment),
                outcome == null ? null : new Reassessment.Change<>(outcome), Forms.text(form, "reassessedBy"),
                Forms.text(form, "reason"));
    }
}
