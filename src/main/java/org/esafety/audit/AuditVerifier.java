package org.esafety.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.esafety.common.Json;

/**
 * Walks the audit chains and the incidents. A chain holds when every entry's HMAC verifies under a known key (or,
 * only at its start, its legacy SHA-256 does), each links to the previous one, and it ends where its head says with a
 * keyed entry. Every incident in scope must have a chain that holds, and what staff see of it now (its status, each
 * action's status, deadline and completion) must be the state its last entry recorded.
 */
@ApplicationScoped
public class AuditVerifier {

    /** Incidents read (with their actions and chains) per step of the walk. */
    static final int PAGE = 200;
    /** Problems and discrepancies listed at most (all are counted in {@code verified}). */
    static final int LISTED = 100;

    /** One incident's chain (what a child's file records beside each incident it carries). */
    public record Verification(boolean verified, long entries, Broken firstBroken) {
    }

    /** The first entry whose link does not hold, and why. */
    public record Broken(UUID id, String reason) {
    }

    /**
     * The answer of GET /api/audit/verification: {@code global} when the caller is bound to every school (then every
     * chain and incident was walked, the admin chain and chains whose incident is gone included), else the caller's
     * schools' incidents and the rule-set chain.
     */
    public record TrailVerification(boolean verified, long entries, Broken firstBroken, boolean global,
                                    List<String> schools, long incidents, long legacyEntries, List<ChainProblem> problems,
                                    List<Discrepancy> discrepancies, boolean truncated) {
    }

    /** A chain that does not hold, or an incident without one: the chain, its incident, the entry (if one) and why. */
    public record ChainProblem(String chain, UUID incidentId, UUID id, String reason) {
    }

    /** What staff see now differs from the last audited state: the incident, the action (null: the incident), how. */
    public record Discrepancy(UUID incidentId, UUID actionId, String field, String recorded, String current) {
    }

    private final AuditKeys keys;
    private final IncidentStates incidents;
    private final EntityManager em;

    public AuditVerifier(AuditKeys keys, IncidentStates incidents, EntityManager em) {
        this.keys = keys;
        this.incidents = incidents;
        this.em = em;
    }

    /** Verifies the trail as seen from {@code schools}: every school and every chain when null. */
    @Transactional
    public TrailVerification verify(Set<String> schools) {
        Walk walk = new Walk();
        walk.chain(AuditEntry.RULE_SET_CHAIN, null, streamed(AuditEntry.RULE_SET_CHAIN),
                AuditChainHead.findById(AuditEntry.RULE_SET_CHAIN));
        if (schools == null) {
            walk.chain(AuditEntry.ADMIN_CHAIN, null, streamed(AuditEntry.ADMIN_CHAIN),
                    AuditChainHead.findById(AuditEntry.ADMIN_CHAIN));
        }
        UUID after = null;
        for (List<IncidentStates.Current> page = incidents.page(schools, null, PAGE); !page.isEmpty();
             page = incidents.page(schools, after, PAGE)) {
            List<String> chains = page.stream().map(c -> c.incidentId().toString()).toList();
            Map<String, List<AuditEntry>> entries = new LinkedHashMap<>();
            chains.forEach(c -> entries.put(c, new ArrayList<>()));
            AuditEntry.<AuditEntry>list("chain in ?1 order by chain, seq", chains)
                    .forEach(e -> entries.get(e.chain).add(e));
            Map<String, AuditChainHead> heads = new LinkedHashMap<>();
            AuditChainHead.<AuditChainHead>list("chain in ?1", chains).forEach(h -> heads.put(h.chain, h));
            for (IncidentStates.Current incident : page) {
                walk.incidents++;
                String chain = incident.incidentId().toString();
                AuditEntry stateEntry = walk.chain(chain, incident.incidentId(), entries.get(chain).stream(),
                        heads.get(chain));
                if (stateEntry != null) {
                    walk.compare(incident.incidentId(), stateEntry, incident.state());
                }
            }
            after = page.get(page.size() - 1).incidentId();
            em.clear();
        }
        if (schools == null) {
            alerts(walk);
            orphans(walk);
        }
        List<String> scope = schools == null ? List.of() : List.copyOf(new TreeSet<>(schools));
        return new TrailVerification(walk.problems == 0 && walk.discrepancies == 0, walk.entries, walk.firstBroken,
                schools == null, scope, walk.incidents, walk.legacy, walk.problemList, walk.discrepancyList,
                walk.problemList.size() < walk.problems || walk.discrepancyList.size() < walk.discrepancies);
    }

