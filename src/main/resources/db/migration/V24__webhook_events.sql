-- Events out (issue 19, item 4; README "Events out (webhooks)"): the webhook endpoints a school's admin registers,
-- and the outbox rows that carry one CloudEvent to one endpoint. Events go through the notification outbox of V5,
-- so they are recorded in the transaction of the change they tell of and delivered once per endpoint across
-- instances, with the reminders' claim, lease and back-off.

CREATE TABLE webhook_endpoint (
    id          UUID PRIMARY KEY,
    school_id   VARCHAR(100)  NOT NULL,
    -- https, or http to a loopback address only
    url         VARCHAR(2048) NOT NULL,
    -- the event types subscribed, comma-separated (incident.reported,action.completed,...)
    event_types VARCHAR(400)  NOT NULL,
    -- The HMAC-SHA256 key of this endpoint alone (at least 32 bytes), shown once on registration. Kept as it must
    -- be used (a hash cannot sign); never listed, logged or sent.
    secret      VARCHAR(512)  NOT NULL,
    description VARCHAR(100),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    disabled_at TIMESTAMP(6) WITH TIME ZONE,
    disabled_by VARCHAR(200)
);
CREATE INDEX ix_webhook_endpoint_school ON webhook_endpoint (school_id);

-- An event row: kind EVENT, channel WEBHOOK, no action or role (the action's id is in the event), the endpoint,
-- the event's id and type, and the CloudEvent itself exactly as it is sent on every attempt.
ALTER TABLE notification ALTER COLUMN incident_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN role DROP NOT NULL;
ALTER TABLE notification ADD COLUMN endpoint_id UUID REFERENCES webhook_endpoint (id);
ALTER TABLE notification ADD COLUMN event_id UUID;
ALTER TABLE notification ADD COLUMN event_type VARCHAR(60);
ALTER TABLE notification ADD COLUMN payload VARCHAR(100000);
-- One delivery of an event per endpoint.
CREATE UNIQUE INDEX uq_notification_event ON notification (event_id, endpoint_id);
CREATE INDEX ix_notification_endpoint ON notification (endpoint_id, created_at);
