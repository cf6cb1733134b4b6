-- The outbox of reminders and escalations (README "Reminders"): every notification is recorded here
-- before it is sent, and sent by whichever instance claims its row (SELECT ... FOR UPDATE SKIP LOCKED,
-- then a lease), so that several instances never send the same one twice. Rows are never deleted.
-- Only codes, roles and inbox addresses are stored: no names, references, summaries or incident URLs.

CREATE TABLE notification (
    id              UUID PRIMARY KEY,
    action_id       UUID          NOT NULL REFERENCES required_action (id),
    incident_id     UUID          NOT NULL REFERENCES incident (id),
    school_id       VARCHAR(100)  NOT NULL,
    -- REMINDER (due within the lead time), OVERDUE, ESCALATION (step 1, 2, ... along the path)
    kind            VARCHAR(20)   NOT NULL,
    step            INTEGER       NOT NULL,
    role            VARCHAR(40)   NOT NULL,
    -- EMAIL, WEBHOOK, or NONE when the role has no inbox (recorded as failed; the next role is told)
    channel         VARCHAR(10)   NOT NULL,
    destination     VARCHAR(2048),
    -- The roles after this one on the escalation path, comma-separated: who is told if this one fails.
    onward          VARCHAR(400),
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    lease_owner     VARCHAR(100),
    lease_until     TIMESTAMP(6) WITH TIME ZONE,
    delivered_at    TIMESTAMP(6) WITH TIME ZONE,
    delivered_by    VARCHAR(100),
    last_failure    VARCHAR(200),
    -- Planning is idempotent: one row per stage, role and channel of an action, however many instances plan.
    CONSTRAINT uq_notification UNIQUE (action_id, kind, step, role, channel)
);
-- The claim: due PENDING rows (and SENDING rows whose lease ran out), oldest first.
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at, id);
CREATE INDEX ix_notification_incident ON notification (incident_id);
