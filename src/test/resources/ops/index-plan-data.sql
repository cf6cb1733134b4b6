-- IndexPlanIT's data: 20,000 incidents of 200 schools, most closed (as in a running service), a rare category,
-- four actions and two audit entries each. Each statement ends with a semicolon at the end of a line.

INSERT INTO incident (id, school_id, source, external_ref, request_hash, reported_at, received_at,
    category, circumstances, status, legality, rule_set_version, evaluated_at, version)
SELECT gen_random_uuid(), 'school-' || (g % 200), 'cpoms', 'REF-' || g, md5(g::text) || md5(g::text),
    now() - make_interval(mins => g * 7), now(),
    CASE WHEN g % 50 = 3 THEN 'EXTREMIST_MATERIAL'
         ELSE (ARRAY['CYBERBULLYING','SHARING_NUDES','SELF_HARM_CONTENT','UNSUITABLE_CONTENT',
                     'FILTER_CIRCUMVENTION','OFFENSIVE_MESSAGE'])[1 + g % 6] END,
    '{}', CASE (g / 3) % 20 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'ACTIONS_COMPLETE' ELSE 'CLOSED' END,
    'INAPPROPRIATE', 'sha256:x',
    now(), 0
FROM generate_series(1, 20000) g;

INSERT INTO evaluation (id, incident_id, evaluated_at, aware_at, trigger_kind, rule_set_version,
    legality, facts, fired_rules, actions_added, actions_superseded)
SELECT gen_random_uuid(), id, reported_at, reported_at, 'INTAKE', 'sha256:x', 'INAPPROPRIATE', '{}',
    '[]', '[]', '[]' FROM incident;

INSERT INTO required_action (id, incident_id, school_id, evaluation_id, code, responsible,
    deadline_kind, band, aware_at, due_at, position, status, rules, rule_ids, sources, version)
SELECT gen_random_uuid(), e.incident_id, i.school_id, e.id, 'CODE_' || n,
    (ARRAY['DSL','REPORTER','HEADTEACHER','IT_SUPPORT'])[1 + n % 4], 'SAME_DAY', 0, i.reported_at,
    i.reported_at + make_interval(days => n * 2), n,
    CASE WHEN i.status = 'OPEN' AND n % 2 = 0 THEN 'OPEN'
         ELSE (ARRAY['DONE','NOT_REQUIRED','SUPERSEDED'])[1 + n % 3] END,
    '[]', '[]', '[]', 0
FROM evaluation e JOIN incident i ON i.id = e.incident_id CROSS JOIN generate_series(1, 4) n;

INSERT INTO audit_entry (id, chain, seq, at, actor, kind, incident_id, digest, hash)
SELECT gen_random_uuid(), i.id::text, n, i.reported_at + make_interval(secs => n), 'system:cpoms',
    (ARRAY['INCIDENT_RECEIVED','INCIDENT_EVALUATED'])[n], i.id, 'digest', 'hash'
FROM incident i CROSS JOIN generate_series(1, 2) n;
