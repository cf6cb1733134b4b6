-- Issue 16 and decision table v6 §4: a case record staff can defend.

-- No silent cancellation: an OPEN action of bands 1-4 the rules no longer require stays OPEN, marked.
ALTER TABLE required_action ADD COLUMN no_longer_required_since UUID REFERENCES evaluation (id);
ALTER TABLE required_action ADD COLUMN no_longer_required_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE evaluation ADD COLUMN actions_no_longer_required VARCHAR(10000);

-- Who ran the rules and why (a reassessment's reason; a category correction needs one).
ALTER TABLE evaluation ADD COLUMN actor VARCHAR(200);
ALTER TABLE evaluation ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE evaluation ADD COLUMN reason VARCHAR(2000);

-- Attribution from the credentials: who reported, completed, reassessed and closed, with the display name they
-- had then; free-text names stay only as "on behalf of". People get a display name and a safeguarding position.
ALTER TABLE app_user ADD COLUMN display_name VARCHAR(100);
ALTER TABLE app_user ADD COLUMN position VARCHAR(40);
ALTER TABLE incident ADD COLUMN submitted_by_name VARCHAR(200);
ALTER TABLE incident ADD COLUMN closed_by_principal VARCHAR(200);
ALTER TABLE incident ADD COLUMN closed_by_name VARCHAR(200);
ALTER TABLE evaluation ADD COLUMN on_behalf_of VARCHAR(100);
ALTER TABLE required_action ADD COLUMN completed_by_principal VARCHAR(200);
ALTER TABLE required_action ADD COLUMN completed_by_name VARCHAR(200);
ALTER TABLE required_action ADD COLUMN acted_at TIMESTAMP(6) WITH TIME ZONE;

-- Who may see a case: the roles the latest decision keeps away from it (its subject's), as ",DSL,HEADTEACHER,",
-- on the incident and on each of its actions, so that lists leave out what a subject may not see.
ALTER TABLE incident ADD COLUMN subject_roles VARCHAR(400);
ALTER TABLE required_action ADD COLUMN subject_roles VARCHAR(400);

-- Corrections of a completed action: append-only, attributed.
CREATE TABLE action_addendum (
    id                 UUID PRIMARY KEY,
    action_id          UUID          NOT NULL REFERENCES required_action (id),
    incident_id        UUID          NOT NULL REFERENCES incident (id),
    at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    author             VARCHAR(200)  NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    text               VARCHAR(4000) NOT NULL,
    acted_at           TIMESTAMP(6) WITH TIME ZONE,
    external_reference VARCHAR(100)
);
CREATE INDEX ix_addendum_action ON action_addendum (action_id, at);
CREATE INDEX ix_addendum_incident ON action_addendum (incident_id);

-- Case notes: a call with a parent, a strategy meeting, advice received. Append-only, attributed.
CREATE TABLE case_note (
    id          UUID PRIMARY KEY,
    incident_id UUID          NOT NULL REFERENCES incident (id),
    at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE,
    text        VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_note_incident ON case_note (incident_id, at);
