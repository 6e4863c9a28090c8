#!/usr/bin/env bash
# Fault injection: a bidding load on two app instances while their database and they themselves fail.
#
#   bench/faults.sh [JAR]        # or: make test-faults      (JAR: backend/target/reex-backend-0.1.0.jar)
#
# Starts a private MariaDB of its own (mariadb-install-db + mariadbd, datadir .data/faults/, port 3399 on
# 127.0.0.1, as infra/scripts/db.sh does for a fresh machine) and two instances of the jar against it (ports 18201
# and 18202, pool 10 each). bench/Faults.java registers FAULTS_BIDDERS recyclers and FAULTS_LOTS lots, then each
# phase runs the bidding load through both instances while this script injects its fault:
#   baseline             nothing
#   a kill -9 instance   instance 1 killed 5 s in, restarted 5 s later
#   b kill -9 database   the database killed 5 s in, restarted 3 s later (recovery counted from its return)
#   c row lock 60 s      the hot lot's auction row held FOR UPDATE for 60 s by another session
#   d start while down   instance 2 and the database killed, instance 2 started, the database 10 s later
# A request without an answer (or with a 5xx) is repeated with its Idempotency-Key, as a careful client would.
# Then every auction is closed and the history checked against the database: every acknowledged bid stored once,
# none invented, the same answer on every retry, prices only rise, each auction closed once and never before its
# advertised close. Prints a table: fault, requests, acknowledged, unknown, violations, 500s, seconds from the
# fault's end to the next acknowledged bid. Exit 1 on any violation. Loopback only. About 5 minutes.
#
# Environment (optional): FAULTS_DB_PORT (3399), FAULTS_PORT1/2 (18201/18202), FAULTS_BIDDERS (12),
# FAULTS_LOTS (3), FAULTS_KEEP=1 keeps .data/faults and the work directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="${1:-backend/target/reex-backend-0.1.0.jar}"
DB_PORT="${FAULTS_DB_PORT:-3399}"
PORT1="${FAULTS_PORT1:-18201}"
PORT2="${FAULTS_PORT2:-18202}"
HOST=127.0.0.1
BASE="$ROOT/.data/faults"
DATADIR="$BASE/mariadb"
SOCKET="/tmp/reex-faults-$DB_PORT.sock"
DB_LOG="$BASE/mariadbd.log"
DB_USER=reex
DB_PASSWORD=reex

