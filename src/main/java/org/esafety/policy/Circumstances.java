package org.esafety.policy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The flags of decision-table §1. {@code null} means unknown; the rules say how unknown counts.
 * Carries no free text, so it is inserted into the rule engine as it is.
 */
public record Circumstances(
        Boolean immediateDanger,
        Boolean outsideSchool,
        Boolean parentsInvolved,
        Boolean deliberate,
        Boolean reportedPromptly,
        Boolean repeated,
        Boolean threatsOrHarassment,
        Boolean coercionOrBlackmail,
        Boolean extremeOrObscene,
        Boolean unusualOrViolentSexualActs,
        Boolean capacityToConsentConcern,
        Boolean riskOfSignificantHarm,
        Boolean radicalisationConcern,
        Boolean harmThresholdMet,
        Boolean personalDataInvolved,
        Boolean riskToIndividuals,
        Boolean highRiskToIndividuals,
        Boolean schoolDevice,
        Boolean schoolPublishedContent,
        Boolean parentContactRisk,
        Boolean aiGeneratedOrAltered) {

    /** The flags' names, in the order of decision-table §1. */
    public static final List<String> FLAGS = Arrays.stream(Circumstances.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    /**
     * These circumstances with {@code changes} applied, key by key: each named flag takes its value, and null
     * makes it unknown again (decision-table §4); flags not named keep theirs.
     */
    public Circumstances with(Map<String, Boolean> changes) {
        RecordComponent[] components = Circumstances.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                values[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(this);
                types[i] = components[i].getType();
            }
            if (!FLAGS.containsAll(changes.keySet())) {
                throw new IllegalArgumentException("no such circumstance: " + changes.keySet());
            }
            return Circumstances.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's own components are always readable", e);
        }
    }

    /** All flags unknown. */
    public static Circumstances unknown() {
        return new Circumstances(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
