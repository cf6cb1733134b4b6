-- Access (the access issue): people who sign in, machine clients' API keys, and who reported each incident.
-- A principal's schools are kept as a space-separated list of school ids (ids never contain spaces).

CREATE TABLE app_user (
    username        VARCHAR(64)   PRIMARY KEY,
    -- "pbkdf2-sha256$<iterations>$<salt>$<hash>": salted and slow; never the password itself.
    password_hash   VARCHAR(255)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    school_ids      VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(140)  NOT NULL,
    disabled_at     TIMESTAMP(6) WITH TIME ZONE
);

CREATE TABLE api_key (
    id              UUID          PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    -- SHA-256 of the whole key in hex: the key itself is shown once, at creation, and never stored.
    key_hash        VARCHAR(64)   NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    school_ids      VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(140)  NOT NULL,
    revoked_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);

-- The principal whose request created the incident ("user:…", "key:…", "oidc:…"): a reporter reads only its own.
ALTER TABLE incident ADD COLUMN submitted_by VARCHAR(140);
CREATE INDEX ix_incident_school_submitter_reported ON incident (school_id, submitted_by, reported_at DESC, id);
