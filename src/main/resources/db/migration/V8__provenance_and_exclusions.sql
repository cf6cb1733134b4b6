-- Issue 15: rule provenance kept as (rule id, name, source) triples, so that each source is paired with
-- its rule; the older unpaired lists stay readable for rows written before this migration.
ALTER TABLE required_action ADD COLUMN provenance VARCHAR(40000);
ALTER TABLE required_action ALTER COLUMN rules DROP NOT NULL;
ALTER TABLE required_action ALTER COLUMN rule_ids DROP NOT NULL;
ALTER TABLE required_action ALTER COLUMN sources DROP NOT NULL;
ALTER TABLE incident_instruction ADD COLUMN provenance VARCHAR(40000);
ALTER TABLE incident_instruction ALTER COLUMN rules DROP NOT NULL;
ALTER TABLE incident_instruction ALTER COLUMN sources DROP NOT NULL;

-- The roles a decision keeps away from the case because its subject holds them (decision table §3.5), stored
-- with the evaluation, so that reminders and escalation follow the decision recorded on the incident and
-- never run the rules again. Null on evaluations recorded before this migration.
ALTER TABLE evaluation ADD COLUMN excluded_roles VARCHAR(400);
