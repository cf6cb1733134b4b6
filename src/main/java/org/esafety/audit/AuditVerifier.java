package org.esafety.audit;

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
        long count = 0;
        AuditEntry previous = null;
        try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("order by chain, seq").stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                count++;
                boolean first = previous == null || !previous.chain.equals(entry.chain);
                String reason = check(entry, first ? null : previous);
                if (reason != null) {
                    return new Verification(false, count, new Broken(entry.id, reason));
                }
                previous = entry;
            }
        }
        return new Verification(true, count, null);
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
