#!/usr/bin/env bash
# Make sure a MySQL-compatible server is reachable and print the `export` lines
# the backend and its tests need.  Messages go to stderr, exports to stdout, so:
#
#   eval "$(infra/scripts/db.sh)"            # database `reex`
#   eval "$(infra/scripts/db.sh start NAME)" # another database name
#   infra/scripts/db.sh status               # which server would be used
#   infra/scripts/db.sh stop                 # stop the private instance
#
# Which server, in this order:
#   1. REEX_DB_URL is set: use it as it is (REEX_TEST_DB_SERVER is derived from it).
#   2. A server on 127.0.0.1:3306 accepting REEX_DB_USER/REEX_DB_PASSWORD
#      (default root with an empty password).
#   3. A private MariaDB under .data/mariadb on 127.0.0.1:3307, user reex/reex,
#      started in the background and reused by later calls.  Debian's
#      mariadb-server is installed with apt-get when missing and we are root.
#
# Knobs: REEX_DB_PRIVATE=1 skips step 2; REEX_DB_PROBE_PORT (3306) and
# REEX_DB_PRIVATE_PORT (3307) move the ports; REEX_DB_START_TIMEOUT (60 s).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROBE_HOST=127.0.0.1
PROBE_PORT="${REEX_DB_PROBE_PORT:-3306}"
PRIVATE_PORT="${REEX_DB_PRIVATE_PORT:-3307}"
PRIVATE_USER=reex
PRIVATE_PASSWORD=reex
START_TIMEOUT="${REEX_DB_START_TIMEOUT:-60}"
BASE="$ROOT/.data/mariadb"
DATADIR="$BASE/data"
RUNDIR="$BASE/run"
PIDFILE="$RUNDIR/mariadbd.pid"
LOGFILE="$RUNDIR/mariadbd.log"
MYCNF="$ROOT/infra/mysql/my.cnf"
SOCKET_USER="$(id -un)"

