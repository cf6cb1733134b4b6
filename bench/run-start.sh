#!/usr/bin/env bash
# Start to ready, several times each (bench/README.md, command 7):
#  - PostgreSQL, a new database each time (Flyway migrations, the first admin's password hash, the rules);
#  - PostgreSQL, a restart on the database the last start made (no migration, no first admin);
#  - H2, a new ./data each time;
#  - with CDS=1, the same again with a dynamic AppCDS archive (JDK 13+ -XX:ArchiveClassesAtExit) written by one
#    training start beforehand and read with -XX:SharedArchiveFile;
#  - with JDK25 set to a JDK 25's java (default: Temurin 25 where the machine has it; JDK25= skips), the same three on
#    JDK 25, then with an AOT cache (JEP 483/514/515: -XX:AOTCacheOutput on one training start, -XX:AOTCache after).
# Start to ready is from the process start to /q/health/ready answering UP; RSS is read 2 s after ready.
# Usage: bench/run-start.sh   (RUNS=5, CDS=1, JDK25=…/bin/java, SKIP_BUILD=1 reuses the last builds)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
RUNS=${RUNS:-5}
CDS=${CDS:-1}
JDK25=${JDK25-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DB=${DB:-esafety_bench_start}
out="$bench_target/start"
rm -rf "$out" && mkdir -p "$out"
summary="$out/summary.txt"
say() { echo "$*" | tee -a "$summary"; }
trap 'stop_service; stop_h2' EXIT

build_service
if [[ ${SKIP_BUILD:-0} != 1 || ! -f "$bench_target/service-h2/quarkus-run.jar" ]]; then
  (cd "$root" && ./mvnw -B -q -o -DskipTests package)
  rm -rf "$bench_target/service-h2" && cp -r "$root/target/quarkus-app" "$bench_target/service-h2"
fi

H2_PID=
stop_h2() {
  if [[ -n ${H2_PID:-} ]] && kill -0 "$H2_PID" 2> /dev/null; then kill "$H2_PID"; wait "$H2_PID" 2> /dev/null || true; fi
  H2_PID=
}
# start_h2 LOG [java options...]: the H2 build in a new working directory (a new ./data), sets READY_MS.
start_h2() {
  local log=$1; shift
  local dir="$out/h2-run" start
  rm -rf "$dir" && mkdir -p "$dir"
  start=$(date +%s%N)
  (cd "$dir" && exec env ESAFETY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" QUARKUS_HTTP_PORT="$PORT" \
      "$SERVICE_JAVA" $JAVA_OPTS "$@" -Desafety.rules.dir="$root/rules" -jar "$bench_target/service-h2/quarkus-run.jar" > "$log" 2>&1) &
  H2_PID=$!
  await_ready "$H2_PID" "$log" "$start"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

# series NAME KIND [java options...]: RUNS starts of KIND (pg-new, pg-restart, h2-new), each line and the median.
series() {
  local name=$1 kind=$2; shift 2
  local times=() rss=()
  for i in $(seq 1 "$RUNS"); do
    local saved=$JAVA_OPTS
    JAVA_OPTS="$JAVA_OPTS $*"
    case $kind in
      pg-new) fresh_database "$DB"; start_service "$DB" "$out/$name-$i.log"; pid=$SERVICE_PID ;;
      pg-restart) start_service "$DB" "$out/$name-$i.log"; pid=$SERVICE_PID ;;
      h2-new) JAVA_OPTS=$saved; start_h2 "$out/$name-$i.log" "$@"; pid=$H2_PID ;;
    esac
    JAVA_OPTS=$saved
    sleep 2
    times+=("$READY_MS"); rss+=("$(rss_mb "$pid")")
    grep -o "Rule set [^ ]* loaded in [0-9]* ms" "$out/$name-$i.log" | sed 's/Rule set [^ ]* //' > "$out/$name-$i.rules" || true
    stop_service; stop_h2
  done
  say "$name: start to ready $(printf '%s ' "${times[@]}")ms, median $(printf '%s\n' "${times[@]}" | median) ms; RSS 2 s after ready, median $(printf '%s\n' "${rss[@]}" | median) MB; rules $(cat "$out/$name-"*.rules | tr '\n' ' ')"
}

say "date $(date -u +%FT%TZ); machine: $(machine); JAVA_OPTS=$JAVA_OPTS; runs $RUNS"
series pg-new pg-new
series pg-restart pg-restart
series h2-new h2-new
if [[ $CDS == 1 ]]; then
  # One training start of each build writes its archive; the archive must come from the same JVM and jar.
  saved_opts=$JAVA_OPTS
  JAVA_OPTS="$JAVA_OPTS -XX:ArchiveClassesAtExit=$out/pg.jsa"; fresh_database "$DB"; start_service "$DB" "$out/train-pg.log"
  stop_service; JAVA_OPTS=$saved_opts
  start_h2 "$out/train-h2.log" -XX:ArchiveClassesAtExit="$out/h2.jsa"; stop_h2
  say "AppCDS archives: $(du -m "$out/pg.jsa" | cut -f1) MB (PostgreSQL build), $(du -m "$out/h2.jsa" | cut -f1) MB (H2 build)"
  series pg-new-cds pg-new -XX:SharedArchiveFile="$out/pg.jsa"
  series pg-restart-cds pg-restart -XX:SharedArchiveFile="$out/pg.jsa"
  series h2-new-cds h2-new -XX:SharedArchiveFile="$out/h2.jsa"
fi
if [[ -n $JDK25 && -x $JDK25 ]]; then
  SERVICE_JAVA=$JDK25
  say "JDK 25: $("$JDK25" -version 2>&1 | head -1)"
  series pg-new-jdk25 pg-new
  series pg-restart-jdk25 pg-restart
  series h2-new-jdk25 h2-new
  # One training start of each build writes its AOT cache when the JVM exits (JDK 25: -XX:AOTCacheOutput); each build
  # gets its own cache, because the JVM does not always notice a cache from another jar (bench/README.md, issue 21).
  saved_opts=$JAVA_OPTS
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCacheOutput=$out/pg.aot"; fresh_database "$DB"; start_service "$DB" "$out/train-pg-aot.log"
  stop_service; JAVA_OPTS=$saved_opts
  start_h2 "$out/train-h2-aot.log" -XX:AOTCacheOutput="$out/h2.aot"; stop_h2
  say "AOT caches: $(du -m "$out/pg.aot" | cut -f1) MB (PostgreSQL build), $(du -m "$out/h2.aot" | cut -f1) MB (H2 build)"
  series pg-new-jdk25-aot pg-new -XX:AOTCache="$out/pg.aot"
  series pg-restart-jdk25-aot pg-restart -XX:AOTCache="$out/pg.aot"
  series h2-new-jdk25-aot h2-new -XX:AOTCache="$out/h2.aot"
  SERVICE_JAVA=java
fi
say "load after: $(uptime | sed 's/.*load average: //')"
