#!/usr/bin/env bash
# Browse benchmark: GET /api/v1/lots with a category and an element filter over 100,000 lots.
#
#   bench/lot-browse.sh [JAR]          # JAR defaults to backend/target/reex-backend-0.1.0.jar
#
# Creates a throwaway database bench_lots_<random> on the server infra/scripts/db.sh names, starts the
# jar against it (Flyway creates the schema, no demo data), seeds 300 sellers and 100,000 lots with
# bench/lot-browse-seed.sql (set-based, about 10-20 s on 2 cores), registers a recycler through the API
# and times four cases over HTTP, one request at a time on one keep-alive connection:
#   CLOSING_SOON (the default sort), NEWEST, CONTAINED_REE, and CLOSING_SOON page 3 (with its cursor);
# then times the same SELECT over JDBC (and, as "SQL*", the same with the element filter written as a
# scalar subquery) and prints EXPLAIN for each, so a bad plan shows next to the
# figures. Always stops the app and drops the database (trap).  Builds nothing: `make backend` first.
#
# Environment (all optional):
#   BENCH_PORT      port for the app (18093)
#   BENCH_REQUESTS  timed requests per case (300)
#   BENCH_WARMUP    untimed requests before them (100 over HTTP; at most 20 for the SQL timings)
#   BENCH_CATEGORY  NDFEB_MAGNET    BENCH_ELEMENT  Dy    BENCH_LIMIT  50
#   BENCH_START_TIMEOUT  seconds to wait for /health (120)
#   BENCH_KEEP_DB=1 keep the database afterwards (its name is printed)
#   REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD  server to use (else from infra/scripts/db.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="${1:-backend/target/reex-backend-0.1.0.jar}"
PORT="${BENCH_PORT:-18093}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-120}"
export BENCH_REQUESTS="${BENCH_REQUESTS:-300}" BENCH_WARMUP="${BENCH_WARMUP:-100}"
export BENCH_CATEGORY="${BENCH_CATEGORY:-NDFEB_MAGNET}" BENCH_ELEMENT="${BENCH_ELEMENT:-Dy}" BENCH_LIMIT="${BENCH_LIMIT:-50}"

log() { printf 'lot-browse: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ -f "$JAR" ]] || die "$JAR not found: build it first (make backend) or pass a jar"
command -v java >/dev/null || die "java is missing"
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is taken; set BENCH_PORT"

if [[ -z "${REEX_TEST_DB_SERVER:-}" ]]; then
  db_env="$(infra/scripts/db.sh bench)"
  eval "$db_env"
fi
export REEX_DB_USER="${REEX_DB_USER:-root}" REEX_DB_PASSWORD="${REEX_DB_PASSWORD:-}"

# jdbc:mysql://host:port/[?params] + name -> jdbc:mysql://host:port/name?params&createDatabaseIfNotExist=true
DB="bench_lots_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
server="${REEX_TEST_DB_SERVER%%\?*}"
params=""
[[ "$REEX_TEST_DB_SERVER" == *\?* ]] && params="${REEX_TEST_DB_SERVER#*\?}&"
export BENCH_JDBC_URL="${server%/}/$DB?${params}createDatabaseIfNotExist=true"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reex-lot-browse.XXXXXX")"
APP_LOG="$WORK/app.log"
APP_PID=""
cleanup() {
  local status=$? out
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
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
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private copy: a rebuild of backend/target during the run must not swap the jar under the JVM.
cp "$JAR" "$WORK/app.jar"
mem_gib="$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
echo "lot-browse: built jar $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')), database $DB on ${server#jdbc:mysql://}, $(nproc) cores, ${mem_gib} GiB, $(java -version 2>&1 | head -n1)"

log "starting the app on port $PORT"
REEX_DB_URL="$BENCH_JDBC_URL" REEX_DEMO_DATA=false MICRONAUT_SERVER_PORT="$PORT" \
  java -jar "$WORK/app.jar" >"$APP_LOG" 2>&1 &
APP_PID=$!

export BENCH_BASE_URL="http://127.0.0.1:$PORT"
deadline=$((SECONDS + START_TIMEOUT))
until curl -fsS -H 'Accept: application/json' "$BENCH_BASE_URL/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || die "the app exited before it was healthy"
  (( SECONDS < deadline )) || die "the app was not healthy within ${START_TIMEOUT}s"
  sleep 0.5
done
log "app healthy after ${SECONDS}s; seeding"

java -cp "$WORK/app.jar" bench/LotBrowse.java seed bench/lot-browse-seed.sql
log "measuring ($BENCH_WARMUP warm-up + $BENCH_REQUESTS timed requests per case)"
java -cp "$WORK/app.jar" bench/LotBrowse.java run
