#!/usr/bin/env bash
# The impact report of a rule change over the seeded database (issue 18, item 2; README "Impact of a rule change"):
#  1. makes a candidate rule folder, bench/target/impact/rules-candidate: a copy of rules/ with one small, real
#     change (APPLY_ANTI_BULLYING_POLICY due within ONE_WORKING_DAY instead of WORKING_DAYS_5; candidate.diff);
#  2. starts the service on the seeded database (bench/seed.sh first unless it holds INCIDENTS incidents) with
#     that candidate, reminders off and the per-key intake limit raised; RSS is sampled every second throughout;
#  3. warms intake up, then drives intake open-loop at RATE (50) /s for LOAD_SECONDS (60, after WARMUP 10
#     unmeasured) with LoadGenerator WITHOUT a job: p50/p99 from each request's due time;
#  4. starts an impact job over every stored incident as the bootstrap admin (POST /api/admin/rules/impact) and
#     at once drives intake again at the same rate for the same time, WHILE the job runs;
#  5. polls the job (the jobs' list, once a second) to its end: wall time, incidents per second, RSS peak during
#     the job, and its counts (bench/target/impact/report.json holds the whole report).
# Everything goes to bench/target/impact/summary.txt.
# Usage: bench/run-impact.sh   (DB=esafety_bench_seed, INCIDENTS=1000000, SCHOOLS=500 if it seeds, RATE=50,
#        LOAD_SECONDS=60, WARMUP=10, WARM_SECONDS=30, IMPACT_BATCH / IMPACT_PAUSE override the service's
#        esafety.rules.impact.batch-size (500) / pause (PT0.02S), PORT=18080, SKIP_BUILD=1 reuses the last build)
# The intake of steps 3 and 4 stores (WARM_SECONDS × ~30 + 2 × (LOAD_SECONDS + WARMUP) × RATE) incidents in the
# seeded database (about 10,000 with the defaults; source "api", externalRef "load-…"): the seed grows by 1 %.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
DB=${DB:-esafety_bench_seed}
INCIDENTS=${INCIDENTS:-1000000}
RATE=${RATE:-50}
LOAD_SECONDS=${LOAD_SECONDS:-60}
WARMUP=${WARMUP:-10}
WARM_SECONDS=${WARM_SECONDS:-30}
out="$bench_target/impact"
rm -rf "$out" && mkdir -p "$out"
summary="$out/summary.txt"
say() { echo "$*" | tee -a "$summary"; }
sampler=
stop_sampler() { if [[ -n $sampler ]]; then kill "$sampler" 2> /dev/null || true; wait "$sampler" 2> /dev/null || true; fi; sampler=; }
trap 'stop_sampler; stop_service' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# peak_mb FROM_MS TO_MS: the highest RSS sampled in that window.
peak_mb() { awk -v a="$1" -v b="$2" '$1 >= a && $1 <= b && $2 > m { m = $2 } END { printf "%d", m / 1024 }' "$out/rss.txt"; }
load_avg() { uptime | sed 's/.*load average: //; s/,.*//'; }

have=$(psql -X -At -d "$DB" -c "select count(*) from incident" 2> /dev/null || echo 0)
if (( have < INCIDENTS )); then
  "$root/bench/seed.sh"
  export SKIP_BUILD=1
fi
build_service
build_bench
schools_file="$bench_target/read/schools.yaml"
schools=$(grep -oP '^  - id: \K\S+' "$schools_file" | head -5 | paste -sd, -)

# 1. The candidate: the rules in force with one deadline changed in the catalogue.
candidate="$out/rules-candidate"
cp -r "$root/rules" "$candidate"
python3 - "$candidate/actions.yaml" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
before = "anti-bullying policy.\n    responsible: DSL\n    deadline: WORKING_DAYS_5\n"
if before not in text:
    sys.exit("the candidate's change no longer applies: actions.yaml has no " + repr(before))
open(path, "w").write(text.replace(before, before.replace("WORKING_DAYS_5", "ONE_WORKING_DAY")))
EOF
(cd "$out" && diff -ru "$root/rules" rules-candidate > candidate.diff || true)

say "date $(date -u +%FT%TZ); machine: $(machine); JAVA_OPTS=$JAVA_OPTS"
say "$(psql -X -At -d "$DB" -c "select count(*) || ' incidents, ' || (select count(*) from evaluation) || ' evaluations, ' || (select count(distinct school_id) from incident) || ' schools; ' || pg_size_pretty(pg_database_size(current_database())) from incident")"
say "candidate: rules/ with APPLY_ANTI_BULLYING_POLICY due ONE_WORKING_DAY instead of WORKING_DAYS_5 ($out/candidate.diff)"
impact_env=()
[[ -n ${IMPACT_BATCH:-} ]] && impact_env+=(ESAFETY_RULES_IMPACT_BATCH_SIZE="$IMPACT_BATCH")
[[ -n ${IMPACT_PAUSE:-} ]] && impact_env+=(ESAFETY_RULES_IMPACT_PAUSE="$IMPACT_PAUSE")
say "impact job settings: batch-size ${IMPACT_BATCH:-500 (default)}, pause ${IMPACT_PAUSE:-PT0.02S (default)}"
start_service "$DB" "$out/service.log" ESAFETY_SCHOOLS_FILE="$schools_file" ESAFETY_REMINDERS_EVERY=off \
  ESAFETY_INTAKE_RATE_LIMIT=1000000 ESAFETY_INTAKE_RATE_BURST=1000000 ESAFETY_RULES_CANDIDATE_DIR="$candidate" \
  "${impact_env[@]}"
