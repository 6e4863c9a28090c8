#!/usr/bin/env bash
# Bid throughput: POST /api/v1/lots/{id}/bids from 50 concurrent bidders, against raw JDBC doing the same SQL.
#
#   bench/bid-throughput.sh [JAR]      # JAR defaults to backend/target/reex-backend-0.1.0.jar
#
# Creates a throwaway database bench_bids_<random> on the server infra/scripts/db.sh names and starts the jar
# against it (Flyway creates the schema, no demo data). Through the API: an agency (made by the first admin),
# 50 recyclers near Ganzhou each with a verified NdFeB licence (500 t/year, 500 km haul, valid a year), a
# manufacturer and its published hot lot next to them (English, start 1000, increment 10, closes in 30 days, no
# soft close). By SQL: 1,000 copies of that lot (lot, lot_composition, auction rows; no lot_match rows, since
# eligibility is computed live from the licences). Then, each for BENCH_DURATION s after BENCH_WARMUP s untimed:
#   app  hot lot    50 HTTP clients bid the next minimum they last heard (from their own last answer; a 422 "too
#                   low" is a lost race and tells them the new minimum), never while leading (they poll
#                   GET .../auction then, every 5 ms, not counted as bids);
#   app  1000 lots  the same on random lots (the bidders share what they heard, as a live feed would tell them);
#   jdbc both       the statements BiddingService.placeBid's transaction runs, in its order, with the auction
#                   row FOR UPDATE, from 50 threads over HikariCP with the app's pool size (REEX_DB_POOL_SIZE, 20).
# Then (BENCH_PROFILE=1) it restarts the app with the driver's statement log (profileSQL) and counts the
# statements of a few accepted and a few refused bids. Prints the comparison table last. Stops the app and
# drops the database on exit (trap). Builds nothing: `make backend` first. About 3 minutes on 2 cores.
#
# Environment (all optional):
#   BENCH_PORT       port for the app (18094)
#   BENCH_CLIENTS    concurrent bidders (50)      BENCH_LOTS  lots for the second case (1000)
#   BENCH_DURATION   timed seconds per case (20)  BENCH_WARMUP  untimed seconds before each (5)
#   REEX_DB_POOL_SIZE  the app's pool and the JDBC pool (20)
#   BENCH_BCRYPT_COST  the app's bcrypt cost, only for the 52 sign-ups (4; the app's default is 12)
#   BENCH_PROFILE    1 to count statements per bid afterwards (1)   BENCH_PROFILE_BIDS  bids per count (5)
#   BENCH_START_TIMEOUT  seconds to wait for /health (120)
#   BENCH_KEEP_DB=1  keep the database afterwards (its name is printed)
#   REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD  server to use (else from infra/scripts/db.sh)
#   REEX_ADMIN_EMAIL, REEX_ADMIN_PASSWORD  the first admin (admin@reex.local / admin-password)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="${1:-backend/target/reex-backend-0.1.0.jar}"
PORT="${BENCH_PORT:-18094}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-120}"
POOL="${REEX_DB_POOL_SIZE:-20}"
export BENCH_CLIENTS="${BENCH_CLIENTS:-50}" BENCH_BIDDERS="${BENCH_CLIENTS:-50}" BENCH_LOTS="${BENCH_LOTS:-1000}"
export BENCH_DURATION="${BENCH_DURATION:-20}" BENCH_WARMUP="${BENCH_WARMUP:-5}" BENCH_POOL="$POOL"
export BENCH_PROFILE_BIDS="${BENCH_PROFILE_BIDS:-5}"

BENCH_NAME=bid-throughput
# shellcheck source=bench/lib.sh
. bench/lib.sh
(( BENCH_DURATION > 0 && BENCH_DURATION <= 600 && BENCH_CLIENTS > 0 && BENCH_CLIENTS <= 500 )) \
  || die "BENCH_DURATION must be 1-600 s and BENCH_CLIENTS 1-500"
bench_prepare bench_bids
export BENCH_STATE="$WORK/state.json" BENCH_RESULTS="$WORK/results.jsonl"
bench_describe
echo "bid-throughput: $BENCH_CLIENTS clients, $BENCH_WARMUP s warm-up + $BENCH_DURATION s timed per case, app and JDBC pool $POOL"

bench() { java -cp "$WORK/app.jar" bench/BidThroughput.java "$@"; }

start_app ""
bench setup
log "bidding over HTTP"
bench app
log "bidding over JDBC (the app is idle meanwhile)"
bench jdbc >&2 # HikariCP logs its start and stop on stdout

if [[ "${BENCH_PROFILE:-1}" == 1 ]]; then
  # The driver logs every statement it sends ([QUERY] lines); the closer and the licence expiry job are put
  # off so that only the bids' statements land in the window.
  stop_app
  start_app "&profileSQL=true&logger=com.mysql.cj.log.StandardLogger" \
    REEX_AUCTIONS_CLOSER_INTERVAL=1h REEX_LICENCES_EXPIRY_CHECK=1h
  count() { grep -c '\[QUERY\]' "$APP_LOG" || true; }
  next="$(bench profile look)"
  sleep 1; c0="$(count)"; cp "$APP_LOG" "$WORK/before.log"
  bench profile accepted "$next"
  sleep 1; c1="$(count)"
  bench profile refused
  sleep 1; c2="$(count)"
  n="$BENCH_PROFILE_BIDS"
  echo
  echo "statements per bid, from the driver's log ($n bids each, one at a time; COMMIT and SET autocommit included):"
  awk -v a="$c0" -v b="$c1" -v c="$c2" -v n="$n" 'BEGIN {
    printf "  accepted: %.1f   refused (too low): %.1f\n", (b - a) / n, (c - b) / n }'
  echo "  statements of the last accepted bid, in order (the first bids also insert the bidder's alias):"
  grep '\[QUERY\]' "$APP_LOG" | sed -n "$((c0 + 1)),${c1}p" \
    | sed -E 's/.*\[QUERY\] *//; s/ *\[Created on.*//; s/^(.{110}).*/\1.../' >"$WORK/window.sql"
  first="$(grep -n '^SET autocommit=0' "$WORK/window.sql" | tail -n1 | cut -d: -f1)"
  (( first > 1 )) && sed -n "$((first - 1))p" "$WORK/window.sql" | grep -q '^SELECT 1$' && first=$((first - 1))
  tail -n "+$first" "$WORK/window.sql" | nl -w4 -s'  '
fi

bench table
