#!/usr/bin/env sh
# A private, throwaway PostgreSQL server for the test suite (Debian/Ubuntu), on 127.0.0.1 only.
#
#   packaging/test_postgres.sh start   install Debian's `postgresql` if missing (as root), create and start
#                                      a private cluster on a free loopback port, print its URL
#   packaging/test_postgres.sh url     print the URL of the running cluster (fails if none)
#   packaging/test_postgres.sh stop    stop the cluster and delete it
#
#   export CAUDAL_TEST_PG_URL="$(packaging/test_postgres.sh start)" && make test
#
# The cluster is not the system's: its own folder ($CAUDAL_TEST_PG_DIR, default a folder in /tmp named
# after this checkout, so two checkouts never share one), its own socket in that folder, a free port on
# 127.0.0.1 (never another address), a role `caudal_test` with a random password (scram) that may create
# databases (the suite makes one per test from a template). It trades durability for speed (fsync off):
# it holds test data only. As root the server runs as the `postgres` user; otherwise as you.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CAUDAL_TEST_PG_DIR:-/tmp/caudal-test-pg-$(printf %s "$ROOT" | cksum | cut -d' ' -f1)}
DATA=$DIR/data
ROLE=caudal_test

die() { echo "test_postgres.sh: $*" >&2; exit 1; }

pg_bin() {  # the newest installed server's bin folder (Debian keeps them under /usr/lib/postgresql/N/bin)
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    return 1
}

install_postgres() {
    pg_bin >/dev/null && return 0
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
        die "PostgreSQL's server is not installed. Install it (sudo apt-get install -y postgresql) and run again."
    fi
    echo "Installing PostgreSQL (Debian's postgresql package)..." >&2
    apt-get update -qq >&2
    # policy-rc.d 101: the package must not start the system's own cluster; ours is private.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    rm -f /usr/sbin/policy-rc.d
    trap - EXIT
    pg_bin >/dev/null || die "apt-get installed postgresql but no server binaries were found under /usr/lib/postgresql"
}

as_owner() {  # run a command as the cluster's owner
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

running() { [ -f "$DIR/url" ] && as_owner "$(pg_bin)/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

cmd_start() {
    install_postgres
    if running; then cat "$DIR/url"; return 0; fi
    BIN=$(pg_bin)
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres: "$DIR"
    PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    PORT=$(free_port)
    cat >> "$DATA/postgresql.conf" <<EOF
# caudal test cluster: loopback only, its own socket, no durability (test data only)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >/dev/null \
        || { tail -20 "$DIR/server.log" >&2; die "the server did not start (log: $DIR/server.log)"; }
    as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" \
        -c "CREATE DATABASE $ROLE OWNER $ROLE" >/dev/null
    URL="postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$ROLE"
    printf '%s\n' "$URL" > "$DIR/url"
    chmod 600 "$DIR/url"
    echo "$URL"
}

cmd_url() {
    running || die "no test cluster is running (packaging/test_postgres.sh start)"
    cat "$DIR/url"
}

cmd_stop() {
    if [ -d "$DATA" ] && BIN=$(pg_bin); then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) cmd_start ;;
    url) cmd_url ;;
    stop) cmd_stop ;;
    *) echo "usage: $0 start|url|stop" >&2; exit 2 ;;
esac
