package org.esafety.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.ws.rs.core.MultivaluedMap;

import org.esafety.common.InvalidRequestException;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;

/**
 * The incident page's "new facts" form as the reassessment body of api.md: only what the DSL changed is sent, so
 * circumstances left at "no change" keep their stored answers.
 */
final class ReassessmentForm {

    /** A circumstance select's name is this prefix and the flag. */
    static final String FLAG = "c.";
    static final String NO_CHANGE = "";

    private ReassessmentForm() {
    }

    static JsonNode body(MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ExternalOutcome outcome = Forms.enumValue(form, "externalOutcome", ExternalOutcome.class);
        if (outcome != null) {
            body.put("externalOutcome", outcome.name());
        }
        DslAssessment assessment = Forms.enumValue(form, "dslAssessment", DslAssessment.class);
        if (assessment != null) {
            body.put("dslAssessment", assessment.name());
        }
        ObjectNode circumstances = JsonNodeFactory.instance.objectNode();
        for (String flag : Labels.QUESTIONS.keySet()) {
            String value = form.getFirst(FLAG + flag);
            if (value == null || value.equals(NO_CHANGE)) {
                continue;
            }
            Boolean answer = Forms.yesNo(form, FLAG + flag);
            if (answer == null) {
                circumstances.putNull(flag);
            } else {
                circumstances.put(flag, answer);
            }
        }
        if (!circumstances.isEmpty()) {
            body.set("circumstances", circumstances);
        }
        if (body.isEmpty()) {
            throw new InvalidRequestException("form", "choose the police's or agency's outcome, your assessment, "
                    + "or a changed circumstance: nothing new was given");
        }
        String by = Forms.text(form, "reassessedBy");
        if (by != null) {
            body.put("reassessedBy", by);
        }
        return body;
    }
}