log() { printf 'db.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# A unix socket path must stay under ~107 bytes; fall back to /tmp for deep checkouts.
SOCKET="$RUNDIR/mariadbd.sock"
if (( ${#SOCKET} > 100 )); then
  SOCKET="/tmp/reex-mariadb-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).sock"
fi

quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

emit() { # url user password test-server
  printf 'export REEX_DB_URL=%s\n' "$(quote "$1")"
  printf 'export REEX_DB_USER=%s\n' "$(quote "$2")"
  printf 'export REEX_DB_PASSWORD=%s\n' "$(quote "$3")"
  printf 'export REEX_TEST_DB_SERVER=%s\n' "$(quote "$4")"
}

client() { command -v mariadb || command -v mysql || true; }

tcp_open() { # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Can we log in over TCP?  With a client we check the credentials too; without
# one an open port is the best we can tell.
server_answers() { # host port user password
  local cli; cli="$(client)"
  if [[ -n "$cli" ]]; then
    MYSQL_PWD="$4" "$cli" --no-defaults --protocol=tcp --connect-timeout=3 \
      -h "$1" -P "$2" -u "$3" -e 'SELECT 1' >/dev/null 2>&1
  else
    tcp_open "$1" "$2"
  fi
}

private_pid() {
  [[ -s "$PIDFILE" ]] || return 1
  local pid; pid="$(cat "$PIDFILE")"
  kill -0 "$pid" 2>/dev/null && grep -qa mariadbd "/proc/$pid/cmdline" 2>/dev/null || return 1
  printf '%s' "$pid"
}

install_server() {
  command -v mariadb-install-db >/dev/null && [[ -x /usr/sbin/mariadbd ]] && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing Debian's mariadb-server (about 30 s)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # The package's own service is not needed (and often can't start in containers).
    apt-get install -y -qq --no-install-recommends mariadb-server >&2 \
      || die "apt-get install mariadb-server failed"
  else
    die "no MySQL-compatible server found on $PROBE_HOST:$PROBE_PORT and MariaDB is not installed.
  Either install it:   sudo apt-get install -y mariadb-server   (then run this again)
  or point REEX at a server:   export REEX_DB_URL=jdbc:mysql://HOST:PORT/reex?createDatabaseIfNotExist=true REEX_DB_USER=... REEX_DB_PASSWORD=..."
  fi
}

start_private() {
  [[ -r "$MYCNF" ]] || die "$MYCNF is missing"
  install_server
  local run_as=() owner

  if [[ $EUID -eq 0 ]]; then
    # mariadbd refuses to run as root unless told; prefer the mysql account,
    # which must be able to reach the checkout (not the case under /root).
    owner=mysql
    mkdir -p "$DATADIR" "$RUNDIR"
    if ! id mysql >/dev/null 2>&1 || ! chown -R mysql:mysql "$BASE" \
        || ! runuser -u mysql -- test -w "$RUNDIR" 2>/dev/null; then
      owner=root
      log "the mysql account can't reach $BASE; running the private server as root"
    fi
    run_as=(--user="$owner")
  else
    owner="$(id -un)"
    mkdir -p "$DATADIR" "$RUNDIR"
  fi

  if [[ ! -d "$DATADIR/mysql" ]]; then
    log "initialising a private MariaDB in $DATADIR"
    mariadb-install-db --no-defaults "${run_as[@]}" --datadir="$DATADIR" \
      --skip-test-db --auth-root-authentication-method=socket --auth-root-socket-user="$SOCKET_USER" >"$RUNDIR/install.log" 2>&1 \
      || { cat "$RUNDIR/install.log" >&2; die "mariadb-install-db failed"; }
    touch "$BASE/.needs-user"
  fi

  tcp_open "$PROBE_HOST" "$PRIVATE_PORT" \
    && die "port $PRIVATE_PORT is taken by another process; set REEX_DB_PRIVATE_PORT"

  log "starting the private MariaDB on $PROBE_HOST:$PRIVATE_PORT (log: ${LOGFILE#"$ROOT"/})"
  local mariadbd; mariadbd="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
  # setsid: a Ctrl-C in the terminal that started us must not reach the server.
  setsid "$mariadbd" --defaults-file="$MYCNF" "${run_as[@]}" \
    --datadir="$DATADIR" --socket="$SOCKET" --pid-file="$PIDFILE" \
    --port="$PRIVATE_PORT" --bind-address="$PROBE_HOST" --log-error="$LOGFILE" \
    </dev/null >/dev/null 2>&1 &

  local deadline=$((SECONDS + START_TIMEOUT))
  until mariadb --no-defaults --socket="$SOCKET" -u "$SOCKET_USER" -e 'SELECT 1' >/dev/null 2>&1; do
    if (( SECONDS >= deadline )); then
      tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
      die "the private MariaDB did not answer within ${START_TIMEOUT}s"
    fi
    if ! kill -0 $! 2>/dev/null; then
      tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
      die "the private MariaDB exited during start-up"
    fi
    sleep 0.5
  done

  if [[ -e "$BASE/.needs-user" ]]; then
    # root@localhost logs in by unix socket only; TCP needs a user with a password.
    mariadb --no-defaults --socket="$SOCKET" -u "$SOCKET_USER" <<SQL
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
CREATE USER IF NOT EXISTS '$PRIVATE_USER'@'localhost' IDENTIFIED BY '$PRIVATE_PASSWORD';
CREATE USER IF NOT EXISTS '$PRIVATE_USER'@'127.0.0.1' IDENTIFIED BY '$PRIVATE_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$PRIVATE_USER'@'localhost';
GRANT ALL PRIVILEGES ON *.* TO '$PRIVATE_USER'@'127.0.0.1';
SQL
    rm -f "$BASE/.needs-user"
  fi
}

stop_private() {
  local pid
  if ! pid="$(private_pid)"; then
    log "no private MariaDB is running"
    return 0
  fi
  log "stopping the private MariaDB (pid $pid)"
  kill -TERM "$pid"
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null; do
    (( SECONDS < deadline )) || { kill -KILL "$pid" 2>/dev/null || true; break; }
    sleep 0.5
  done
  log "stopped"
}

url_for() { # host port database
  printf 'jdbc:mysql://%s:%s/%s?createDatabaseIfNotExist=true' "$1" "$2" "$3"
}

# jdbc:mysql://host:port/db?params -> jdbc:mysql://host:port/ (params kept)
server_of() {
  local url="$1" query=""
  if [[ "$url" == *\?* ]]; then query="?${url#*\?}"; url="${url%%\?*}"; fi
  local prefix="${url%%//*}//" rest="${url#*//}"
  printf '%s%s/%s' "$prefix" "${rest%%/*}" "$query"
}

start() {
  local db="${1:-reex}"
  [[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || die "bad database name: $db"

  if [[ -n "${REEX_DB_URL:-}" ]]; then
    log "using REEX_DB_URL from the environment"
    emit "$REEX_DB_URL" "${REEX_DB_USER:-root}" "${REEX_DB_PASSWORD:-}" \
      "${REEX_TEST_DB_SERVER:-$(server_of "$REEX_DB_URL")}"
    return
  fi

  local user="${REEX_DB_USER:-root}" password="${REEX_DB_PASSWORD:-}"
  if [[ "${REEX_DB_PRIVATE:-0}" != 1 ]] && server_answers "$PROBE_HOST" "$PROBE_PORT" "$user" "$password"; then
    log "using the server on $PROBE_HOST:$PROBE_PORT as $user"
    emit "$(url_for "$PROBE_HOST" "$PROBE_PORT" "$db")" "$user" "$password" \
      "jdbc:mysql://$PROBE_HOST:$PROBE_PORT/"
    return
  fi

  if private_pid >/dev/null; then
    log "reusing the private MariaDB on $PROBE_HOST:$PRIVATE_PORT"
  else
    [[ "${REEX_DB_PRIVATE:-0}" == 1 ]] \
      || log "nothing answers on $PROBE_HOST:$PROBE_PORT as $user; using a private MariaDB"
    start_private
  fi
  emit "$(url_for "$PROBE_HOST" "$PRIVATE_PORT" "$db")" "$PRIVATE_USER" "$PRIVATE_PASSWORD" \
    "jdbc:mysql://$PROBE_HOST:$PRIVATE_PORT/"
}

status() {
  local pid
  if pid="$(private_pid)"; then
    log "private MariaDB running (pid $pid) on $PROBE_HOST:$PRIVATE_PORT"
  else
    log "private MariaDB not running"
  fi
  if server_answers "$PROBE_HOST" "$PROBE_PORT" "${REEX_DB_USER:-root}" "${REEX_DB_PASSWORD:-}"; then
    log "a server answers on $PROBE_HOST:$PROBE_PORT"
  else
    log "nothing usable on $PROBE_HOST:$PROBE_PORT"
  fi
}

case "${1:-start}" in
  start)  start "${2:-}" ;;
  stop)   stop_private ;;
  status) status ;;
  -h|--help|help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2 ;;
  *)      start "$1" ;;
esac
