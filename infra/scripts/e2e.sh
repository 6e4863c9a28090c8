#!/usr/bin/env bash
# End-to-end tests against the built jar.  Builds nothing (`make test-e2e`
# builds first).  Creates a throwaway database reex_e2e_<random> on the server
# that db.sh names, starts the jar on a free port with demo data and known admin
# credentials, waits for /health, runs `npm --prefix frontend run e2e`, then
# always stops the app and drops the database.  Exits with the tests' status.
# Arguments go to Playwright: `infra/scripts/e2e.sh custody` runs e2e/custody.spec.ts only.
#
# Environment (all optional):
#   REEX_JAR            jar to run (backend/target/reex-backend-0.1.0.jar)
#   E2E_PORT            port for the app (first free port from 18080)
#   E2E_ADMIN_EMAIL     admin the app creates and the tests log in as (admin@reex.local)
#   E2E_ADMIN_PASSWORD  its password (e2e-admin-password)
#   E2E_START_TIMEOUT   seconds to wait for /health (300: the demo's two years of history load before the
#                       server listens, which takes a while on a busy 2-core machine)
#   E2E_KEEP_DB=1       keep the database for a post-mortem
#   REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD  server to use
#                       (from infra/scripts/db.sh when REEX_TEST_DB_SERVER is unset)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

JAR="${REEX_JAR:-backend/target/reex-backend-0.1.0.jar}"
CHROMIUM=/usr/bin/chromium
export E2E_ADMIN_EMAIL="${E2E_ADMIN_EMAIL:-admin@reex.local}"
export E2E_ADMIN_PASSWORD="${E2E_ADMIN_PASSWORD:-e2e-admin-password}"
START_TIMEOUT="${E2E_START_TIMEOUT:-300}"
LOGDIR="$ROOT/.data/e2e"
APP_LOG="$LOGDIR/app.log"

log() { printf 'e2e.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ -f "$JAR" ]] || die "$JAR not found: build it first (make backend)"

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing Debian's chromium (about a minute)..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    die "$CHROMIUM is missing: install it with   sudo apt-get install -y chromium"
  fi
fi

if [[ -z "${REEX_TEST_DB_SERVER:-}" ]]; then
  db_env="$(infra/scripts/db.sh)"
  eval "$db_env"
fi
export REEX_DB_USER="${REEX_DB_USER:-root}" REEX_DB_PASSWORD="${REEX_DB_PASSWORD:-}"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${E2E_PORT:-}"
if [[ -z "$PORT" ]]; then
  for candidate in $(seq 18080 18180); do
    if port_free "$candidate"; then PORT=$candidate; break; fi
  done
  [[ -n "$PORT" ]] || die "no free port in 18080-18180"
fi

# jdbc:mysql://host:port/[?params] + name -> jdbc:mysql://host:port/name?params&createDatabaseIfNotExist=true
DB="reex_e2e_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
server="${REEX_TEST_DB_SERVER%%\?*}"
params=""
[[ "$REEX_TEST_DB_SERVER" == *\?* ]] && params="${REEX_TEST_DB_SERVER#*\?}&"
DB_URL="${server%/}/$DB?${params}createDatabaseIfNotExist=true"

APP_PID=""
cleanup() {
  local status=$? out
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -f "$LOGDIR/reex-e2e.jar"
  if [[ "${E2E_KEEP_DB:-0}" == 1 ]]; then
    log "kept database $DB"
  elif ! out="$(java -cp "$JAR" infra/scripts/Sql.java "$REEX_TEST_DB_SERVER" "DROP DATABASE IF EXISTS \`$DB\`" 2>&1)"; then
    log "could not drop database $DB: $(printf '%s\n' "$out" | grep -m1 -v '^[[:space:]]*at ' || true)"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$LOGDIR"
# Run a private copy: a rebuild of backend/target during the run must not swap
# the jar under the running JVM.
cp "$JAR" "$LOGDIR/reex-e2e.jar"
log "starting $JAR on port $PORT with database $DB (log: ${APP_LOG#"$ROOT"/})"
REEX_DB_URL="$DB_URL" \
REEX_DEMO_DATA=true \
REEX_ADMIN_EMAIL="$E2E_ADMIN_EMAIL" \
REEX_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" \
MICRONAUT_SERVER_PORT="$PORT" \
  java -jar "$LOGDIR/reex-e2e.jar" >"$APP_LOG" 2>&1 &
APP_PID=$!

BASE_URL="http://127.0.0.1:$PORT"
deadline=$((SECONDS + START_TIMEOUT))
# Ask for JSON: a browser-like request to /health may get the SPA's index.html.
healthy() {
  node -e "fetch('$BASE_URL/health', { headers: { accept: 'application/json' } })
    .then(r => r.ok ? r.json() : {}).then(b => process.exit(b.status === 'UP' ? 0 : 1), () => process.exit(1))"
}
until healthy; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    tail -n 40 "$APP_LOG" >&2
    die "the app exited before it was healthy"
  fi
  if (( SECONDS >= deadline )); then
    tail -n 40 "$APP_LOG" >&2
    die "the app was not healthy within ${START_TIMEOUT}s"
  fi
  sleep 0.5
done
log "app healthy at $BASE_URL after ${SECONDS}s; running the browser tests"

status=0
E2E_BASE_URL="$BASE_URL" npm --prefix frontend run e2e -- "$@" || status=$?
if (( status != 0 )); then
  log "browser tests failed (status $status); last lines of the app log:"
  tail -n 40 "$APP_LOG" >&2
fi
exit "$status"
