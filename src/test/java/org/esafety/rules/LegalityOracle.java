package org.esafety.rules;

import static org.esafety.policy.Category.SHARING_NUDES;
import static org.esafety.policy.Legality.*;
import static org.esafety.rules.PolicyOracle.yes;

import org.esafety.policy.Case;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.Party;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;

/** The legality decision-table §1 and §3.4 give an incident, written again from the table (never read from the rules). */
final class LegalityOracle {

    private LegalityOracle() {
    }

    /**
     * The category's legality with its modifiers and the reporter's view (§1 step 3, §3.4). {@code ageReading}:
     * whether "a CHILD (VICTIM or EXPOSED)" in ADULT_PORNOGRAPHY's "an adult instigator shows it to a CHILD" and (v6)
     * ONLINE_SEXUAL_HARASSMENT's "an adult instigator and a CHILD VICTIM or a CHILD EXPOSED" excludes a CHILD aged 18
     * or over (the table is silent).
     */
    static Legality base(Combination i, boolean ageReading) {
        Case k = i.incident();
        Circumstances c = i.circumstances();
        boolean adultToChild = adultInstigator(i) && childVictimOrExposed(i, ageReading);
        Legality category = switch (k.category()) {
            case CHILD_SEXUAL_ABUSE_IMAGERY, GROOMING_OR_SEXUAL_EXPLOITATION -> ILLEGAL;
            case EXTREMIST_MATERIAL, HATE_MATERIAL, OTHER -> UNCERTAIN;
            case ONLINE_SEXUAL_HARASSMENT -> adultToChild ? ILLEGAL : UNCERTAIN;
            case ADULT_PORNOGRAPHY -> yes(c.extremeOrObscene()) || adultToChild ? ILLEGAL : INAPPROPRIATE;
            case CYBERBULLYING, OFFENSIVE_MESSAGE -> yes(c.threatsOrHarassment()) ? UNCERTAIN : INAPPROPRIATE;
            case UNAUTHORISED_ACCOUNT_ACCESS -> i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR)
                    && i.parties().stream().filter(p -> p.role() == PartyRole.INSTIGATOR)
                    .allMatch(Party::isUnderCriminalAge) ? INAPPROPRIATE : ILLEGAL;
            case SHARING_NUDES -> nudesAggravated(i) || i.school().nudesPolicy() == NudesPolicy.ALWAYS_POLICE
                    ? ILLEGAL : INAPPROPRIATE;
            default -> INAPPROPRIATE;
        };
        Legality reporter = k.reportedLegality() == ReportedLegality.UNSURE ? UNCERTAIN
                : k.reportedLegality() == ReportedLegality.ILLEGAL ? (k.category() == SHARING_NUDES ? UNCERTAIN : ILLEGAL)
                : INAPPROPRIATE;
        return reporter.getRank() > category.getRank() ? reporter : category;
    }

    /** An adult INSTIGATOR: any kind but CHILD, or a CHILD aged 18 or over (OTHER_ADULT and UNKNOWN_EXTERNAL are adults). */
    static boolean adultInstigator(Combination i) {
        return i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR && p.isAdult());
    }

    /** A CHILD VICTIM or CHILD EXPOSED; under {@code ageReading} not one aged 18 or over. */
    static boolean childVictimOrExposed(Combination i, boolean ageReading) {
        return i.parties().stream().anyMatch(p -> p.kind() == PartyKind.CHILD
                && (p.role() == PartyRole.VICTIM || p.role() == PartyRole.EXPOSED) && !(ageReading && p.isAdult()));
    }

    /** §3.4's aggravating factors; WITNESS and EXPOSED parties never aggravate. */
    static boolean nudesAggravated(Combination i) {
        Circumstances c = i.circumstances();
        boolean party = i.parties().stream().anyMatch(p -> (p.role() == PartyRole.INSTIGATOR || p.role() == PartyRole.VICTIM)
                && (p.isAdult() || p.isUnder13()));
        return party || yes(c.coercionOrBlackmail()) || yes(c.unusualOrViolentSexualActs())
                || yes(c.capacityToConsentConcern()) || yes(c.immediateDanger()) || yes(c.riskOfSignificantHarm());
    }

    /** The legality the rules must conclude under one reading (§1's precedence). */
    static Legality legality(Combination i, boolean ageReading) {
        Legality withoutDsl = withoutDslAssessment(i, ageReading);
        if (i.incident().externalOutcome() == null && i.incident().dslAssessment() != null) {
            return i.incident().dslAssessment() == DslAssessment.ILLEGAL ? ILLEGAL : INAPPROPRIATE;
        }
        return withoutDsl;
    }

    /** The legality the incident would have without any DSL assessment (§3.9's "legality without dslAssessment"). */
    static Legality withoutDslAssessment(Combination i, boolean ageReading) {
        ExternalOutcome outcome = i.incident().externalOutcome();
        if (outcome != null) {
            return outcome == ExternalOutcome.ILLEGAL_CONFIRMED ? ILLEGAL : INAPPROPRIATE;
        }
        return base(i, ageReading);
    }
}
