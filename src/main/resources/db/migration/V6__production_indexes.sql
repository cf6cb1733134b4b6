-- Production (issue 8): an index for every list and filter of the API that V1-V3 did not cover, so that no
-- list scans a whole table as the database grows to hundreds of schools. The README's production section
-- names every index and the query it serves. Portable between H2 2.x and PostgreSQL 15.

-- GET /api/incidents, newest reportedAt first (ties by id):
--   no filter, from/to only, or several schools at once (school_id IN ...): walk reported_at in order;
CREATE INDEX ix_incident_reported ON incident (reported_at DESC, id);
--   schoolId + category;
CREATE INDEX ix_incident_school_category_reported ON incident (school_id, category, reported_at DESC, id);
--   status or category across schools (a local authority's view).
CREATE INDEX ix_incident_status_reported ON incident (status, reported_at DESC, id);
CREATE INDEX ix_incident_category_reported ON incident (category, reported_at DESC, id);

-- GET /api/actions, soonest dueAt first (ties by id):
--   schoolId alone, or with dueBefore;
CREATE INDEX ix_action_school_due ON required_action (school_id, due_at, id);
--   schoolId + responsible (+ status, overdue): a role's board;
CREATE INDEX ix_action_school_responsible_status_due ON required_action (school_id, responsible, status, due_at, id);
--   no filter, or dueBefore only.
CREATE INDEX ix_action_due ON required_action (due_at, id);

-- GET /api/audit without incidentId: every chain, oldest first (at, chain, seq).
CREATE INDEX ix_audit_at ON audit_entry (at, chain, seq);

-- A rule-set load records the version it loaded in the trail itself (GET /api/audit shows it); the entry's
-- hash covers it. Null for every other kind of entry.
ALTER TABLE audit_entry ADD COLUMN rule_set_version VARCHAR(80);
