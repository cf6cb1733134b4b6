package org.esafety.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.esafety.common.Sha256;

/** One link of an audit hash chain: who did what, when, to which incident, and a digest of what changed. */
@Entity
public class AuditEntry extends PanacheEntityBase {

    /** The chain of rule-set loads; every other chain is an incident's id or an alert's ({@link #ALERT_CHAIN_PREFIX}). */
    public static final String RULE_SET_CHAIN = "rule-set";
    /** The chains of monitoring alerts' decisions: this prefix and the alert's id. */
    public static final String ALERT_CHAIN_PREFIX = "alert:";

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Id
    public UUID id;
    public String chain;
    public long seq;
    public Instant at;
    public String actor;
    public String kind;
    public UUID incidentId;
    public String digest;
    public String hash;
    public String previousHash;
    /** The rule-set version a RULE_SET_LOADED entry records; null on every other entry. */
    public String ruleSetVersion;

    /**
     * The text the hash covers: every field but the hash itself, times to the microsecond. The rule-set version
     * is appended only when present, so entries written before it existed keep their hashes.
     */
    public String canonicalText() {
        String text = String.join("\n", id.toString(), chain, Long.toString(seq), MICROS.format(at), actor, kind,
                incidentId == null ? "" : incidentId.toString(), digest, previousHash == null ? "" : previousHash);
        return ruleSetVersion == null ? text : text + "\nrule-set-version:" + ruleSetVersion;
    }

    public String computeHash() {
        return Sha256.hex(canonicalText());
    }
}
