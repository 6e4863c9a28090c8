#!/usr/bin/env bash
# Statistics benchmark: GET /api/v1/stats/recovery from the rollups against GROUP BY over the raw recovery lines.
#
#   bench/stats-recovery.sh [JAR]      # JAR defaults to backend/target/reex-backend-0.1.0.jar
#
# Creates a throwaway database bench_stats_<random> on the server infra/scripts/db.sh names, starts the jar
# against it (Flyway creates the schema, no demo data), then loads with bench/StatsRecovery.java seed:
# 500 recyclers and 2,000 sellers, BENCH_LINES recovery lines (10 million; 5 years 2021-2025, 17 elements,
# 30 regions, 11 categories, about 6 lines per lot) into bench_recovery_line by batched multi-row INSERTs, and
# every rollup of V009 from those lines by INSERT ... SELECT ... GROUP BY (what RecoveryRollups.add writes lot by
# lot). An agency made by the first admin then asks five questions over HTTP, one at a time on one keep-alive
# connection: element x month for a year; region x element for a quarter; the recyclers of a year (the top 50
# are the client's cut of the 500 rows); category x quarter over 5 years for Dy; element x category over 5
# years for one region. Each is also answered by GROUP BY over the raw lines on the same database, and the
# totals of both are compared. Prints the table; always stops the app and drops the database (trap).
# Builds nothing: `make backend` first. The full 10 million lines take long to load on 2 shared cores:
# try BENCH_LINES=200000 first.
#
# Environment (all optional):
#   BENCH_LINES          recovery lines to load (10000000)
#   BENCH_PORT           port for the app (18095)
#   BENCH_REQUESTS       timed requests per question over HTTP (200)
#   BENCH_WARMUP         untimed requests before them (50)
#   BENCH_RAW_REQUESTS   timed runs of each raw GROUP BY (5)
#   BENCH_START_TIMEOUT  seconds to wait for /health (120)
#   BENCH_KEEP_DB=1      keep the database afterwards (its name is printed)
#   REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD  server to use (else from infra/scripts/db.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="${1:-backend/target/reex-backend-0.1.0.jar}"
PORT="${BENCH_PORT:-18095}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-120}"
export BENCH_LINES="${BENCH_LINES:-10000000}" BENCH_REQUESTS="${BENCH_REQUESTS:-200}" BENCH_WARMUP="${BENCH_WARMUP:-50}"
export BENCH_RAW_REQUESTS="${BENCH_RAW_REQUESTS:-5}"

BENCH_NAME=stats-recovery
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_prepare bench_stats
bench_describe

start_app
log "loading $BENCH_LINES recovery lines and their rollups"
java -cp "$WORK/app.jar" bench/StatsRecovery.java seed
log "measuring ($BENCH_WARMUP warm-up + $BENCH_REQUESTS timed requests per question, $BENCH_RAW_REQUESTS raw runs)"
java -cp "$WORK/app.jar" bench/StatsRecovery.java run
