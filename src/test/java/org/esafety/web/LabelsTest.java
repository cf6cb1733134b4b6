package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.Responsible;

/** The pages' plain English covers the whole vocabulary: a new flag or category cannot be left unasked. */
class LabelsTest {

    @Test
    void shouldAskEveryCircumstanceAndNoOther() {
        Set<String> flags = Arrays.stream(Circumstances.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertEquals(flags, Labels.QUESTIONS.keySet());
        Labels.QUESTIONS.values().forEach(q -> org.junit.jupiter.api.Assertions.assertTrue(q.endsWith("?"), q));
    }

    @Test
    void shouldExplainEveryCategoryAndNameEveryRole() {
        for (Category c : Category.values()) {
            assertFalse(Labels.label(c).isBlank(), c.name());
            assertFalse(Labels.explanation(c).isBlank(), c.name());
        }
        assertEquals(Category.values().length,
                Arrays.stream(Category.values()).map(Labels::label).distinct().count(), "labels tell categories apart");
        for (Responsible r : Responsible.values()) {
            assertFalse(Labels.label(r).isBlank(), r.name());
        }
    }

    @Test
    void shouldReadTheReassessmentFormAsOnlyWhatChanged() {
        var form = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
        form.putSingle("externalOutcome", "NO_ILLEGAL_ACTIVITY");
        form.putSingle("c.repeated", "yes");
        form.putSingle("c.deliberate", "unknown");
        form.putSingle("c.outsideSchool", "");
        var change = ReassessmentForm.of(form);
        var expected = new java.util.HashMap<String, Boolean>();
        expected.put("deliberate", null);
        expected.put("repeated", true);
        assertEquals(expected, change.circumstances());
        assertEquals(new org.esafety.incident.Reassessment.Change<>(org.esafety.policy.ExternalOutcome.NO_ILLEGAL_ACTIVITY),
                change.externalOutcome());
        assertEquals(null, change.dslAssessment(), "only what changed is sent");
        assertEquals(null, change.parties());
    }
}
