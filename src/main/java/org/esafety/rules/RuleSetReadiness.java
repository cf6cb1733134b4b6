package org.esafety.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with a compiled rule set; the datasource check of Quarkus covers the database. */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {

    private final RuleSetHolder holder;

    public RuleSetReadiness(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    public HealthCheckResponse call() {
        RuleSet set = holder.current();
        return HealthCheckResponse.named("rule-set").status(set != null)
                .withData("version", set == null ? "none" : set.version())
                .withData("rules", set == null ? 0 : set.rules().size()).build();
    }
}
