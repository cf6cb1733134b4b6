-- Issue 17, finding 4: the audit trail is keyed. An entry written from now on carries the id of the key its hash
-- is an HMAC-SHA256 under (the key itself lives outside the database: esafety.audit.key, or data/audit.key with
-- the embedded H2 default). Entries written before have no key id: they verify as legacy SHA-256 entries, and
-- only at the start of a chain (org.esafety.audit.LegacySeal closes every legacy chain with a keyed entry).
ALTER TABLE audit_entry ADD COLUMN mac_key_id VARCHAR(16);
-- The incident's state after the change (its status, each action's status, deadline and completion), as JSON of
-- codes, times and digests, never free text: the verifier compares what staff see now with it.
ALTER TABLE audit_entry ADD COLUMN state VARCHAR(100000);
-- What an administrator's entry is about: the principal (user:…, key:…) created, changed or disabled.
ALTER TABLE audit_entry ADD COLUMN subject VARCHAR(120);
