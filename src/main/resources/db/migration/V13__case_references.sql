-- Issue 20: a readable reference per incident, unique per school and year (CLA-2026-0042), from a counter per
-- school and year; incidents reported before get theirs in the order they were reported, with the first three
-- letters of the school id as the code.
CREATE TABLE incident_sequence (
    school_id   VARCHAR(100) NOT NULL,
    ref_year    INTEGER      NOT NULL,
    last_number INTEGER      NOT NULL,
    CONSTRAINT pk_incident_sequence PRIMARY KEY (school_id, ref_year)
);
ALTER TABLE incident ADD COLUMN reference VARCHAR(40);
MERGE INTO incident i
USING (SELECT id, school_id, EXTRACT(YEAR FROM reported_at) AS y,
              ROW_NUMBER() OVER (PARTITION BY school_id, EXTRACT(YEAR FROM reported_at) ORDER BY reported_at, id) AS n
       FROM incident) r
ON i.id = r.id
WHEN MATCHED THEN UPDATE SET reference = UPPER(SUBSTRING(r.school_id, 1, 3)) || '-' || CAST(CAST(r.y AS INTEGER) AS VARCHAR(4))
    || '-' || LPAD(CAST(r.n AS VARCHAR(12)), 4, '0');
INSERT INTO incident_sequence (school_id, ref_year, last_number)
SELECT school_id, CAST(EXTRACT(YEAR FROM reported_at) AS INTEGER), COUNT(*) FROM incident
GROUP BY school_id, CAST(EXTRACT(YEAR FROM reported_at) AS INTEGER);
CREATE UNIQUE INDEX uq_incident_reference ON incident (school_id, reference);

-- A child's chronology finds the incidents in which a pupil is a party by the school's pupil identifier.
CREATE INDEX ix_party_ref ON incident_party (ref, incident_id);

-- When the school's DSL side first opened each incident: the reporter sees that the DSL has read it.
CREATE TABLE incident_receipt (
    incident_id UUID         NOT NULL REFERENCES incident (id),
    principal   VARCHAR(200) NOT NULL,
    read_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_incident_receipt PRIMARY KEY (incident_id, principal)
);

-- The DSL knows at once: a new incident is announced to the DSL and the deputy through the outbox; such a notice is
-- about the incident, not an action.
ALTER TABLE notification ALTER COLUMN action_id DROP NOT NULL;