    /**
     * One incident's chain only: every link holds, it ends where its head says, and the incident's state now is
     * the one its last entry recorded.
     */
    @Transactional
    public Verification verifyIncident(UUID incidentId) {
        String chain = incidentId.toString();
        Walk walk = new Walk();
        AuditEntry stateEntry;
        try (Stream<AuditEntry> entries = streamed(chain)) {
            stateEntry = walk.chain(chain, incidentId, entries, AuditChainHead.findById(chain));
        }
        if (stateEntry != null) {
            incidents.now(incidentId).ifPresent(now -> walk.compare(incidentId, stateEntry, now));
        }
        return new Verification(walk.problems == 0 && walk.discrepancies == 0, walk.entries, walk.firstBroken);
    }

    private static Stream<AuditEntry> streamed(String chain) {
        return AuditEntry.<AuditEntry>find("chain = ?1 order by seq", chain).stream();
    }

    /** The monitoring alerts' chains (the global walk only): each holds, and ends where its head says. */
    private void alerts(Walk walk) {
        List<String> chains = AuditChainHead.<AuditChainHead>find("chain like ?1 order by chain",
                AuditEntry.ALERT_CHAIN_PREFIX + "%").stream().map(h -> h.chain).toList();
        for (String chain : chains) {
            try (Stream<AuditEntry> entries = streamed(chain)) {
                walk.chain(chain, null, entries, AuditChainHead.findById(chain));
            }
        }
        em.clear();
    }

    /** Chains whose incident no longer exists, and heads without any entry (the global walk only). */
    @SuppressWarnings("unchecked")
    private void orphans(Walk walk) {
        List<Object> orphaned = em.createNativeQuery("select distinct e.chain from audit_entry e where e.chain not in "
                        + "(:ruleSet, :admin) and e.chain not like 'alert:%' "
                        + "and not exists (select 1 from incident i where i.id = e.incident_id) "
                        + "order by e.chain")
                .setParameter("ruleSet", AuditEntry.RULE_SET_CHAIN).setParameter("admin", AuditEntry.ADMIN_CHAIN)
                .setMaxResults(LISTED + 1).getResultList();
        orphaned.forEach(chain -> walk.problem(new ChainProblem(chain.toString(), incidentId(chain.toString()), null,
                "the chain's incident does not exist: it was deleted from the database")));
        List<AuditChainHead> empty = AuditChainHead.<AuditChainHead>find("chain not in ?1 and chain not like 'alert:%' "
                + "and chain not in (select e.chain from AuditEntry e)", List.of(AuditEntry.RULE_SET_CHAIN, AuditEntry.ADMIN_CHAIN))
                .page(0, LISTED + 1).list();
        for (AuditChainHead head : empty) {
            UUID incident = incidentId(head.chain);
            if (incident == null || incidents.now(incident).isEmpty()) {
                walk.problem(new ChainProblem(head.chain, incident, null, "the chain has a head of " + head.seq
                        + " entries but none is stored, and no incident"));
            }
        }
    }

