#!/usr/bin/env bash
# Live fan-out: SSE streams on open lots while 50 bidders bid on them; one instance, then two.
#
#   bench/live-fanout.sh [JAR]      # JAR defaults to backend/target/reex-backend-0.1.0.jar
#
# Creates a throwaway database bench_live_<random> on the server infra/scripts/db.sh names and starts the jar
# against it with the live feed's counters logged once a second (LiveFeed at DEBUG). Through the API: an agency,
# 50 recyclers near Ganzhou with verified NdFeB licences, a manufacturer and one published lot (English, start
# 1000, increment 10, reserve 1200, closes in 30 days, no soft close); by SQL 199 copies of it (200 open lots).
# Then three cases, each: open the streams (spread evenly over the lots and the instances, each from the lot's
# current sequence by Last-Event-ID, Java HttpClient, one connection each), wait until all are open, let 50
# bidders bid for BENCH_DURATION s on random lots through the instances in turn (the next minimum they last heard;
# never while leading), wait until every stream has its lot's last event, close the streams:
#   1 instance,  200 streams;   1 instance, 2,000 streams;   2 instances (a second jar on BENCH_PORT+1), 2,000.
# Prints per case: accepted bids/s, events received, bid acknowledgement -> stream receipt p50/p99/max, events
# lost and duplicated, the live feed's database queries per second (app counters), heap used and threads.
# Stops the apps and drops the database on exit. Builds nothing: `make backend` first. About 6 minutes on 2 cores.
#
# Environment (all optional):
#   BENCH_PORT      port of the first instance (18096; the second uses the next one)
#   BENCH_DURATION  seconds of bidding per case (30)     BENCH_BIDDERS  bidders (50)     BENCH_LOTS  open lots (200)
#   BENCH_STREAMS   streams of the big cases (2000)      BENCH_SMALL_STREAMS  streams of the first case (200)
#   REEX_DB_POOL_SIZE  each app's pool (20)              BENCH_START_TIMEOUT  seconds to wait for /health (120)
#   BENCH_KEEP_DB=1  keep the database afterwards
#   REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD  server to use (else from infra/scripts/db.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="${1:-backend/target/reex-backend-0.1.0.jar}"
PORT="${BENCH_PORT:-18096}"
PORT2=$((PORT + 1))
START_TIMEOUT="${BENCH_START_TIMEOUT:-120}"
POOL="${REEX_DB_POOL_SIZE:-20}"
export BENCH_DURATION="${BENCH_DURATION:-30}" BENCH_BIDDERS="${BENCH_BIDDERS:-50}" BENCH_LOTS="${BENCH_LOTS:-200}"
STREAMS="${BENCH_STREAMS:-2000}"
SMALL="${BENCH_SMALL_STREAMS:-200}"
STATS_LOG=JAVA_TOOL_OPTIONS=-Dlogger.levels.org.reex.auction.LiveFeed=DEBUG
# 51 sign-ups from one address, 2,000 viewers sharing 50 sign-ins, bidders bidding as fast as answers come: lift the
# flood limits (ADR 015) that would otherwise answer 429.
LIMITS=(REEX_STREAMS_PER_USER=1000000 REEX_BIDS_PER_USER=100000000 REEX_SIGNUPS_PER_ADDRESS=100000)

BENCH_NAME=live-fanout
# shellcheck source=bench/lib.sh
. bench/lib.sh
(exec 3<>"/dev/tcp/127.0.0.1/$PORT2") 2>/dev/null && die "port $PORT2 is taken; set BENCH_PORT"
bench_prepare bench_live
export BENCH_STATE="$WORK/state.json" BENCH_RESULTS="$WORK/results.jsonl"
APP2_PID=""
APP2_LOG="$WORK/app2.log"
stop_second() {
  if [[ -n "$APP2_PID" ]] && kill -0 "$APP2_PID" 2>/dev/null; then
    kill -TERM "$APP2_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP2_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$APP2_PID" 2>/dev/null || true
    wait "$APP2_PID" 2>/dev/null || true
  fi
  APP2_PID=""
}
trap 'status=$?; stop_second; (exit $status); bench_cleanup' EXIT
bench_describe
echo "live-fanout: $BENCH_LOTS lots, $BENCH_BIDDERS bidders, $BENCH_DURATION s of bidding per case, app pool $POOL"

bench() { java -cp "$WORK/app.jar" bench/LiveFanout.java "$@"; }

start_app "" "$STATS_LOG" "${LIMITS[@]}"
bench setup
export BENCH_INSTANCES="$BENCH_BASE_URL|$APP_PID|$APP_LOG"
bench phase "1 instance, $SMALL streams" "$SMALL"
bench phase "1 instance, $STREAMS streams" "$STREAMS"

log "starting a second instance on port $PORT2"
env "$STATS_LOG" "${LIMITS[@]}" REEX_DB_URL="$BENCH_JDBC_URL" REEX_DB_POOL_SIZE="$POOL" REEX_DEMO_DATA=false \
  REEX_BCRYPT_COST="${BENCH_BCRYPT_COST:-4}" MICRONAUT_SERVER_PORT="$PORT2" \
  java -jar "$WORK/app.jar" >"$APP2_LOG" 2>&1 &
APP2_PID=$!
deadline=$((SECONDS + START_TIMEOUT))
until curl -fsS -H 'Accept: application/json' "http://127.0.0.1:$PORT2/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP2_PID" 2>/dev/null || die "the second app exited before it was healthy"
  (( SECONDS < deadline )) || die "the second app was not healthy within ${START_TIMEOUT}s"
  sleep 0.5
done
export BENCH_INSTANCES="$BENCH_INSTANCES,http://127.0.0.1:$PORT2|$APP2_PID|$APP2_LOG"
bench phase "2 instances, $STREAMS streams" "$STREAMS"

bench table
