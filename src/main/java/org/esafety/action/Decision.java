package org.esafety.action;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleRef;

/**
 * What the rules require for one incident, ready to show or store: actions with due instants, instructions, and
 * the roles the decision keeps away from the case because the subject holds them (decision-table §3.5).
 */
public record Decision(String ruleSetVersion, Legality legality, Instant evaluatedAt, List<String> firedRules,
                       List<DecidedAction> actions, List<DecidedInstruction> instructions,
                       Set<Responsible> excludedRoles) {

    /**
     * One required action; {@code order} ranks it among the decision's actions (decision-table §2);
     * {@code provenance} is every rule that required it or moved it to its role, each with its policy source.
     */
    public record DecidedAction(String code, String title, Responsible responsible, DeadlineKind deadline,
                                Instant dueAt, int band, int order, List<RuleRef> provenance, String contact)
            implements Ranked {

        /** The names of the rules, as api.md's {@code rules}. */
        public List<String> rules() {
            return Provenance.names(provenance);
        }

        /** The policy sources, as api.md's {@code sources}. */
        public List<String> sources() {
            return Provenance.sources(provenance);
        }
    }

    /** One instruction: something that must not be done. */
    public record DecidedInstruction(String code, String text, List<RuleRef> provenance) {

        public List<String> rules() {
            return Provenance.names(provenance);
        }

        public List<String> sources() {
            return Provenance.sources(provenance);
        }
    }
}
