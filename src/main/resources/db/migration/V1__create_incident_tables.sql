-- Incidents, their parties, the decisions taken on them (evaluations), the actions and instructions
-- those decisions required. Nothing here is ever deleted: actions are completed or superseded.
-- Portable between H2 2.x and PostgreSQL 15. JSON documents are kept as text.

CREATE TABLE incident (
    id                  UUID PRIMARY KEY,
    school_id           VARCHAR(100)  NOT NULL,
    source              VARCHAR(100)  NOT NULL,
    external_ref        VARCHAR(100)  NOT NULL,
    request_hash        VARCHAR(64)   NOT NULL,
    reported_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    occurred_at         TIMESTAMP(6) WITH TIME ZONE,
    received_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    reported_legality   VARCHAR(20),
    reported_by_role    VARCHAR(50),
    reported_by_ref     VARCHAR(100),
    circumstances       VARCHAR(4000) NOT NULL,
    url                 VARCHAR(2048),
    summary             VARCHAR(4000),
    dsl_assessment      VARCHAR(20),
    external_outcome    VARCHAR(40),
    status              VARCHAR(20)   NOT NULL,
    legality            VARCHAR(20)   NOT NULL,
    rule_set_version    VARCHAR(80)   NOT NULL,
    evaluated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_at           TIMESTAMP(6) WITH TIME ZONE,
    closed_by           VARCHAR(100),
    close_note          VARCHAR(4000),
    version             BIGINT        NOT NULL,
    -- Idempotency is enforced here, not only in Java: one incident per key, however many copies race.
    CONSTRAINT uq_incident_key UNIQUE (school_id, source, external_ref)
);
-- GET /api/incidents: by school, newest reportedAt first (ties by id); filters on status and category.
CREATE INDEX ix_incident_school_reported ON incident (school_id, reported_at DESC, id);
CREATE INDEX ix_incident_school_status_reported ON incident (school_id, status, reported_at DESC, id);

CREATE TABLE incident_party (
    id          UUID PRIMARY KEY,
    incident_id UUID         NOT NULL REFERENCES incident (id),
    position    INTEGER      NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    staff_role  VARCHAR(30),
    age         INTEGER,
    ref         VARCHAR(100),
    -- A reassessment replaces the list of parties; the replaced rows are kept, marked with when.
    replaced_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_party_incident ON incident_party (incident_id, position);

CREATE TABLE evaluation (
    id                 UUID PRIMARY KEY,
    incident_id        UUID          NOT NULL REFERENCES incident (id),
    evaluated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    aware_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    trigger_kind       VARCHAR(20)   NOT NULL,
    rule_set_version   VARCHAR(80)   NOT NULL,
    legality           VARCHAR(20)   NOT NULL,
    facts              VARCHAR(100000) NOT NULL,
    fired_rules        VARCHAR(100000) NOT NULL,
    actions_added      VARCHAR(10000) NOT NULL,
    actions_superseded VARCHAR(10000) NOT NULL
);
CREATE INDEX ix_evaluation_incident ON evaluation (incident_id, evaluated_at);

CREATE TABLE required_action (
    id                 UUID PRIMARY KEY,
    incident_id        UUID          NOT NULL REFERENCES incident (id),
    school_id          VARCHAR(100)  NOT NULL,
    evaluation_id      UUID          NOT NULL REFERENCES evaluation (id),
    code               VARCHAR(60)   NOT NULL,
    responsible        VARCHAR(40)   NOT NULL,
    deadline_kind      VARCHAR(20)   NOT NULL,
    band               INTEGER       NOT NULL,
    aware_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    due_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    position           INTEGER,
    status             VARCHAR(20)   NOT NULL,
    rules              VARCHAR(20000) NOT NULL,
    rule_ids           VARCHAR(4000) NOT NULL,
    sources            VARCHAR(20000) NOT NULL,
    contact            VARCHAR(500),
    superseded_by      UUID REFERENCES evaluation (id),
    completed_at       TIMESTAMP(6) WITH TIME ZONE,
    completed_by       VARCHAR(100),
    outcome            VARCHAR(20),
    note               VARCHAR(4000),
    rationale          VARCHAR(4000),
    external_reference VARCHAR(100),
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_action_incident ON required_action (incident_id);
-- GET /api/actions (the board): a school's actions by status, soonest due first; serves overdue=true
-- (status OPEN and due_at < now) as a range scan.
CREATE INDEX ix_action_school_status_due ON required_action (school_id, status, due_at, id);
CREATE INDEX ix_action_status_due ON required_action (status, due_at, id);

CREATE TABLE incident_instruction (
    id            UUID PRIMARY KEY,
    incident_id   UUID          NOT NULL REFERENCES incident (id),
    evaluation_id UUID          NOT NULL REFERENCES evaluation (id),
    code          VARCHAR(60)   NOT NULL,
    rules         VARCHAR(20000) NOT NULL,
    sources       VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_instruction_evaluation ON incident_instruction (evaluation_id);
