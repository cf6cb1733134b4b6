# Shared by the bench/run-*.sh scripts: build, start and stop the packaged service on PostgreSQL.
# Source it; it expects $root (the repository) and sets $bench_target.
bench_target="$root/bench/target"
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-admin-password-0123}
# The heap settings bench/README.md recommends (override with JAVA_OPTS).
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:+UseSerialGC}
# The JVM that runs the service (the load generator and the tools always run on the default java).
SERVICE_JAVA=${SERVICE_JAVA:-java}

# The service built for PostgreSQL, copied to bench/target/service-pg (so that other builds of target/
# do not change what is measured). SKIP_BUILD=1 reuses the last copy.
build_service() {
  if [[ ${SKIP_BUILD:-0} == 1 && -f "$bench_target/service-pg/quarkus-run.jar" ]]; then return; fi
  (cd "$root" && ./mvnw -B -q -o -DskipTests -Dquarkus.profile=pg package)
  mkdir -p "$bench_target" && rm -rf "$bench_target/service-pg" && cp -r "$root/target/quarkus-app" "$bench_target/service-pg"
}

# The bench module (load generator, seeder) and its classpath.
build_bench() {
  local repo=(-Dmaven.repo.local="$bench_target/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
  (cd "$root" && ./mvnw -B -q -o "${repo[@]}" install -DskipTests -Dquarkus.build.skip=true)
  (cd "$root/bench" && ../mvnw -B -q "${repo[@]}" package)
  BENCH_CP="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"
}

# A new, empty database (dropped first if it exists).
fresh_database() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}

# start_service DB LOG [extra env...]: starts the packaged service, sets $SERVICE_PID and $READY_MS
# (process start to /q/health/ready answering UP).
start_service() {
  local db=$1 log=$2; shift 2
  local start
  start=$(date +%s%N)
  env ESAFETY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" ESAFETY_DB_USER="$PGUSER" \
      ESAFETY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" ESAFETY_SESSION_KEY=bench-session-key-0123456789abcdef \
      ESAFETY_AUDIT_KEY=bench-audit-key-0123456789abcdef0123456789 \
      QUARKUS_HTTP_PORT="$PORT" ESAFETY_PUBLIC_URL="$BASE" "$@" \
      "$SERVICE_JAVA" $JAVA_OPTS -Desafety.rules.dir="${RULES_DIR:-$root/rules}" -jar "$bench_target/service-pg/quarkus-run.jar" \
      > "$log" 2>&1 &
  SERVICE_PID=$!
  await_ready "$SERVICE_PID" "$log" "$start"
}

# await_ready PID LOG START_NANOS: waits for /q/health/ready to answer UP, sets $READY_MS from START_NANOS; fails
# when the process stops first.
await_ready() {
  until curl -sf "$BASE/q/health/ready" > /dev/null; do
    if ! kill -0 "$1" 2> /dev/null; then echo "the service stopped; see $2" >&2; return 1; fi
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - $3) / 1000000 ))
}

stop_service() {
  if [[ -n ${SERVICE_PID:-} ]] && kill -0 "$SERVICE_PID" 2> /dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true
  fi
  SERVICE_PID=
}

rss_mb() {
  echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

# issue_key ROLE SCHOOLS_JSON_ARRAY: prints a new API key (esk_…), issued by the bootstrap admin.
issue_key() {
  curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench-$1-$RANDOM\",\"role\":\"$1\",\"schoolIds\":$2}" "$BASE/api/admin/api-keys" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])'
}

machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $("$SERVICE_JAVA" -version 2>&1 | head -1), load: $(uptime | sed 's/.*load average: //')"
}
