package org.esafety.incident;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Short meanings of the vocabulary's enums and flags (decision-table §1) in the OpenAPI document. They are written
 * here, not on the types, because {@code policy} is the rule files' own package and depends on nothing; the
 * incident records describe their own fields with {@code @Schema}. The README's "Vocabulary" says the same.
 */
@OpenApiFilter
public class VocabularyDescriptions implements OASFilter {

    static final String PARTY_KINDS = "Who a party is: CHILD, a pupil; STAFF, a member of staff (supply staff, "
            + "volunteers and contractors too); HEADTEACHER; PARENT, a parent, carer or other adult of a child's "
            + "household; VISITOR; OTHER_ADULT (v6), a known adult who is none of these (a former pupil, a family "
            + "friend, a coach or tutor outside school), treated as UNKNOWN_EXTERNAL except that its kind alone never "
            + "brings a CEOP report; UNKNOWN_EXTERNAL, someone outside school who is not known.";

    static final String CIRCUMSTANCES = "The flags of decision-table §1, all optional: null or absent means unknown, "
            + "which counts as false except where the decision table says otherwise. A reassessment merges them key by "
            + "key (null makes a flag unknown again); an unknown key is refused.";

    /** One meaning per flag of {@code Circumstances}, in its order. */
    static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("immediateDanger", "Someone is in immediate danger.");
        FLAGS.put("outsideSchool", "It happened outside school (recorded for reporting; no rule depends on it).");
        FLAGS.put("parentsInvolved", "The child's own parents, carers or household are involved.");
        FLAGS.put("deliberate", "It was deliberate; false means accidental (unknown is not accidental).");
        FLAGS.put("reportedPromptly", "The person involved reported it straight away.");
        FLAGS.put("repeated", "It is repeated, flagrant or habitual.");
        FLAGS.put("threatsOrHarassment", "There were threats or harassment.");
        FLAGS.put("coercionOrBlackmail", "Someone was coerced or blackmailed.");
        FLAGS.put("extremeOrObscene", "The material is extreme or obscene.");
        FLAGS.put("unusualOrViolentSexualActs", "The images show unusual or violent sexual acts.");
        FLAGS.put("capacityToConsentConcern", "There is a concern about a child's capacity to consent.");
        FLAGS.put("riskOfSignificantHarm", "A child is at risk of significant harm.");
        FLAGS.put("radicalisationConcern", "There is a concern about radicalisation.");
        FLAGS.put("harmThresholdMet", "An adult has harmed a child, or behaved in a way that may have (allegations "
                + "against adults).");
        FLAGS.put("personalDataInvolved", "Personal data is involved.");
        FLAGS.put("riskToIndividuals", "The data breach could put people at risk.");
        FLAGS.put("highRiskToIndividuals", "The data breach could put people at high risk.");
        FLAGS.put("schoolDevice", "A school device was used (recorded for reporting; no rule depends on it).");
        FLAGS.put("schoolPublishedContent", "It is content the school itself published.");
        FLAGS.put("parentContactRisk", "(v6) Telling the child's parents or carers would put the child at risk "
                + "(Working Together 2023): treated like parents involved.");
        FLAGS.put("aiGeneratedOrAltered", "(v6) The images were made or altered with AI (\"deepfakes\"); recorded "
                + "for reporting, handled exactly as other images.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema kind = schemas.get("PartyKind");
        if (kind != null) {
            kind.setDescription(PARTY_KINDS);
        }
        Schema circumstances = schemas.get("Circumstances");
        if (circumstances != null) {
            circumstances.setDescription(CIRCUMSTANCES);
            if (circumstances.getProperties() != null) {
                circumstances.getProperties().forEach((flag, schema) -> schema.setDescription(FLAGS.get(flag)));
            }
        }
    }
}
