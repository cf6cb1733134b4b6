-- Issue 16 and decision table v6 §4: a case record staff can defend.

-- No silent cancellation: an OPEN action of bands 1-4 the rules no longer require stays OPEN, marked.
ALTER TABLE required_action ADD COLUMN no_longer_required_since UUID REFERENCES evaluation (id);
ALTER TABLE required_action ADD COLUMN no_longer_required_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE evaluation ADD COLUMN actions_no_longer_required VARCHAR(10000);

-- Who ran the rules and why (a reassessment's reason; a category correction needs one).
ALTER TABLE evaluation ADD COLUMN actor VARCHAR(200);
ALTER TABLE evaluation ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE evaluation ADD COLUMN reason VARCHAR(2000);
