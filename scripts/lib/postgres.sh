# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for the server tests and benchmarks.
#
#   source scripts/lib/postgres.sh
#   hpf_pg_start "$workdir"   # initdb + pg_ctl start on 127.0.0.1:<free port>, socket in $workdir
#                             # exports HPF_TEST_PG_URL=postgresql://<user>@127.0.0.1:<port>/hpf_test
#   hpf_pg_start "$workdir" --durable   # the same with production durability (benchmarks)
#   ...run tests...
#   hpf_pg_stop               # pg_ctl stop -m fast, then removes the cluster directory
#
# As root (as in CI) the cluster belongs to the `postgres` system user and every binary runs through
# `runuser -u postgres --`; otherwise it runs as the current user. Authentication is `trust` on the
# loopback address and the socket only, which is fine for a cluster that lives for one test run.
#
# By default the cluster trades durability for speed (fsync, synchronous_commit and
# full_page_writes off): the test suites only need a database that survives the test run.
# `--durable` keeps PostgreSQL's production settings (all three on) for the benchmarks, whose
# figures must be what a center's server would see.

HPF_PG_BIN=${HPF_PG_BIN:-/usr/lib/postgresql/15/bin}

_hpf_pg_run() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_hpf_pg_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

hpf_pg_start() {
    local workdir=${1:?usage: hpf_pg_start <workdir> [--durable]}
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    case "${2:-}" in
        "") ;;
        --durable) durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on" ;;
        *)
            echo "hpf_pg_start: unknown option $2 (usage: hpf_pg_start <workdir> [--durable])" >&2
            return 1
            ;;
    esac
    if [ ! -x "$HPF_PG_BIN/initdb" ]; then
        echo "hpf_pg_start: $HPF_PG_BIN/initdb not found (install postgresql-15)" >&2
        return 1
    fi
    mkdir -p "$workdir"
    workdir=$(cd "$workdir" && pwd)
    HPF_PG_DIR="$workdir/pg"
    rm -rf "$HPF_PG_DIR"
    mkdir -p "$HPF_PG_DIR"
    local user
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "hpf_pg_start: running as root needs the 'postgres' system user" >&2
            return 1
        fi
        user=postgres
        chown postgres: "$HPF_PG_DIR"
        # The socket directory and the path to it must be reachable by postgres.
        chmod o+x "$workdir"
    else
        user=$(id -un)
    fi
    HPF_PG_PORT=$(_hpf_pg_free_port)
    if ! _hpf_pg_run "$HPF_PG_BIN/initdb" -D "$HPF_PG_DIR/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 \
            >"$HPF_PG_DIR/initdb.log" 2>&1; then
        echo "hpf_pg_start: initdb failed, see $HPF_PG_DIR/initdb.log" >&2
        return 1
    fi
    if ! _hpf_pg_run "$HPF_PG_BIN/pg_ctl" -D "$HPF_PG_DIR/data" -l "$HPF_PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $HPF_PG_PORT -k $HPF_PG_DIR -c max_connections=200 $durability" \
            start >/dev/null; then
        echo "hpf_pg_start: pg_ctl start failed, see $HPF_PG_DIR/server.log" >&2
        return 1
    fi
    if ! _hpf_pg_run "$HPF_PG_BIN/createdb" -h 127.0.0.1 -p "$HPF_PG_PORT" -U "$user" hpf_test; then
        echo "hpf_pg_start: createdb failed" >&2
        hpf_pg_stop
        return 1
    fi
    HPF_PG_USER=$user
    export HPF_PG_DIR HPF_PG_PORT HPF_PG_USER
    export HPF_TEST_PG_URL="postgresql://$user@127.0.0.1:$HPF_PG_PORT/hpf_test"
    echo "PostgreSQL 15 test cluster on 127.0.0.1:$HPF_PG_PORT ($HPF_TEST_PG_URL)"
}

hpf_pg_stop() {
    if [ -n "${HPF_PG_DIR:-}" ] && [ -d "$HPF_PG_DIR/data" ]; then
        _hpf_pg_run "$HPF_PG_BIN/pg_ctl" -D "$HPF_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$HPF_PG_DIR"
    fi
    unset HPF_PG_DIR HPF_PG_PORT HPF_PG_USER HPF_TEST_PG_URL
}
