#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: initdb into a temp dir, trust auth, unix socket
# only (in the temp dir), fsync off. Needs no root; as root it runs the server as the `postgres`
# user (or `nobody` when there is none), since initdb refuses to run as root.
#
#   pg-test-cluster.sh start <state-dir>   start; writes <state-dir>/dsn and prints CAREROUND_PG_DSN=...
#   pg-test-cluster.sh stop  <state-dir>   stop and delete the cluster
#   pg-test-cluster.sh run   -- <cmd...>   start, run cmd with CAREROUND_PG_DSN exported, stop
#
# If CAREROUND_PG_DSN is already set, `start` uses that database instead and starts nothing.
# Port: $CAREROUND_PG_PORT, else a free one. Exit code 77 (ctest "skipped") when PostgreSQL's
# server binaries are not installed.
set -euo pipefail

find_bindir() {
    local dir
    for dir in "${CAREROUND_PG_BINDIR:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v pg_ctl >/dev/null 2>&1; then
        dir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
        [ -x "$dir/initdb" ] && echo "$dir" && return 0
    fi
    return 1
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo 54329
}

# Runs a command as the cluster owner (root cannot run initdb/postgres).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

pick_owner() {
    if [ "$(id -u)" -ne 0 ]; then
        owner=$(id -un)
    elif id postgres >/dev/null 2>&1; then
        owner=postgres
    else
        owner=nobody
    fi
}

stop_cluster() {
    local state=$1
    [ -f "$state/cluster" ] || return 0
    local cluster bindir
    cluster=$(cat "$state/cluster")
    bindir=$(cat "$state/bindir" 2>/dev/null || true)
    pick_owner
    if [ -d "$cluster/data" ] && [ -n "$bindir" ]; then
        as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$cluster" in
        */careround-pg.*) rm -rf "$cluster" ;;
    esac
    rm -f "$state/cluster" "$state/bindir" "$state/dsn"
}

start_cluster() {
    local state=$1
    mkdir -p "$state"
    stop_cluster "$state" # a cluster left over from an interrupted run
    if [ -n "${CAREROUND_PG_DSN:-}" ]; then
        printf '%s\n' "$CAREROUND_PG_DSN" >"$state/dsn"
        echo "CAREROUND_PG_DSN=$CAREROUND_PG_DSN (given; no cluster started)"
        return 0
    fi
    local bindir
    if ! bindir=$(find_bindir); then
        echo "!!! PostgreSQL server binaries not found (apt-get install postgresql):" \
             "PostgreSQL backend tests will be SKIPPED !!!" >&2
        exit 77
    fi
    pick_owner
    local port=${CAREROUND_PG_PORT:-$(free_port)}
    local cluster
    cluster=$(mktemp -d /tmp/careround-pg.XXXXXX)
    chmod 0755 "$cluster"
    [ "$(id -u)" -eq 0 ] && chown "$owner" "$cluster"
    echo "$cluster" >"$state/cluster"
    echo "$bindir" >"$state/bindir"
    as_owner "$bindir/initdb" -D "$cluster/data" -U careround -A trust -E UTF8 --locale=C \
        >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-p $port -k $cluster -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h "$cluster" -p "$port" -U careround careround
    local dsn="host=$cluster port=$port dbname=careround user=careround"
    printf '%s\n' "$dsn" >"$state/dsn"
    echo "CAREROUND_PG_DSN=$dsn"
}

command=${1:-}
case "$command" in
    start)
        start_cluster "${2:?state dir}"
        ;;
    stop)
        stop_cluster "${2:?state dir}"
        ;;
    run)
        shift
        [ "${1:-}" = "--" ] && shift
        state=$(mktemp -d)
        trap 'stop_cluster "$state"; rm -rf "$state"' EXIT
        start_cluster "$state"
        CAREROUND_PG_DSN=$(cat "$state/dsn")
        export CAREROUND_PG_DSN
        "$@"
        ;;
    *)
        sed -n '2,12p' "$0" >&2
        exit 2
        ;;
esac
