#!/usr/bin/env bash
# The ceiling for intake: PostgreSQL's own rate for the statements of one incident's intake, run by pgbench.
# Usage: bench/pgbench-intake.sh DB OUT_DIR [SECONDS] [CLIENTS]
# DB must hold incidents posted by the load generator (source 'load'). The scripts are generated from one of
# them whose numbers of parties, actions and instructions are the load's averages, statement for statement as
# PostgreSQL's log (log_statement=all) shows one intake (bench/README.md, "The ceiling"), with the same values
# (texts, JSON documents, hashes) and new ids for each transaction. Since issue 21 an intake is one transaction
# and the API key is checked from the service's cache (no statement):
#   intake-request.sql  the idempotency read of the incident by its key, the school's next reference number
#                       (UPDATE incident_sequence … RETURNING, one row per school and year: intakes of one school
#                       queue on it, so each transaction takes one of the load's five schools at random), the
#                       school's webhook endpoints, then the inserts: the incident, its parties, the evaluation,
#                       actions, instructions, two audit entries and the chain head, the announcements to the DSL
#                       and the deputy (notification); commit;
#   intake-writes.sql   the same without the two reads.
set -euo pipefail
db=$1 out=$2 seconds=${3:-30} clients=${4:-20}
mkdir -p "$out"
q() { psql -X -q -At -d "$db" -c "$1"; }

# The counts per incident by grouped joins (hash aggregates: linear), not by a subquery per incident — the service
# has no index on incident_instruction.incident_id (it reads instructions by evaluation), and with 50,000 incidents
# the correlated form took minutes before the ceiling started (issue 21).
counts="
  with p as (select incident_id, count(*) c from incident_party group by incident_id),
       a as (select incident_id, count(*) c from required_action group by incident_id),
       n as (select incident_id, count(*) c from incident_instruction group by incident_id)
  select i.id, coalesce(p.c, 0) p, coalesce(a.c, 0) a, coalesce(n.c, 0) n from incident i
    left join p on p.incident_id = i.id left join a on a.incident_id = i.id left join n on n.incident_id = i.id
   where i.source = 'load'"
read -r parties actions instructions < <(q "
  select round(avg(p)), round(avg(a)), round(avg(n)) from ($counts) s" | tr '|' ' ')
template=$(q "select id from ($counts) s where p = $parties and a = $actions and n = $instructions limit 1")
if [[ -z $template ]]; then echo "no incident with $parties parties, $actions actions, $instructions instructions" >&2; exit 1; fi
echo "template incident $template: $parties parties, $actions actions, $instructions instructions (the load's averages)"

# INSERT statements with the template row's values; ids (and the unique key) replaced by expressions.
iid="md5(:r || 'i')::uuid"
eid="md5(:r || 'e')::uuid"
inserts() { # table, where, replacements as "column=expression;..."
  q "select 'INSERT INTO $1 (' || string_agg(key, ',' order by n) || ') VALUES (' ||
       string_agg(case $(echo "$3" | tr ';' '\n' | sed -E "s/^([a-z_]+)=(.*)$/when key = '\1' then \$q\$\2\$q\$/") 
                  when value like '%:%' then '(convert_from(decode(' ||
                    quote_literal(translate(encode(convert_to(value, 'UTF8'), 'base64'), E'\\n', '')) ||
                    ', ''base64''), ''UTF8''))::' || format_type(a.atttypid, null)
                  else coalesce(quote_literal(value), 'NULL') end, ',' order by n) || ');'
     from $1 t, json_each_text(row_to_json(t)) with ordinality as j(key, value, n)
       join pg_attribute a on a.attrelid = '$1'::regclass and a.attname = j.key
     where $2 group by t"
}
key=$(q "select quote_literal(school_id) || ' and source = ' || quote_literal(source) from incident where id = '$template'")
school=$(q "select quote_literal(school_id) from incident where id = '$template'")
year=$(q "select extract(year from reported_at at time zone 'UTC')::int from incident where id = '$template'")
schools=$(q "select string_agg(quote_literal(s), ',' order by s) from (select distinct school_id s from incident where source = 'load') x")
writes() {
  inserts incident "t.id = '$template'" "id=$iid;external_ref=$iid::text;reference=substr(md5(:r || 'ref'), 1, 24)"
  inserts incident_party "t.incident_id = '$template'" "id=gen_random_uuid();incident_id=$iid"
  inserts evaluation "t.incident_id = '$template'" "id=$eid;incident_id=$iid"
  inserts required_action "t.incident_id = '$template'" "id=gen_random_uuid();incident_id=$iid;evaluation_id=$eid"
  inserts incident_instruction "t.incident_id = '$template'" "id=gen_random_uuid();incident_id=$iid;evaluation_id=$eid"
  inserts audit_entry "t.incident_id = '$template' and t.seq = 1" "id=gen_random_uuid();chain=$iid::text;incident_id=$iid"
  inserts audit_entry "t.incident_id = '$template' and t.seq = 2" "id=gen_random_uuid();chain=$iid::text;incident_id=$iid"
  inserts audit_chain_head "t.chain = '$template'" "chain=$iid::text"
  inserts notification "t.incident_id = '$template' and t.kind = 'NEW_INCIDENT'" "id=gen_random_uuid();incident_id=$iid"
}
sequence="UPDATE incident_sequence SET last_number = last_number + 1 WHERE school_id = (ARRAY[$schools])[:s] AND ref_year = $year RETURNING last_number;"
{
  echo "\\set r random(1, 9000000000000000000)"
  echo "\\set s random(1, $(echo "$schools" | tr ',' '\n' | wc -l))"
  echo "BEGIN;"
  echo "$sequence"
  writes
  echo "COMMIT;"
} > "$out/intake-writes.sql"
{
  echo "\\set r random(1, 9000000000000000000)"
  echo "\\set s random(1, $(echo "$schools" | tr ',' '\n' | wc -l))"
  echo "BEGIN;"
  echo "SELECT * FROM incident WHERE school_id = $key and external_ref = ($iid)::text FETCH FIRST 1 ROWS ONLY;"
  echo "$sequence"
  echo "SELECT * FROM webhook_endpoint WHERE school_id = $school AND disabled_at IS NULL ORDER BY created_at, id;"
  writes
  echo "COMMIT;"
} > "$out/intake-request.sql"
[[ $(grep -c '^INSERT INTO notification' "$out/intake-writes.sql") == 2 ]] || { echo "expected two announcements" >&2; exit 1; }
# The template's two audit entries collapse to the same seq if the second is not seq 2: check the counts.
[[ $(grep -c '^INSERT INTO audit_entry' "$out/intake-writes.sql") == 2 ]] || { echo "expected two audit entries" >&2; exit 1; }

for script in intake-writes intake-request; do
  pgbench -n -M prepared -c "$clients" -j 2 -T "$seconds" -f "$out/$script.sql" "$db" > "$out/$script.txt" 2>&1 \
    || { cat "$out/$script.txt" >&2; exit 1; }
  tps=$(grep -oP 'tps = \K[0-9.]+' "$out/$script.txt" | head -1)
  lat=$(grep -oP 'latency average = \K[0-9.]+ ms' "$out/$script.txt")
  failed=$(grep -oP 'number of failed transactions: \K[0-9]+' "$out/$script.txt" || echo 0)
  echo "pgbench $script clients=$clients seconds=$seconds tps=$tps latency_avg=$lat failed=$failed"
done
