package org.esafety.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.esafety.common.Json;
import org.esafety.common.Sha256;

/**
 * Appends to the audit hash chains, inside the caller's transaction, so that an entry exists exactly when
 * the change it records was committed. Entries carry ids, codes and a digest, never personal data.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** Appends to the incident's chain; {@code change} is hashed into the digest, not stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry incident(UUID incidentId, AuditKind kind, String actor, Object change) {
        return append(incidentId.toString(), incidentId, null, kind, actor, change);
    }

    /** Appends to the chain of a monitoring alert ({@link #alertChain}); {@code change} is hashed, not stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry alert(UUID alertId, AuditKind kind, String actor, Object change) {
        return append(alertChain(alertId), null, null, kind, actor, change);
    }

    /** The chain of one monitoring alert's decisions. */
    public static String alertChain(UUID alertId) {
        return AuditEntry.ALERT_CHAIN_PREFIX + alertId;
    }

    /** Appends to the chain of rule-set loads, recording the version loaded in the entry itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry ruleSet(AuditKind kind, String version, String actor, Object change) {
        return append(AuditEntry.RULE_SET_CHAIN, null, version, kind, actor, change);
    }

    private AuditEntry append(String chain, UUID incidentId, String ruleSetVersion, AuditKind kind, String actor,
                              Object change) {
        // The head row is locked for the rest of the transaction: appends to one chain queue behind it.
        AuditChainHead previous = AuditChainHead.getEntityManager().find(AuditChainHead.class, chain,
                LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.chain = chain;
        entry.seq = previous == null ? 1 : previous.seq + 1;
        entry.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor == null || actor.isBlank() ? "unknown" : truncate(actor);
        entry.kind = kind.name();
        entry.incidentId = incidentId;
        entry.ruleSetVersion = ruleSetVersion;
        entry.digest = Sha256.hex(Json.write(change));
        entry.previousHash = previous == null ? null : previous.hash;
        entry.hash = entry.computeHash();
        entry.persist();
        AuditChainHead head = previous == null ? new AuditChainHead() : previous;
        head.chain = chain;
        head.seq = entry.seq;
        head.hash = entry.hash;
        if (previous == null) {
            head.persist();
        }
        return entry;
    }

    private static String truncate(String actor) {
        return actor.length() <= 100 ? actor : actor.substring(0, 100);
    }
}
