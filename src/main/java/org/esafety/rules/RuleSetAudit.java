package org.esafety.rules;

import java.util.Map;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;

/** Records each rule-set load in the rule-set chain of the audit trail. */
@ApplicationScoped
public class RuleSetAudit {

    private static final int ATTEMPTS = 5;

    private final AuditTrail audit;
    private final RuleSetHolder holder;

    public RuleSetAudit(AuditTrail audit, RuleSetHolder holder) {
        this.audit = audit;
        this.holder = holder;
    }

    void onStart(@Observes StartupEvent event) {
        loaded(holder.current(), "system:start-up");
    }

    /** Appends RULE_SET_LOADED; several instances starting at once may race for the chain, so it retries. */
    public void loaded(RuleSet set, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> audit.ruleSet(AuditKind.RULE_SET_LOADED, set.version(), actor,
                        Map.of("version", set.version(), "files", set.files().size(), "rules", set.rules().size())));
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Log.debugf("Rule-set audit entry lost a race (attempt %d); retrying", attempt);
            }
        }
    }
}
