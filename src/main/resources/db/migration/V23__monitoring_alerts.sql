-- Monitoring alerts in (issue 19, item 3): what a filtering or monitoring product (Smoothwall/Qoria Monitor, Senso, or
-- the generic shape) raised about a pupil, as its integration key sent it, in the school's triage tray until the
-- DSL promotes it to an incident or dismisses it with a reason. One row per (school, vendor, vendor's event id): a
-- vendor that sends the same event again gets the stored alert back (docs/alert-mappings.md).
CREATE TABLE alert (
    id               UUID PRIMARY KEY,
    school_id        VARCHAR(100)  NOT NULL,
    -- MONITOR, SENSO, GENERIC
    vendor           VARCHAR(20)   NOT NULL,
    vendor_event_id  VARCHAR(200)  NOT NULL,
    -- The vendor's level as sent ("5", "CRITICAL"), and on the service's scale of 1 (lowest) to 5
    vendor_level     VARCHAR(20)   NOT NULL,
    risk_level       INTEGER       NOT NULL,
    -- The vendor's highest level (Monitor 5, Senso CRITICAL, generic callNow): the DSL and the deputy are told at once
    urgent           BOOLEAN       NOT NULL,
    -- The vendor's event type or rule set (Bullying, Grooming...) and the category it suggests (policy.Category)
    event_type       VARCHAR(100)  NOT NULL,
    suggested_category VARCHAR(60),
    occurred_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    received_by      VARCHAR(100)  NOT NULL,
    -- Personal data, for the DSL's side only: never logged, never sent to the rules or in a notice
    user_name        VARCHAR(200),
    user_ref         VARCHAR(200),
    device           VARCHAR(200),
    captured_text    VARCHAR(4000),
    message          VARCHAR(4000),
    rule_set         VARCHAR(200),
    vendor_link      VARCHAR(2048),
    -- NEW, PROMOTED, DISMISSED
    status           VARCHAR(20)   NOT NULL,
    incident_id      UUID REFERENCES incident (id),
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    dismiss_reason   VARCHAR(2000),
    CONSTRAINT uq_alert_vendor_event UNIQUE (school_id, vendor, vendor_event_id)
);
-- The tray: a school's alerts by status, newest first.
CREATE INDEX ix_alert_tray ON alert (school_id, status, received_at);

-- The vendor's highest levels are announced to the DSL and the deputy through the outbox: such a notice is about an
-- alert, not (yet) an incident.
ALTER TABLE notification ADD COLUMN alert_id UUID REFERENCES alert (id);
ALTER TABLE notification ALTER COLUMN incident_id DROP NOT NULL;
CREATE INDEX ix_notification_alert ON notification (alert_id);
