-- Decision table v6: a STAFF or VISITOR party may be employed by a supply agency or a contractor (KCSIE Part 4: the
-- employer is told). Null when the report did not say.
ALTER TABLE incident_party ADD COLUMN agency_or_contractor BOOLEAN;
