package org.esafety.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Walks every audit chain and names the first link that does not hold. */
@ApplicationScoped
public class AuditVerifier {

    /** The answer of GET /api/audit/verification. */
    public record Verification(boolean verified, long entries, Broken firstBroken) {
    }

    /** The first entry whose link does not hold, and why. */
    public record Broken(UUID id, String reason) {
    }

    @Transactional
    public Verification verify() {
        Map<String, AuditChainHead> heads = new HashMap<>();
        AuditChainHead.<AuditChainHead>streamAll().forEach(h -> heads.put(h.chain, h));
        long count = 0;
        AuditEntry previous = null;
        try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("order by chain, seq").stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                count++;
                boolean first = previous == null || !previous.chain.equals(entry.chain);
                String reason = first && previous != null ? end(previous, heads.remove(previous.chain)) : null;
                if (reason != null) {
                    return new Verification(false, count, new Broken(previous.id, reason));
                }
                reason = check(entry, first ? null : previous);
                if (reason != null) {
                    return new Verification(false, count, new Broken(entry.id, reason));
                }
                previous = entry;
            }
        }
        String reason = previous == null ? null : end(previous, heads.remove(previous.chain));
        if (reason != null) {
            return new Verification(false, count, new Broken(previous.id, reason));
        }
        if (!heads.isEmpty()) {
            AuditChainHead orphan = heads.values().iterator().next();
            return new Verification(false, count, new Broken(null, "chain " + orphan.chain + " has a head of "
                    + orphan.seq + " entries but none is stored"));
        }
        return new Verification(true, count, null);
    }

    /**
     * One incident's chain only: every link holds and it ends where its head says. What a child's file records
     * beside each incident it carries.
     */
    @Transactional
    public Verification verifyIncident(UUID incidentId) {
        String chain = incidentId.toString();
        AuditChainHead head = AuditChainHead.findById(chain);
        long count = 0;
        AuditEntry previous = null;
        try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("chain = ?1 order by seq", chain).stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                count++;
                String reason = check(entry, previous);
                if (reason != null) {
                    return new Verification(false, count, new Broken(entry.id, reason));
                }
                previous = entry;
            }
        }
        if (previous == null) {
            return head == null ? new Verification(false, 0, new Broken(null, "the incident has no audit entry"))
                    : new Verification(false, 0, new Broken(null, "the chain has a head of " + head.seq
                            + " entries but none is stored"));
        }
        String reason = end(previous, head);
        return reason == null ? new Verification(true, count, null)
                : new Verification(false, count, new Broken(previous.id, reason));
    }

    /** The last stored entry of a chain must be the one its head recorded: newer entries were removed otherwise. */
    private static String end(AuditEntry last, AuditChainHead head) {
        if (head == null) {
            return "the chain has no head: it was not written by the service";
        }
        if (head.seq != last.seq || !head.hash.equals(last.hash)) {
            return "the chain ends at entry " + last.seq + " but its head records " + head.seq
                    + " entries: newer entries are missing or changed";
        }
        return null;
    }

    private static String check(AuditEntry entry, AuditEntry previous) {
        if (!entry.computeHash().equals(entry.hash)) {
            return "the entry's content does not match its hash";
        }
        long expectedSeq = previous == null ? 1 : previous.seq + 1;
        if (entry.seq != expectedSeq) {
            return "entry " + expectedSeq + " of the chain is missing";
        }
        String expectedPrevious = previous == null ? null : previous.hash;
        if (!Objects.equals(entry.previousHash, expectedPrevious)) {
            return "the entry does not link to the previous entry's hash";
        }
        return null;
    }
}
