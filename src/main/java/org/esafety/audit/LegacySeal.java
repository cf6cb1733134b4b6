package org.esafety.audit;

import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * At start-up, closes every chain whose newest entry is a legacy one (plain SHA-256, written before V22) with a keyed
 * CHAIN_SEALED entry (an incident's records its state). From then on the keyed entry covers the legacy ones before it
 * (it links to their hashes), and a chain that ends with a legacy entry is reported: a database writer cannot pass a
 * rewritten chain off as legacy. Idempotent and safe with several instances starting at once (the head's lock).
 */
@ApplicationScoped
public class LegacySeal {

    private static final int BATCH = 200;

    private final AuditTrail trail;

    public LegacySeal(AuditTrail trail) {
        this.trail = trail;
    }

    void onStart(@Observes @Priority(2) StartupEvent event) {
        long sealed = sealAll();
        if (sealed > 0) {
            Log.infof("Sealed %d legacy audit chains with the audit key", sealed);
        }
    }

    /** Seals every legacy chain; the number sealed. */
    public long sealAll() {
        long sealed = 0;
        String after = "";
        for (List<String> chains = legacyChains(after); !chains.isEmpty(); chains = legacyChains(after)) {
            for (String chain : chains) {
                if (QuarkusTransaction.requiringNew().call(() -> trail.seal(chain))) {
                    sealed++;
                }
            }
            after = chains.get(chains.size() - 1);
        }
        return sealed;
    }

    /** The next chains (by name) whose newest entry has no key id. */
    private static List<String> legacyChains(String after) {
        return QuarkusTransaction.requiringNew().call(() -> AuditChainHead.getEntityManager()
                .createQuery("select h.chain from AuditChainHead h, AuditEntry e where e.chain = h.chain "
                        + "and e.seq = h.seq and e.macKeyId is null and h.chain > :after order by h.chain", String.class)
                .setParameter("after", after).setMaxResults(BATCH).getResultList());
    }
}
