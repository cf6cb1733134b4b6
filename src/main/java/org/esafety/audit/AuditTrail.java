package org.esafety.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.esafety.common.Json;
import org.esafety.common.Sha256;

/**
 * Appends to the audit chains, inside the caller's transaction, so that an entry exists exactly when the change it
 * records was committed. Each entry's hash is an HMAC-SHA256 under a key kept outside the database (AuditKeys) over
 * its content and the previous entry's hash. Entries carry ids, codes and digests, never personal data; those that
 * change an incident's statuses, deadlines or completions also record its state after the change.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;
    private final AuditKeys keys;
    private final IncidentStates incidents;

    public AuditTrail(Clock clock, AuditKeys keys, IncidentStates incidents) {
        this.clock = clock;
        this.keys = keys;
        this.incidents = incidents;
    }

    /** Appends to the incident's chain; {@code change} is hashed into the digest, not stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry incident(UUID incidentId, AuditKind kind, String actor, Object change) {
        return append(incidentId.toString(), incidentId, null, null, kind, actor, change);
    }

    /** One change to record: its kind, and what is hashed into the entry's digest. */
    public record Change(AuditKind kind, Object change) {
    }

    /**
     * Starts the chain of an incident created in this transaction with {@code changes}, in order. Nothing is read:
     * a new incident's chain has no head to lock yet, and the caller gives the {@code state} it has just written (the
     * entries whose kind records a state record it); the head is written once, after the last entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void newIncident(UUID incidentId, String actor, IncidentState state, Change first, Change... more) {
        String chain = incidentId.toString();
        AuditEntry last = null;
        for (Change c : Stream.concat(Stream.of(first), Stream.of(more)).toList()) {
            last = entry(chain, incidentId, null, null, c.kind(), actor, c.change(), last == null ? 1 : last.seq + 1,
                    last == null ? null : last.hash, c.kind().recordsState() ? Json.write(state) : null);
        }
        AuditChainHead head = new AuditChainHead();
        head.chain = chain;
        head.seq = last.seq;
        head.hash = last.hash;
        head.persist();
    }

    /** Appends to the chain of a monitoring alert ({@link #alertChain}); {@code change} is hashed, not stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry alert(UUID alertId, AuditKind kind, String actor, Object change) {
        return append(alertChain(alertId), null, null, null, kind, actor, change);
    }

    /** The chain of one monitoring alert's decisions. */
    public static String alertChain(UUID alertId) {
        return AuditEntry.ALERT_CHAIN_PREFIX + alertId;
    }

    /** Appends to the chain of rule-set loads, recording the version loaded in the entry itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry ruleSet(AuditKind kind, String version, String actor, Object change) {
        return append(AuditEntry.RULE_SET_CHAIN, null, version, null, kind, actor, change);
    }

    /** Appends an administrator's change to {@code subject} (a principal id) to the admin chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry admin(AuditKind kind, String actor, String subject, Object change) {
        return append(AuditEntry.ADMIN_CHAIN, null, null, subject, kind, actor, change);
    }

    /**
     * Closes a chain whose newest entry is a legacy (plain SHA-256) one with a keyed entry; false if it ends with a
     * keyed entry already (another instance sealed it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seal(String chain) {
        AuditChainHead head = AuditChainHead.getEntityManager().find(AuditChainHead.class, chain,
                LockModeType.PESSIMISTIC_WRITE);
        AuditEntry last = head == null ? null
                : AuditEntry.<AuditEntry>find("chain = ?1 and seq = ?2", chain, head.seq).firstResult();
        if (last == null || !last.legacy()) {
            return false;
        }
        append(chain, last.incidentId, null, null, AuditKind.CHAIN_SEALED, "system:start-up",
                java.util.Map.of("sealedSeq", last.seq, "sealedHash", last.hash));
        return true;
    }

    private AuditEntry append(String chain, UUID incidentId, String ruleSetVersion, String subject, AuditKind kind,
                              String actor, Object change) {
        // The head row is locked for the rest of the transaction: appends to one chain queue behind it.
        AuditChainHead previous = AuditChainHead.getEntityManager().find(AuditChainHead.class, chain,
                LockModeType.PESSIMISTIC_WRITE);
        String state = incidentId != null && kind.recordsState()
                ? incidents.recordable(incidentId).map(Json::write).orElse(null) : null;
        AuditEntry entry = entry(chain, incidentId, ruleSetVersion, subject, kind, actor, change,
                previous == null ? 1 : previous.seq + 1, previous == null ? null : previous.hash, state);
        AuditChainHead head = previous == null ? new AuditChainHead() : previous;
        head.chain = chain;
        head.seq = entry.seq;
        head.hash = entry.hash;
        if (previous == null) {
            head.persist();
        }
        return entry;
    }

    private AuditEntry entry(String chain, UUID incidentId, String ruleSetVersion, String subject, AuditKind kind,
                             String actor, Object change, long seq, String previousHash, String state) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.chain = chain;
        entry.seq = seq;
        entry.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor == null || actor.isBlank() ? "unknown" : truncate(actor);
        entry.kind = kind.name();
        entry.incidentId = incidentId;
        entry.ruleSetVersion = ruleSetVersion;
        entry.subject = subject;
        entry.digest = Sha256.hex(Json.write(change));
        entry.previousHash = previousHash;
        entry.state = state;
        entry.macKeyId = keys.currentId();
        entry.hash = keys.mac(entry.canonicalText());
        entry.persist();
        return entry;
    }

    private static String truncate(String actor) {
        return actor.length() <= 100 ? actor : actor.substring(0, 100);
    }
}