log() { printf 'faults: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ -f "$JAR" ]] || die "$JAR not found: build it first (make backend)"
command -v mariadb-install-db >/dev/null && [[ -x /usr/sbin/mariadbd ]] || die "MariaDB is not installed (apt-get install -y mariadb-server)"
for port in "$DB_PORT" "$PORT1" "$PORT2"; do
  (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null && die "port $port is taken"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reex-faults.XXXXXX")"
cp "$JAR" "$WORK/app.jar"
export FAULTS_STATE="$WORK/state.json" FAULTS_HISTORY="$WORK/history.jsonl" FAULTS_MARKS="$WORK/marks.txt"
export FAULTS_URLS="http://$HOST:$PORT1,http://$HOST:$PORT2"
export FAULTS_JDBC_URL="jdbc:mysql://$HOST:$DB_PORT/reex_faults" REEX_DB_USER="$DB_USER" REEX_DB_PASSWORD="$DB_PASSWORD"
DB_PID="" APP1_PID="" APP2_PID="" LOCK_PID=""

cleanup() {
  local status=$?
  for pid in "$LOCK_PID" "$APP1_PID" "$APP2_PID"; do
    [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null || true
  done
  if [[ -n "$DB_PID" ]] && kill -0 "$DB_PID" 2>/dev/null; then
    kill -TERM "$DB_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$DB_PID" 2>/dev/null || true
  fi
  if (( status != 0 )); then
    for f in "$WORK"/app*.log; do [[ -s "$f" ]] && { log "last lines of $(basename "$f"):"; tail -n 15 "$f" >&2; }; done
  fi
  if [[ "${FAULTS_KEEP:-0}" == 1 ]]; then log "kept $WORK and $BASE"; else rm -rf "$WORK" "$BASE"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { date +%s.%N; }

# --- the private database --------------------------------------------------------------------------------------

run_as=()
if [[ $EUID -eq 0 ]]; then
  mkdir -p "$DATADIR"
  if id mysql >/dev/null 2>&1 && chown -R mysql:mysql "$BASE" && runuser -u mysql -- test -w "$BASE" 2>/dev/null; then
    run_as=(--user=mysql)
  else
    run_as=(--user=root)
  fi
fi

db_answers() {
  mariadb --no-defaults --protocol=tcp --connect-timeout=2 -h "$HOST" -P "$DB_PORT" -u "$DB_USER" -p"$DB_PASSWORD" \
    -e 'SELECT 1' >/dev/null 2>&1
}

start_db() {
  setsid /usr/sbin/mariadbd --defaults-file="$ROOT/infra/mysql/my.cnf" "${run_as[@]}" --datadir="$DATADIR" \
    --socket="$SOCKET" --pid-file="$BASE/mariadbd.pid" --port="$DB_PORT" --bind-address="$HOST" \
    --log-error="$DB_LOG" </dev/null >/dev/null 2>&1 &
  DB_PID=$!
  local deadline=$((SECONDS + 60))
  until mariadb --no-defaults --socket="$SOCKET" -u root -e 'SELECT 1' >/dev/null 2>&1; do
    kill -0 "$DB_PID" 2>/dev/null || { tail -n 20 "$DB_LOG" >&2; die "mariadbd exited"; }
    (( SECONDS < deadline )) || die "mariadbd did not answer within 60 s"
    sleep 0.2
  done
}

if [[ ! -d "$DATADIR/mysql" ]]; then
  log "initialising a private MariaDB in ${DATADIR#"$ROOT"/}"
  mkdir -p "$DATADIR"
  [[ $EUID -eq 0 && "${run_as[0]}" == --user=mysql ]] && chown -R mysql:mysql "$BASE"
  mariadb-install-db --no-defaults "${run_as[@]}" --datadir="$DATADIR" --skip-test-db \
    --auth-root-authentication-method=socket --auth-root-socket-user="$(id -un)" >"$BASE/install.log" 2>&1 \
    || { cat "$BASE/install.log" >&2; die "mariadb-install-db failed"; }
fi
log "starting the private MariaDB on $HOST:$DB_PORT"
start_db
mariadb --no-defaults --socket="$SOCKET" -u "$(id -un)" <<SQL
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost';
DROP DATABASE IF EXISTS reex_faults;
SQL

# --- the app instances -------------------------------------------------------------------------------------------

start_app() { # N PORT -> sets APPn_PID; does not wait
  # One address and twelve bidders bidding flat out: the flood limits would answer 429 instead of deciding bids.
  REEX_SIGNUPS_PER_ADDRESS=1000000 REEX_BIDS_PER_USER=100000000 REEX_STREAMS_PER_USER=1000000 \
  REEX_DB_URL="$FAULTS_JDBC_URL?createDatabaseIfNotExist=true" REEX_DB_POOL_SIZE=10 REEX_DEMO_DATA=false \
    REEX_BCRYPT_COST=4 MICRONAUT_SERVER_PORT="$2" java -Xmx384m -jar "$WORK/app.jar" >>"$WORK/app$1.log" 2>&1 &
  printf -v "APP$1_PID" '%s' "$!"
}

healthy() { curl -fsS -m 2 -H 'Accept: application/json' "http://$HOST:$1/health" 2>/dev/null | grep -q '"UP"'; }

await_healthy() { # PORT TIMEOUT
  local deadline=$((SECONDS + $2))
  until healthy "$1"; do
    (( SECONDS < deadline )) || die "the instance on port $1 was not healthy within $2 s"
    sleep 0.2
  done
}

faults() { java -cp "$WORK/app.jar" bench/Faults.java "$@"; }

start_app 1 "$PORT1"
await_healthy "$PORT1" 180   # the first start runs the migrations
start_app 2 "$PORT2"
await_healthy "$PORT2" 180
log "two instances healthy; setting up bidders and lots"
FAULTS_URLS="http://$HOST:$PORT1" faults setup
HOT="$(grep -o '"lots":\[[0-9]*' "$FAULTS_STATE" | grep -o '[0-9]*$')"

mark() { printf '%s %s\n' "$1" "$2" >>"$FAULTS_MARKS"; }

phase() { # LABEL SECONDS: starts the load in the background
  log "phase: $1 (${2} s of load)"
  faults load "$1" "$2" &
  LOAD_PID=$!
}

# baseline
phase "baseline" 10
wait "$LOAD_PID"
mark "baseline" 0

# (a) kill -9 an instance
phase "a kill -9 instance" 25
sleep 5
kill -KILL "$APP1_PID"; wait "$APP1_PID" 2>/dev/null || true
killed_at="$(now)"
log "instance 1 killed"
mark "a kill -9 instance" "$killed_at"
sleep 5
start_app 1 "$PORT1"
t0=$SECONDS; await_healthy "$PORT1" 120; log "instance 1 back after $((SECONDS - t0)) s"
wait "$LOAD_PID"

# (b) kill -9 and restart the database
phase "b kill -9 database" 30
sleep 5
kill -KILL "$DB_PID"; wait "$DB_PID" 2>/dev/null || true
log "database killed"
sleep 3
start_db
back="$(now)"
log "database back"
mark "b kill -9 database" "$back"
wait "$LOAD_PID"

# (c) an auction row held for 60 s
phase "c row lock 60 s" 75
sleep 5
mariadb --no-defaults --socket="$SOCKET" -u "$(id -un)" reex_faults \
  -e "START TRANSACTION; SELECT lot_id FROM auction WHERE lot_id = $HOT FOR UPDATE; SELECT SLEEP(60); ROLLBACK;" >/dev/null &
LOCK_PID=$!
log "auction $HOT locked for 60 s"
wait "$LOCK_PID" || true
LOCK_PID=""
mark "c row lock 60 s" "$(now)"
log "lock released"
wait "$LOAD_PID"

# (d) an instance started while the database is down
phase "d start while down" 45
sleep 5
kill -KILL "$APP2_PID"; wait "$APP2_PID" 2>/dev/null || true
kill -KILL "$DB_PID"; wait "$DB_PID" 2>/dev/null || true
log "instance 2 and the database killed; starting instance 2 without a database"
start_app 2 "$PORT2"
sleep 10
kill -0 "$APP2_PID" 2>/dev/null || die "instance 2 exited while the database was down"
start_db
back="$(now)"
mark "d start while down" "$back"
t0=$SECONDS; await_healthy "$PORT2" 120; log "instance 2 healthy $((SECONDS - t0)) s after the database returned"
wait "$LOAD_PID"

log "closing every auction and checking the history"
faults close
deadline=$((SECONDS + 60))
until [[ "$(mariadb --no-defaults --socket="$SOCKET" -u "$(id -un)" -N reex_faults -e "SELECT COUNT(*) FROM auction WHERE status = 'OPEN'")" == 0 ]]; do
  (( SECONDS < deadline )) || die "the auctions did not close within 60 s"
  sleep 0.5
done
echo "faults: jar $JAR, MariaDB $(mariadb --no-defaults --socket="$SOCKET" -u "$(id -un)" -N -e 'SELECT VERSION()'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
faults check
