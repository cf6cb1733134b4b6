#!/usr/bin/env bash
# Intake under load, its ceiling, start-up and memory, in one run (bench/README.md):
#  1. builds the service for PostgreSQL and starts it on a new database (esafety_bench): time to ready, RSS;
#  2. issues a reporter API key (no password hash per request) and posts varied incidents with unique keys,
#     open-loop at fixed rates (default 50, 200, 500 /s): p50/p99/max latency from each request's due time;
#     RSS sampled every second under each rate;
#  3. steps the rate up (default 50 /s steps from 50) until p99 reaches 100 ms or a request fails:
#     the highest rate passed is the maximum sustained rate;
#  4. runs pgbench with the same statements as one intake, with as many clients as the pool (20).
# Usage: bench/run-intake.sh        (SECONDS=60 per rate, RATES=50,200,500, SKIP_BUILD=1 reuses the last build)
# The per-key intake limit (50/s by default) is raised for the run: ESAFETY_INTAKE_RATE_LIMIT/BURST=1000000.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
SECONDS_PER_RATE=${SECONDS_PER_RATE:-60}
WARMUP=${WARMUP:-10}
RATES=${RATES:-50,200,500}
STEP_FROM=${STEP_FROM:-50}
STEP=${STEP:-50}
STEP_SECONDS=${STEP_SECONDS:-30}
DB=${DB:-esafety_bench}
out="$bench_target/intake"
rm -rf "$out" && mkdir -p "$out"
summary="$out/summary.txt"
say() { echo "$*" | tee -a "$summary"; }
trap stop_service EXIT

build_service
build_bench
fresh_database "$DB"
say "date $(date -u +%FT%TZ); machine: $(machine); JAVA_OPTS=$JAVA_OPTS"
# The notification courier is off (as in run-read.sh and run-impact.sh): this machine has no mail server, and with
# the courier on, the announcements each new incident records (to the DSL and the deputy) failed, were retried and
# logged a warning each, hundreds a second, and that is what the run measured (bench/README.md, issue 21). Intake
# still writes the announcements into the outbox in its transaction; delivering them is not measured here.
start_service "$DB" "$out/service.log" ESAFETY_INTAKE_RATE_LIMIT=1000000 ESAFETY_INTAKE_RATE_BURST=1000000 \
  ESAFETY_REMINDERS_EVERY="${REMINDERS_EVERY:-off}"
say "start to ready: $READY_MS ms (new database: Flyway migrations and rule compilation included)"
sleep 2
say "RSS after start: $(rss_mb "$SERVICE_PID") MB"
schools=clifton-primary,thingwall-primary,claines-primary,clifton-high,offord-primary
key=$(issue_key reporter "[\"${schools//,/\",\"}\"]")
# A freshly started JVM compiles its hot code first: warm it up, unmeasured, before any rate.
java -Xmx512m -Dbench.warm="${WARM_SECONDS:-60}" -Dbench.out="$out" -cp "$BENCH_CP" org.esafety.bench.LoadGenerator \
  "$BASE" "$key" 1 1 0 "$schools" | grep "^warm-up" | tee -a "$summary"

# load RATE SECONDS: one open-loop run; prints the generator's line with the RSS peak appended.
load() {
  local rate=$1 seconds=$2 peak=0 rss
  ( while kill -0 "$SERVICE_PID" 2> /dev/null; do ps -o rss= -p "$SERVICE_PID"; sleep 1; done ) > "$out/rss-$rate.txt" &
  local sampler=$!
  local line
  line=$(java -Xmx512m -Dbench.out="$out" -cp "$BENCH_CP" org.esafety.bench.LoadGenerator "$BASE" "$key" "$rate" \
    "$seconds" "$WARMUP" "$schools")
  kill "$sampler"; wait "$sampler" 2> /dev/null || true
  peak=$(sort -n "$out/rss-$rate.txt" | tail -1)
  echo "$line rss_peak=$((peak / 1024))MB load=$(uptime | sed 's/.*load average: //; s/,.*//')"
}

for rate in ${RATES//,/ }; do
  say "$(load "$rate" "$SECONDS_PER_RATE")"
done

best=none
rate=$STEP_FROM
while :; do
  line=$(load "$rate" "$STEP_SECONDS")
  say "step $line"
  p99=$(grep -oP ' p99=\K[0-9.]+' <<< "$line")
  errors=$(grep -oP ' errors=\K[0-9]+' <<< "$line")
  if [[ $errors != 0 ]] || awk -v p="$p99" 'BEGIN { exit !(p >= 100) }'; then break; fi
  best=$rate
  rate=$((rate + STEP))
done
say "maximum sustained rate with p99 < 100 ms and no errors: $best /s"
stop_service
say "$(psql -X -At -d "$DB" -c "select count(*) || ' incidents, ' || (select count(*) from required_action) || ' actions in the database' from incident")"

# The ceiling, on the same database, right after the load.
"$root/bench/pgbench-intake.sh" "$DB" "$out/pgbench" "${PGBENCH_SECONDS:-60}" 20 | tee -a "$summary"
