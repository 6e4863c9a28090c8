# shellcheck shell=bash
# What the benchmarks share: a throwaway database on the server infra/scripts/db.sh names, a private copy of the
# jar, starting the app and waiting for /health, stopping it, and cleaning up on exit (the app stopped, the
# database dropped unless BENCH_KEEP_DB=1, the app log's tail shown on failure).
#
# The sourcing script sets BENCH_NAME (log prefix), JAR, PORT and START_TIMEOUT, and may set POOL (the app's
# connection pool, 20) before calling bench_prepare PREFIX.

log() { printf '%s: %s\n' "$BENCH_NAME" "$*" >&2; }
die() { log "$*"; exit 1; }

# bench_prepare PREFIX: checks prerequisites, names the database PREFIX_<random> (DB, BENCH_JDBC_URL), makes the
# work directory (WORK, APP_LOG) with a private copy of the jar, and installs the cleanup trap.
bench_prepare() {
  [[ -f "$JAR" ]] || die "$JAR not found: build it first (make backend) or pass a jar"
  command -v java >/dev/null || die "java is missing"
  command -v curl >/dev/null || die "curl is missing"
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is taken; set BENCH_PORT"

  if [[ -z "${REEX_TEST_DB_SERVER:-}" ]]; then
    local db_env
    db_env="$(infra/scripts/db.sh bench)"
    eval "$db_env"
  fi
  export REEX_DB_USER="${REEX_DB_USER:-root}" REEX_DB_PASSWORD="${REEX_DB_PASSWORD:-}"

  # jdbc:mysql://host:port/[?params] + name -> jdbc:mysql://host:port/name?params&createDatabaseIfNotExist=true
  DB="$1_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
  server="${REEX_TEST_DB_SERVER%%\?*}"
  local params=""
  [[ "$REEX_TEST_DB_SERVER" == *\?* ]] && params="${REEX_TEST_DB_SERVER#*\?}&"
  export BENCH_JDBC_URL="${server%/}/$DB?${params}createDatabaseIfNotExist=true"
  export BENCH_BASE_URL="http://127.0.0.1:$PORT"

  WORK="$(mktemp -d "${TMPDIR:-/tmp}/reex-$BENCH_NAME.XXXXXX")"
  APP_LOG="$WORK/app.log"
  APP_PID=""
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # A private copy: a rebuild of backend/target during the run must not swap the jar under the JVM.
  cp "$JAR" "$WORK/app.jar"
}

# The first line of the output: what was measured, where.
bench_describe() {
  local mem_gib
  mem_gib="$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
  echo "$BENCH_NAME: built jar $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')), database $DB on ${server#jdbc:mysql://}, $(nproc) cores, ${mem_gib} GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n1)"
}

# start_app [extra JDBC URL parameters] [NAME=value ...]: starts the jar against the database, waits for /health.
start_app() {
  local url_extra="${1:-}"
  (( $# > 0 )) && shift
  log "starting the app on port $PORT${url_extra:+ (driver: $url_extra)}"
  # The load comes from one address and a few users on purpose: the flood limits (README, "Abuse limits") are
  # lifted so that the figures are the app's work, not its 429s.
  env REEX_SIGNUPS_PER_ADDRESS=1000000 REEX_BIDS_PER_USER=100000000 REEX_STREAMS_PER_USER=1000000 "$@" \
    REEX_DB_URL="$BENCH_JDBC_URL$url_extra" REEX_DB_POOL_SIZE="${POOL:-20}" REEX_DEMO_DATA=false \
    REEX_BCRYPT_COST="${BENCH_BCRYPT_COST:-4}" MICRONAUT_SERVER_PORT="$PORT" \
    java -jar "$WORK/app.jar" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + START_TIMEOUT)) t0=$SECONDS
  until curl -fsS -H 'Accept: application/json' "$BENCH_BASE_URL/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited before it was healthy"
    (( SECONDS < deadline )) || die "the app was not healthy within ${START_TIMEOUT}s"
    sleep 0.5
  done
  log "app healthy after $((SECONDS - t0))s"
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

bench_cleanup() {
  local status=$? out
  stop_app
  if [[ "${BENCH_KEEP_DB:-0}" == 1 ]]; then
    log "kept database $DB"
  elif ! out="$(java -cp "$WORK/app.jar" infra/scripts/Sql.java "$REEX_TEST_DB_SERVER" "DROP DATABASE IF EXISTS \`$DB\`" 2>&1)"; then
    log "could not drop database $DB: $(printf '%s\n' "$out" | grep -m1 -v '^[[:space:]]*at ' || true)"
  fi
  if (( status != 0 )) && [[ -s "$APP_LOG" ]]; then
    log "failed (status $status); last lines of the app log:"
    tail -n 30 "$APP_LOG" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
