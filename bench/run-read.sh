#!/usr/bin/env bash
# Reads at a million incidents: the board query, one school's incident list, one incident's page, a pupil's
# chronology, a school year's governors' report and inspection-day list, p50/p95/p99 over random schools,
# incidents and pupils, one request at a time, with issue 20's targets beside them; then each query's plan
# (EXPLAIN ANALYZE, logged by PostgreSQL's auto_explain for the statements the service itself sends) into
# bench/target/read/plans.txt. Seeds the database first (bench/seed.sh, with DB, INCIDENTS and SCHOOLS) unless it
# already holds INCIDENTS incidents.
# Usage: bench/run-read.sh   (DB=esafety_bench_seed, INCIDENTS=1000000, REQUESTS=1000 per query and a fifth of
#        that per report, YEAR_FROM=2025-09-01 YEAR_TO=2026-08-31 the report's year, PORT=18080,
#        SKIP_BUILD=1 reuses the last build)
# Reminders are off for this run (ESAFETY_REMINDERS_EVERY=off): the seeded database holds years of overdue
# actions, and the reminder job's first pass over them is not what is measured here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
DB=${DB:-esafety_bench_seed}
INCIDENTS=${INCIDENTS:-1000000}
REQUESTS=${REQUESTS:-1000}
YEAR_FROM=${YEAR_FROM:-2025-09-01}
YEAR_TO=${YEAR_TO:-2026-08-31}
out="$bench_target/read"
mkdir -p "$out"
summary="$out/summary.txt"
: > "$summary"
say() { echo "$*" | tee -a "$summary"; }
trap 'stop_service; psql -X -q -d postgres -c "ALTER DATABASE $DB RESET ALL" 2> /dev/null || true' EXIT

have=$(psql -X -At -d "$DB" -c "select count(*) from incident" 2> /dev/null || echo 0)
if (( have < INCIDENTS )); then
  "$root/bench/seed.sh"
  export SKIP_BUILD=1
fi
build_service
build_bench
schools=$(grep -oP '^  - id: \K\S+' "$out/schools.yaml" | paste -sd, -)
say "date $(date -u +%FT%TZ); machine: $(machine); JAVA_OPTS=$JAVA_OPTS"
say "$(psql -X -At -d "$DB" -c "select count(*) || ' incidents, ' || (select count(*) from required_action) || ' actions (' || (select count(*) from required_action where status = 'OPEN' and due_at < now()) || ' open and overdue), ' || (select count(distinct school_id) from incident) || ' schools; ' || pg_size_pretty(pg_database_size(current_database())) from incident")"
env_run=(ESAFETY_SCHOOLS_FILE="$out/schools.yaml" ESAFETY_REMINDERS_EVERY=off)
start_service "$DB" "$out/service.log" "${env_run[@]}"
say "start to ready on this database: $READY_MS ms"
key=$(issue_key dsl "[\"${schools//,/\",\"}\"]")
java -cp "$BENCH_CP" org.esafety.bench.ReadBenchmark "$BASE" "$key" "jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  "$REQUESTS" "${WARMUP_REQUESTS:-200}" "$YEAR_FROM" "$YEAR_TO" | tee -a "$summary"
say "RSS after the reads: $(rss_mb "$SERVICE_PID") MB; load: $(uptime | sed 's/.*load average: //')"
stop_service

# The plans, as PostgreSQL ran the service's own statements: one request of each kind with auto_explain on.
psql -X -q -d postgres -c "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0" -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on"
log=/var/log/postgresql/postgresql-15-main.log
from=$(($(wc -l < "$log") + 1))
start_service "$DB" "$out/service-explain.log" "${env_run[@]}"
school=$(cut -d, -f7 <<< "$schools")
incident=$(psql -X -At -d "$DB" -c "select id from incident where school_id = '$school' order by reported_at desc limit 1 offset 3")
# The pupil with the most incidents (the chronology's worst case), as school|ref.
pupil=$(psql -X -At -d "$DB" -c "select i.school_id || '|' || p.ref from incident_party p join incident i on i.id = p.incident_id
  where p.ref is not null and p.replaced_at is null group by i.school_id, p.ref order by count(*) desc, 1 limit 1")
year="from=$YEAR_FROM&to=$YEAR_TO"
for path in "/api/actions?schoolId=$school&status=OPEN&overdue=true" "/api/incidents?schoolId=$school" \
            "/api/incidents/$incident" "/api/pupils/${pupil#*|}/chronology?schoolId=${pupil%%|*}" \
            "/api/reports/summary?schoolId=$school&$year" "/api/reports/inspection?schoolId=$school&$year"; do
  mark=$(($(wc -l < "$log") + 1))
  curl -sf -o /dev/null -H "Authorization: Bearer $key" "$BASE$path"
  sleep 0.5
  { echo "=== GET $path"; tail -n +"$mark" "$log" \
      | sed -E 's/^[0-9-]+ [0-9:.]+ UTC \[[0-9]+\] [a-z]+@[a-z_]+ //'; } >> "$out/plans.txt.new"
done
stop_service
mv "$out/plans.txt.new" "$out/plans.txt"
say "plans: $out/plans.txt ($(grep -c 'Index' "$out/plans.txt") index nodes, $(grep -c 'Seq Scan' "$out/plans.txt") sequential scans)"
