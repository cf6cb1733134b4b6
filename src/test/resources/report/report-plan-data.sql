-- ReportPlanIT's data: 60,000 incidents of 40 schools over three years (500 a school a year, as at a million over
-- 500 schools), one evaluation and eight actions each, a few about the DSL. Each statement ends with a semicolon at
-- the end of a line.

INSERT INTO incident (id, school_id, source, external_ref, request_hash, reported_at, received_at,
    category, circumstances, status, legality, rule_set_version, evaluated_at, version, reference, subject_roles,
    closed_at)
SELECT gen_random_uuid(), 'school-' || (g % 40), 'cpoms', 'REF-' || g, md5(g::text) || md5(g::text),
    TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00' - make_interval(secs => g * 1577),
    TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00',
    (ARRAY['CYBERBULLYING','SHARING_NUDES','SELF_HARM_CONTENT','UNSUITABLE_CONTENT',
           'FILTER_CIRCUMVENTION','OFFENSIVE_MESSAGE'])[1 + g % 6],
    '{}', CASE (g / 3) % 20 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'ACTIONS_COMPLETE' ELSE 'CLOSED' END,
    (ARRAY['ILLEGAL','UNCERTAIN','INAPPROPRIATE'])[1 + g % 3], 'sha256:x',
    TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', 0, 'S' || (g % 40) || '-' || g,
    CASE WHEN g % 97 = 0 THEN ',DSL,' END, NULL
FROM generate_series(1, 60000) g;

INSERT INTO evaluation (id, incident_id, evaluated_at, aware_at, trigger_kind, rule_set_version,
    legality, facts, fired_rules, actions_added, actions_superseded)
SELECT gen_random_uuid(), id, reported_at, reported_at, 'INTAKE', 'sha256:x', legality, '{}',
    '[]', '[]', '[]' FROM incident;

INSERT INTO required_action (id, incident_id, school_id, evaluation_id, code, responsible,
    deadline_kind, band, aware_at, due_at, position, status, rules, rule_ids, sources, version, completed_at,
    rationale, external_reference)
SELECT gen_random_uuid(), e.incident_id, i.school_id, e.id,
    (ARRAY['LOG_INCIDENT','REFER_TO_POLICE','INFORM_LA','REFER_TO_LADO','FIX_FILTER_BYPASS','BLOCK_URL',
           'INFORM_PARENTS','REFER_TO_CHILDRENS_SOCIAL_CARE'])[n],
    (ARRAY['DSL','DEPUTY_DSL','HEADTEACHER','IT_SUPPORT'])[1 + n % 4], 'SAME_DAY', 0, i.reported_at,
    i.reported_at + make_interval(days => n), n,
    CASE WHEN i.status = 'OPEN' AND n % 2 = 0 THEN 'OPEN'
         ELSE (ARRAY['DONE','NOT_REQUIRED','SUPERSEDED'])[1 + n % 3] END,
    '[]', '[]', '[]', 0,
    CASE WHEN i.status = 'OPEN' AND n % 2 = 0 THEN NULL ELSE i.reported_at + make_interval(hours => n * 5) END,
    CASE WHEN n % 3 = 1 THEN 'Not needed' END, CASE WHEN n = 2 THEN 'POL-' || n END
FROM evaluation e JOIN incident i ON i.id = e.incident_id CROSS JOIN generate_series(1, 8) n;
