package org.esafety.rules;

import static org.esafety.policy.Category.PERSONAL_DATA_BREACH;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;

import java.util.EnumSet;
import java.util.Set;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.Legality;
import org.esafety.policy.Party;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffAllegations;

/**
 * What decision-table §1 and §3.5 derive from the parties and circumstances, written again from the table
 * (never read from the rules), for the invariants to compare with. Legality is {@link LegalityOracle}'s.
 */
final class PolicyOracle {

    /** Whether an action must, must not, or may (where the table leaves it open) be required. */
    enum Tri { YES, NO, EITHER }

    private PolicyOracle() {
    }

    static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    static boolean accidental(Circumstances c) {
        return Boolean.FALSE.equals(c.deliberate());
    }

    static boolean noBlame(Circumstances c) {
        return accidental(c) && yes(c.reportedPromptly());
    }

    static boolean has(Combination i, PartyRole role, PartyKind kind) {
        return i.parties().stream().anyMatch(p -> p.role() == role && p.kind() == kind);
    }

    static boolean childInCase(Combination i) {
        return i.parties().stream().anyMatch(p -> p.kind() == PartyKind.CHILD && p.role() != PartyRole.WITNESS);
    }

    static boolean childVictimOrExposed(Combination i) {
        return has(i, PartyRole.VICTIM, PartyKind.CHILD) || has(i, PartyRole.EXPOSED, PartyKind.CHILD);
    }

    static boolean parentsInvolved(Combination i) {
        Boolean flag = i.circumstances().parentsInvolved();
        return yes(flag) || flag == null && has(i, PartyRole.INSTIGATOR, PartyKind.PARENT)
                && has(i, PartyRole.VICTIM, PartyKind.CHILD);
    }

    /** (v6 §1) Parents not to be told: parents involved, or {@code parentContactRisk} true. */
    static boolean parentsNotToBeTold(Combination i) {
        return parentsInvolved(i) || yes(i.circumstances().parentContactRisk());
    }

