#!/usr/bin/env bash
# A million incidents: creates the database esafety_bench_seed (dropped first), migrates it by starting the
# service once, and loads INCIDENTS (default 1,000,000) incidents with their decisions across SCHOOLS (500)
# schools with COPY (org.esafety.bench.Seeder), then VACUUM ANALYZE. Writes bench/target/read/schools.yaml,
# the schools file the service must run with on this database.
# Usage: bench/seed.sh   (INCIDENTS=…, SCHOOLS=…, SKIP_BUILD=1 reuses the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
DB=${DB:-esafety_bench_seed}
INCIDENTS=${INCIDENTS:-1000000}
SCHOOLS=${SCHOOLS:-500}
out="$bench_target/read"
mkdir -p "$out"
trap stop_service EXIT
build_service
build_bench
java -cp "$BENCH_CP" org.esafety.bench.Seeder "jdbc:postgresql://$PGHOST:$PGPORT/$DB" 0 "$SCHOOLS" "$out/schools.yaml" "$root/rules"
fresh_database "$DB"
start_service "$DB" "$out/service-migrate.log" ESAFETY_SCHOOLS_FILE="$out/schools.yaml" ESAFETY_REMINDERS_EVERY=off
stop_service
start=$(date +%s)
# Loading is several times faster without the foreign keys and secondary indexes, which are made again after.
tables="'incident','incident_party','evaluation','required_action','incident_instruction'"
psql -X -At -d "$DB" > "$out/restore.sql" -c "
  select pg_get_indexdef(i.indexrelid) || ';' from pg_index i join pg_class c on c.oid = i.indexrelid
   where i.indrelid::regclass::text in ($tables) and not i.indisprimary
     and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
  union all
  select 'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT ' || conname || ' ' || pg_get_constraintdef(oid) || ';'
    from pg_constraint where contype = 'f' and conrelid::regclass::text in ($tables)"
psql -X -At -d "$DB" -c "
  select 'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT ' || conname || ';'
    from pg_constraint where contype = 'f' and conrelid::regclass::text in ($tables)
  union all
  select 'DROP INDEX ' || i.indexrelid::regclass || ';' from pg_index i
   where i.indrelid::regclass::text in ($tables) and not i.indisprimary
     and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)" | psql -X -q -d "$DB"
java -Xmx1g -cp "$BENCH_CP" org.esafety.bench.Seeder "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$INCIDENTS" "$SCHOOLS" \
  "$out/schools.yaml" "$root/rules"
psql -X -q -d "$DB" -c "SET maintenance_work_mem = '512MB'" -f "$out/restore.sql"
psql -X -q -d "$DB" -c "VACUUM ANALYZE"
echo "seeded $INCIDENTS incidents in $(( $(date +%s) - start )) s (VACUUM ANALYZE included); database size:" \
  "$(psql -X -At -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")"