    private static UUID incidentId(String chain) {
        try {
            return UUID.fromString(chain);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What a walk found so far. */
    private final class Walk {
        long entries;
        long legacy;
        long incidents;
        long problems;
        long discrepancies;
        Broken firstBroken;
        final List<ChainProblem> problemList = new ArrayList<>();
        final List<Discrepancy> discrepancyList = new ArrayList<>();

        /** Checks one chain; returns its newest entry that records a state if the chain holds, else null. */
        AuditEntry chain(String chain, UUID incidentId, Stream<AuditEntry> stream, AuditChainHead head) {
            AuditEntry previous = null;
            AuditEntry stateEntry = null;
            for (AuditEntry entry : (Iterable<AuditEntry>) stream::iterator) {
                entries++;
                if (entry.legacy()) {
                    legacy++;
                }
                String reason = check(entry, previous);
                if (reason != null) {
                    problem(new ChainProblem(chain, incidentId, entry.id, reason));
                    return null;
                }
                if (entry.state != null) {
                    stateEntry = entry;
                }
                previous = entry;
            }
            String reason = previous == null ? empty(incidentId, head) : end(previous, head);
            if (reason != null) {
                problem(new ChainProblem(chain, incidentId, previous == null ? null : previous.id, reason));
                return null;
            }
            return stateEntry;
        }

        void compare(UUID incidentId, AuditEntry stateEntry, IncidentState now) {
            IncidentState recorded = Json.readStored(stateEntry.state, IncidentState.class);
            List<IncidentState.Difference> differences = recorded.differences(now);
            if (differences.isEmpty()) {
                return;
            }
            if (firstBroken == null) {
                firstBroken = new Broken(stateEntry.id, "incident " + incidentId + ": what staff see differs from its "
                        + "last audited state (" + differences.size() + (differences.size() == 1 ? " difference: " : " differences, first: ")
                        + describe(differences.get(0)) + ")");
            }
            for (IncidentState.Difference d : differences) {
                discrepancies++;
                if (discrepancyList.size() < LISTED) {
                    discrepancyList.add(new Discrepancy(incidentId, d.actionId(), d.field(), d.recorded(), d.current()));
                }
            }
        }

        void problem(ChainProblem problem) {
            problems++;
            if (firstBroken == null) {
                firstBroken = new Broken(problem.id(), problem.reason());
            }
            if (problemList.size() < LISTED) {
                problemList.add(problem);
            }
        }
    }

    private static String describe(IncidentState.Difference d) {
        return (d.actionId() == null ? "the incident's " : "action " + d.actionId() + "'s ") + d.field()
                + " was recorded as " + d.recorded() + " and is now " + d.current();
    }

    private static String empty(UUID incidentId, AuditChainHead head) {
        if (head != null) {
            return "the chain has a head of " + head.seq + " entries but none is stored";
        }
        return incidentId == null ? null : "the incident has no audit chain: its entries and head were removed";
    }

    /** The last stored entry of a chain must be the one its head recorded, and a keyed one. */
    private static String end(AuditEntry last, AuditChainHead head) {
        if (head == null) {
            return "the chain has no head: it was not written by the service";
        }
        if (head.seq != last.seq || !head.hash.equals(last.hash)) {
            return "the chain ends at entry " + last.seq + " but its head records " + head.seq
                    + " entries: newer entries are missing or changed";
        }
        if (last.legacy()) {
            return "the chain ends with a legacy (unkeyed SHA-256) entry: the service seals every legacy chain with "
                    + "a keyed entry, so this one was rewritten without the key";
        }
        return null;
    }

    private String check(AuditEntry entry, AuditEntry previous) {
        String content = content(entry, previous);
        if (content != null) {
            return content;
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

    private String content(AuditEntry entry, AuditEntry previous) {
        if (entry.legacy()) {
            if (previous != null && !previous.legacy()) {
                return "a legacy (unkeyed SHA-256) entry follows a keyed one: its hash was made without the key";
            }
            if (entry.state != null || entry.subject != null) {
                return "a legacy (unkeyed SHA-256) entry carries fields only keyed entries have";
            }
            return entry.computeLegacyHash().equals(entry.hash) ? null : "the entry's content does not match its hash";
        }
        if (!keys.knows(entry.macKeyId)) {
            return "the entry's hash was made with a key this service does not know (key id " + entry.macKeyId
                    + "): add the key to esafety.audit.previous-keys, or the entry was forged";
        }
        return keys.verifies(entry.macKeyId, entry.canonicalText(), entry.hash) ? null
                : "the entry's content does not match its hash";
    }
}
