package org.esafety.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.esafety.common.Sha256;

/**
 * One link of an audit chain: who did what, when, to which incident, and a digest of what changed. Its hash is an
 * HMAC-SHA256 under the key {@link #macKeyId} names (kept outside the database, {@link AuditKeys}); an entry without
 * a key id was written before the trail was keyed (V22) and its hash is a plain SHA-256 ("legacy").
 */
@Entity
public class AuditEntry extends PanacheEntityBase {

    /** The chain of rule-set loads; every other chain but {@link #ADMIN_CHAIN} is an incident's id or an alert's
     * ({@link #ALERT_CHAIN_PREFIX}). */
    public static final String RULE_SET_CHAIN = "rule-set";
    /** The chain of administrators' changes to users and API keys. */
    public static final String ADMIN_CHAIN = "admin";
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
    /** The key the hash is an HMAC under; null on a legacy (plain SHA-256) entry. */
    public String macKeyId;
    /** An incident's state after the change (JSON of {@link IncidentState}), on the kinds that change it. */
    public String state;
    /** The principal an administrator's entry is about (user:…, key:…); null on other entries. */
    public String subject;

    /**
     * The text the hash covers: every field but the hash itself, times to the microsecond. The rule-set version
     * is appended only when present, so entries written before it existed keep their hashes; a keyed entry adds
     * its key id, subject and state.
     */
    public String canonicalText() {
        String text = String.join("\n", id.toString(), chain, Long.toString(seq), MICROS.format(at), actor, kind,
                incidentId == null ? "" : incidentId.toString(), digest, previousHash == null ? "" : previousHash);
        text = ruleSetVersion == null ? text : text + "\nrule-set-version:" + ruleSetVersion;
        return macKeyId == null ? text : text + "\nmac-key:" + macKeyId + "\nsubject:" + (subject == null ? "" : subject)
                + "\nstate:" + (state == null ? "" : state);
    }

    /** The plain SHA-256 of a legacy entry, as written before V22 (and as anyone can recompute it). */
    public String computeLegacyHash() {
        return Sha256.hex(canonicalText());
    }

    public boolean legacy() {
        return macKeyId == null;
    }
}