    /** (v6 §1 §3.5) A STAFF or VISITOR INSTIGATOR whose {@code agencyOrContractor} is true. */
    static boolean agencyOrContractorInstigator(Combination i) {
        return i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR
                && (p.kind() == PartyKind.STAFF || p.kind() == PartyKind.VISITOR) && yes(p.agencyOrContractor()));
    }

    /**
     * (v6 §3.3) ONLINE_SEXUAL_HARASSMENT made ILLEGAL by an adult instigator other than an OTHER_ADULT with a CHILD
     * VICTIM or EXPOSED: whether the legality's reason for CEOP holds. EITHER where only one reading of "a CHILD"
     * (an adult CHILD aged 18 or over, {@link LegalityOracle#base}) makes it hold.
     */
    static Tri harassmentForCeop(Combination i) {
        boolean adult = i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR && p.isAdult()
                && p.kind() != PartyKind.OTHER_ADULT);
        boolean byKind = adult && LegalityOracle.childVictimOrExposed(i, false);
        boolean byAge = adult && LegalityOracle.childVictimOrExposed(i, true);
        return byKind && byAge ? Tri.YES : byKind || byAge ? Tri.EITHER : Tri.NO;
    }

    /**
     * §3.3's REPORT_TO_CEOP for an incident of {@code legality}: ILLEGAL nudes with coercion or an UNKNOWN_EXTERNAL
     * instigator (never an OTHER_ADULT, v6), ILLEGAL grooming, and (v6) ILLEGAL online sexual harassment by an adult
     * other than an OTHER_ADULT of a CHILD VICTIM or EXPOSED.
     */
    static Tri ceop(Combination i, Legality legality) {
        if (legality != Legality.ILLEGAL) {
            return Tri.NO;
        }
        return switch (i.incident().category()) {
            case SHARING_NUDES -> yes(i.circumstances().coercionOrBlackmail())
                    || instigator(i, PartyKind.UNKNOWN_EXTERNAL) ? Tri.YES : Tri.NO;
            case GROOMING_OR_SEXUAL_EXPLOITATION -> Tri.YES;
            case ONLINE_SEXUAL_HARASSMENT -> harassmentForCeop(i);
            default -> Tri.NO;
        };
    }

    /**
     * (v6 §3.8) PERSONAL_DATA_BREACH with an UNKNOWN_EXTERNAL or OTHER_ADULT instigator, or with at least one
     * instigator and {@code deliberate} true: DECIDE_POLICE_REFERRAL, whatever the legality.
     */
    static boolean breachForPolice(Combination i) {
        boolean anyInstigator = i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR);
        return i.incident().category() == PERSONAL_DATA_BREACH && (instigator(i, PartyKind.UNKNOWN_EXTERNAL,
                PartyKind.OTHER_ADULT) || anyInstigator && yes(i.circumstances().deliberate()));
    }

    /** The jobs (responsible roles) the instigators hold (§3.5). */
    static Set<Responsible> rolesHeldByInstigators(Combination i) {
        Set<Responsible> held = EnumSet.noneOf(Responsible.class);
        for (Party p : i.parties()) {
            if (p.role() == PartyRole.INSTIGATOR && p.kind() == PartyKind.HEADTEACHER) {
                held.add(Responsible.HEADTEACHER);
                if (i.school().headteacherIsDsl()) {
                    held.add(Responsible.DSL);
                }
            } else if (p.role() == PartyRole.INSTIGATOR && p.kind() == PartyKind.STAFF && p.staffRole() != null) {
                held.add(Responsible.valueOf(p.staffRole().name()));
            }
        }
        return held;
    }

    /** Who acts for {@code role} when instigators hold some jobs: §3.5's substitutions, followed to the end. */
    static Responsible actingFor(Responsible role, Set<Responsible> held) {
        Responsible r = role;
        for (int step = 0; step < 5 && held.contains(r); step++) {
            r = switch (r) {
                case HEADTEACHER -> Responsible.CHAIR_OF_GOVERNORS;
                case DSL -> Responsible.DEPUTY_DSL;
                case DEPUTY_DSL -> Responsible.DSL;
                default -> Responsible.HEADTEACHER;
            };
        }
        return r;
    }

    /**
     * §3.5: whether {@code code} (REFER_TO_LADO or RECORD_LOW_LEVEL_CONCERN) is required for the instigators.
     * Under headteacher-concerns HARM_THRESHOLD the table does not say whether staff-allegations ALWAYS_LADO
     * reaches the headteacher too, so there both readings are allowed.
     */
    static Tri allegation(Combination i, String code) {
        Boolean harm = i.circumstances().harmThresholdMet();
        boolean child = childInCase(i);
        String split = i.incident().category().isSafeguarding() || child
                ? (Boolean.FALSE.equals(harm) ? "RECORD_LOW_LEVEL_CONCERN" : "REFER_TO_LADO")
                : (yes(harm) ? "REFER_TO_LADO" : "NONE");
        boolean alwaysLado = i.school().staffAllegations() == StaffAllegations.ALWAYS_LADO;
        Tri result = Tri.NO;
        for (Party p : i.parties()) {
            Set<String> readings = Set.of();
            if (p.role() != PartyRole.INSTIGATOR) {
                continue;
            } else if (p.kind() == PartyKind.STAFF || p.kind() == PartyKind.VISITOR && child) {
                readings = Set.of(alwaysLado ? "REFER_TO_LADO" : split);
            } else if (p.kind() == PartyKind.HEADTEACHER) {
                readings = i.school().headteacherConcerns() == HeadteacherConcerns.ALWAYS_LADO ? Set.of("REFER_TO_LADO")
                        : alwaysLado && !split.equals("REFER_TO_LADO") ? Set.of(split, "REFER_TO_LADO") : Set.of(split);
            }
            if (readings.equals(Set.of(code))) {
                result = Tri.YES;
            } else if (readings.contains(code) && result == Tri.NO) {
                result = Tri.EITHER;
            }
        }
        return result;
    }

    static boolean instigator(Combination i, PartyKind... kinds) {
        return i.parties().stream().anyMatch(p -> p.role() == PartyRole.INSTIGATOR && Set.of(kinds).contains(p.kind()));
    }

    static boolean dataBreach(Combination i) {
        Category c = i.incident().category();
        return c == PERSONAL_DATA_BREACH || c == UNAUTHORISED_ACCOUNT_ACCESS && yes(i.circumstances().personalDataInvolved());
    }
}
