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
#   BENCH_BCRYPT_COST  the app's bcrypt cost, only for the recycler's sign-up (4)
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

BENCH_NAME=lot-browse
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_prepare bench_lots
bench_describe

start_app
log "seeding"

java -cp "$WORK/app.jar" bench/LotBrowse.java seed bench/lot-browse-seed.sql
log "measuring ($BENCH_WARMUP warm-up + $BENCH_REQUESTS timed requests per case)"
java -cp "$WORK/app.jar" bench/LotBrowse.java run
