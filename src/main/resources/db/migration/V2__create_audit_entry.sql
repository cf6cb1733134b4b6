-- The append-only, tamper-evident audit trail. Entries form hash chains: one per incident (chain = the
-- incident id) and one for rule-set loads (chain = 'rule-set'), so instances never contend on one chain.
-- Each entry's hash covers a canonical text of its content and the previous entry's hash.
CREATE TABLE audit_entry (
    id            UUID PRIMARY KEY,
    chain         VARCHAR(60)  NOT NULL,
    seq           BIGINT       NOT NULL,
    at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    incident_id   UUID,
    digest        VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    previous_hash VARCHAR(64),
    -- A chain cannot fork: two appends racing for the same place fail here.
    CONSTRAINT uq_audit_chain_seq UNIQUE (chain, seq)
);
CREATE INDEX ix_audit_incident ON audit_entry (incident_id, seq);
