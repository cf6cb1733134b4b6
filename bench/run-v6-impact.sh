#!/usr/bin/env bash
# What v6 changes, measured (issue 18, item 3; rules/README.md "What v6 changes, measured"): the impact report of
# the v6 rules (rules/, the candidate) against the v5 rules (in force) over a seeded mix of past incidents.
#  1. exports the v5 rule folder from git (V5=, default the commit before the v6 rules landed) into
#     bench/target/v6-impact/v5/rules;
#  2. creates the database DB (default esafety_v6_impact, dropped first; dropped again at the end unless KEEP_DB=1),
#     starts the packaged service on it with v5 in force and rules/ as the candidate, reminders off;
#  3. loads INCIDENTS (default 30,000) incidents of the bench mix (IncidentMix, org.esafety.bench.Seeder) across
#     SCHOOLS (default 30) schools cycling through the six shipped profiles, each decided by v5 as it was;
#  4. starts POST /api/admin/rules/impact, polls it to the end and writes the report (report.json, report.csv) and
#     its summary (summary.txt) under bench/target/v6-impact.
# Usage: bench/run-v6-impact.sh   (INCIDENTS=…, SCHOOLS=…, PORT=18190, SKIP_BUILD=1 reuses the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PORT=${PORT:-18190}
source "$root/bench/lib.sh"
DB=${DB:-esafety_v6_impact}
INCIDENTS=${INCIDENTS:-30000}
SCHOOLS=${SCHOOLS:-30}
V5=${V5:-4647694^}
out="$bench_target/v6-impact"
rm -rf "$out" && mkdir -p "$out/v5"
cleanup() {
  stop_service
  if [[ ${KEEP_DB:-0} != 1 ]]; then psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"; fi
}
trap cleanup EXIT

git -C "$root" archive "$V5" rules | tar -x -C "$out/v5"
build_service
build_bench
url="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
java -cp "$BENCH_CP" org.esafety.bench.Seeder "$url" 0 "$SCHOOLS" "$out/schools.yaml" "$out/v5/rules"
fresh_database "$DB"
RULES_DIR="$out/v5/rules" start_service "$DB" "$out/service.log" ESAFETY_SCHOOLS_FILE="$out/schools.yaml" \
  ESAFETY_REMINDERS_EVERY=off ESAFETY_RULES_CANDIDATE_DIR="$root/rules"
java -cp "$BENCH_CP" org.esafety.bench.Seeder "$url" "$INCIDENTS" "$SCHOOLS" "$out/schools.yaml" "$out/v5/rules"

auth=(-u "admin:$ADMIN_PASSWORD")
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$@"; }
start=$(date +%s)
curl -sS "${auth[@]}" -X POST -o "$out/started.json" -w '%{http_code}\n' "$BASE/api/admin/rules/impact" \
  | grep -qx 202 || { echo "the impact report did not start:"; cat "$out/started.json"; exit 1; }
job=$(field "$out/started.json" id)
while curl -sf "${auth[@]}" -o "$out/report.json" "$BASE/api/admin/rules/impact/$job" \
    && [[ $(field "$out/report.json" status) == RUNNING ]]; do
  sleep 2
done
seconds=$(( $(date +%s) - start ))
curl -sf "${auth[@]}" "$BASE/api/admin/rules/impact/$job?format=csv" > "$out/report.csv"
python3 - "$out/report.json" "$seconds" "$(git -C "$root" rev-parse --short "$V5")" > "$out/summary.txt" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['status']} in {sys.argv[2]} s: v5 (in force, the rules/ of commit {sys.argv[3]}, {r['inForceVersion']})"
      f" against v6 (the candidate, {r['candidateVersion']})")
print(f"incidents: {r['total']:,} in scope, {r['processed']:,} re-decided, {r['changed']:,} decided differently,"
      f" {r['failed']:,} failed")
legality = {}
for c in r['changes']:
    if c['legalityBefore'] != c['legalityAfter']:
        k = f"{c['category']} {c['legalityBefore']}>{c['legalityAfter']}"
        legality[k] = legality.get(k, 0) + 1
print(f"legality changed (of the {len(r['changes']):,} changes listed{', truncated' if r.get('truncated') else ''}):",
      ", ".join(f"{k} {v:,}" for k, v in sorted(legality.items())) or "none")
print("\nby category (processed, changed):")
for c in r['byCategory']:
    print(f"  {c['name']:<28} {c['processed']:>7,} {c['changed']:>7,}")
print("\nby rule (fired under v5 only, under v6 only):")
for c in sorted(r['byRule'], key=lambda c: c['id']):
    print(f"  {c['id']:<8} {c['firedInForceOnly']:>7,} {c['firedInCandidateOnly']:>7,}  {c['name']}")
added, removed = {}, {}
for c in r['changes']:
    for a in c['actionsAdded']:
        added[a] = added.get(a, 0) + 1
    for a in c['actionsRemoved']:
        removed[a] = removed.get(a, 0) + 1
deadlines, roles = {}, {}
for c in r['changes']:
    for d in c['deadlineChanged']:
        k = f"{d['code']} {d['before']}>{d['after']}"
        deadlines[k] = deadlines.get(k, 0) + 1
    for d in c['responsibleChanged']:
        k = f"{d['code']} {d['before']}>{d['after']}"
        roles[k] = roles.get(k, 0) + 1
print("\nactions added by v6 (incidents):", ", ".join(f"{k} {v:,}" for k, v in sorted(added.items())) or "none")
print("actions removed by v6 (incidents):", ", ".join(f"{k} {v:,}" for k, v in sorted(removed.items())) or "none")
print("kinds of deadline changed (incidents):", ", ".join(f"{k} {v:,}" for k, v in sorted(deadlines.items())) or "none")
print("responsible roles changed (incidents):", ", ".join(f"{k} {v:,}" for k, v in sorted(roles.items())) or "none")
EOF
cat "$out/summary.txt"
# v5 had no OTHER_ADULT party kind, but the mix (every PartyKind in turn) has it: how many of the incidents, and of
# those decided differently, have such a party — facts no v5 incident could have recorded.
tail -n +2 "$out/report.csv" | cut -d, -f1 > "$out/changed-ids.txt"
psql -X -At -F ' ' -d "$DB" -c "CREATE TEMP TABLE changed (id uuid PRIMARY KEY)" -c "\\copy changed FROM '$out/changed-ids.txt'" \
  -c "SELECT count(*), count(*) FILTER (WHERE c.id IS NOT NULL) FROM incident i LEFT JOIN changed c ON c.id = i.id
      WHERE EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.kind = 'OTHER_ADULT')" \
  | tail -1 | { read -r all changed; echo "with an OTHER_ADULT party (a kind v5 lacked): $all incidents, $changed of them decided differently"; } \
  | tee -a "$out/summary.txt"