say "start to ready: $READY_MS ms"
( while kill -0 "$SERVICE_PID" 2> /dev/null; do
    echo "$(( $(date +%s%N) / 1000000 )) $(ps -o rss= -p "$SERVICE_PID")"; sleep 1
  done ) > "$out/rss.txt" 2> /dev/null &
sampler=$!
key=$(issue_key reporter "[\"${schools//,/\",\"}\"]")

# load NAME: one open-loop intake run at RATE, its histogram under $out/NAME/; prints the generator's line.
load() {
  java -Xmx512m -Dbench.out="$out/$1" -cp "$BENCH_CP" org.esafety.bench.LoadGenerator "$BASE" "$key" "$RATE" \
    "$LOAD_SECONDS" "$WARMUP" "$schools"
}
java -Xmx512m -Dbench.warm="$WARM_SECONDS" -Dbench.out="$out/warm" -cp "$BENCH_CP" org.esafety.bench.LoadGenerator \
  "$BASE" "$key" 1 1 0 "$schools" | grep "^warm-up" | tee -a "$summary"

# 3. Intake alone.
from=$(now_ms)
without=$(load without-job)
say "intake without the job: $without rss_peak=$(peak_mb "$from" "$(now_ms)")MB load=$(load_avg)"

# 4. The job, and intake beside it.
jobs_url="$BASE/api/admin/rules/impact"
admin=(-u "admin:$ADMIN_PASSWORD")
rss_before=$(rss_mb "$SERVICE_PID")
job_from=$(now_ms)
answer=$(curl -s "${admin[@]}" -X POST -w '\n%{http_code}' "$jobs_url")
if [[ $(tail -1 <<< "$answer") != 202 ]]; then
  say "the impact job did not start: $answer"; exit 1
fi
job=$(head -n -1 <<< "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
say "impact job $job started (the POST, candidate compiled: $(( $(now_ms) - job_from )) ms); RSS before: $rss_before MB"
# status ID: "STATUS PROCESSED TOTAL CHANGED FAILED" from the jobs' list (no per-incident lines).
status() {
  curl -sf "${admin[@]}" "$jobs_url" | python3 -c '
import json, sys
job = next(j for j in json.load(sys.stdin) if j["id"] == sys.argv[1])
print(job["status"], job["processed"], job["total"], job["changed"], job["failed"])' "$1"
}
with=$(load with-job)
read -r state processed total _ _ <<< "$(status "$job")"
if [[ $state == RUNNING ]]; then
  during="the job ran throughout the window ($processed of $total incidents re-decided when it ended)"
else
  during="NOT COMPARABLE: the job ended ($state) before the intake window did; lengthen the job (a bigger seed) or shorten LOAD_SECONDS"
fi
say "intake with the job:    $with rss_peak=$(peak_mb "$job_from" "$(now_ms)")MB load=$(load_avg); $during"
p() { grep -oP " $1=\K[0-9.]+" <<< "$2"; }
say "intake at $RATE/s, p50 / p99 / max: without the job $(p p50 "$without") / $(p p99 "$without") / $(p max "$without") ms;" \
  "with it $(p p50 "$with") / $(p p99 "$with") / $(p max "$with") ms; errors $(p errors "$without") / $(p errors "$with")"

# 5. The job to its end.
while :; do
  read -r state processed total changed failed <<< "$(status "$job")"
  [[ $state != RUNNING ]] && break
  sleep 1
done
job_to=$(now_ms)
curl -sf "${admin[@]}" -o "$out/report.json" "$jobs_url/$job"
say "impact job $state: $processed of $total incidents re-decided, $changed changed, $failed failed;" \
  "wall time (POST to the end seen by polling, 1 s resolution) $(( (job_to - job_from) / 1000 )) s"
python3 - "$out/report.json" <<'EOF' | tee -a "$summary"
import json, sys
from datetime import datetime
r = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
seconds = (t(r["finishedAt"]) - t(r["startedAt"])).total_seconds()
print(f"job's own time (startedAt to finishedAt): {seconds:.1f} s; {r['processed'] / seconds:.0f} incidents/s; "
      f"changes listed {len(r.get('changes', []))}{' (truncated)' if r.get('truncated') else ''}")
changed = [c for c in r.get("byCategory", []) if c["changed"]]
print("changed by category: " + ", ".join(f"{c['name']} {c['changed']} of {c['processed']}" for c in changed))
print("rules firing differently: " + (", ".join(f"{x['id']} in force only {x['firedInForceOnly']}, candidate only "
      f"{x['firedInCandidateOnly']}" for x in r.get("byRule", [])) or "none"))
EOF
say "RSS during the job: peak $(peak_mb "$job_from" "$job_to") MB (sampled every second; before the job $rss_before MB," \
  "peak before the job $(peak_mb 0 "$job_from") MB); after: $(rss_mb "$SERVICE_PID") MB; load: $(load_avg)"
