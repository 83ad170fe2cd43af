#!/usr/bin/env bash
# The server benchmark and the load test (see bench/README.md and bench/server/README.md).
#
#   scripts/bench-server.sh [args]          # the benchmark table; args go to hpf-bench-server
#   scripts/bench-server.sh --load [args]   # the load test; args go to hpf-load-test
#
# Builds with the ci preset and starts throwaway PostgreSQL 15 clusters (scripts/lib/postgres.sh):
# one with production durability (fsync, synchronous_commit, full_page_writes on) for the main
# figures and, for the benchmark, a second one with the three off (the test suites' settings) for a
# second column. The benchmark runs hpf-bench-server: hpf-server on SQLite and on both clusters
# (account lookup and posting at 1 and 8 clients) with pgbench -S / -N / the TPC-B-like default on
# the same cluster as the baselines. The load test runs hpf-load-test (50 counters, 2 `serve`
# instances, 60 s) on the durable cluster and exits non-zero when an invariant fails. Both print
# the machine and each cluster's settings. Everything started is stopped on exit, also on error or
# Ctrl-C.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
source "$here/lib/postgres.sh"
root="$(hpf_root)"
cd "$root"

mode=bench
if [ "${1:-}" = "--load" ]; then
  mode=load
  shift
fi

bash "$here/install-deps.sh"
hpf_build ci hpf-server hpf-bench-server hpf-load-test

bench_bin="$root/build/ci/server/bench/hpf-bench-server"
load_bin="$root/build/ci/server/bench/hpf-load-test"
server_bin="$root/build/ci/server/hpf-server"
for bin in "$bench_bin" "$load_bin" "$server_bin"; do
  [ -x "$bin" ] || { echo "bench-server: $bin was not built" >&2; exit 1; }
done
started=$SECONDS

work="$(mktemp -d /tmp/hpf-bench-server.XXXXXX)"
chmod 755 "$work" # the postgres user must reach the clusters' socket directories below it
child_pid=""
clusters=() # "dir port" of every cluster started, for the cleanup
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$child_pid" ] && kill -0 "$child_pid" 2>/dev/null; then
    kill "$child_pid" 2>/dev/null || true # its hpf-server and pgbench children die with it
    wait "$child_pid" 2>/dev/null || true
  fi
  local c
  for c in "${clusters[@]}"; do
    HPF_PG_DIR=${c%% *}
    hpf_pg_stop || true
  done
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_cluster <name> [--durable]: sets <name>_url, <name>_pgbench_url and <name>_settings.
start_cluster() {
  local name=$1
  shift
  hpf_pg_start "$work/$name" "$@" >/dev/null
  clusters+=("$HPF_PG_DIR $HPF_PG_PORT")
  "$HPF_PG_BIN/createdb" -h 127.0.0.1 -p "$HPF_PG_PORT" -U "$HPF_PG_USER" hpf_pgbench
  printf -v "${name}_url" '%s' "$HPF_TEST_PG_URL"
  printf -v "${name}_pgbench_url" '%s' "postgresql://$HPF_PG_USER@127.0.0.1:$HPF_PG_PORT/hpf_pgbench"
  printf -v "${name}_settings" '%s' "$("$HPF_PG_BIN/psql" -h 127.0.0.1 -p "$HPF_PG_PORT" -U "$HPF_PG_USER" \
    -d hpf_test -Atc "SELECT string_agg(name || '=' || setting || COALESCE(unit, ''), ', ' ORDER BY name)
      FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method',
      'shared_buffers', 'max_connections', 'wal_level')")"
}

pg_version="$("$HPF_PG_BIN/postgres" --version | awk '{print $3}')"
machine="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(nproc) cores, \
$(awk '/^MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo), kernel $(uname -sr)"
data_fs="$(df -T "$work" | awk 'NR == 2 {print $2 " (" $1 ")"}')"
rotational=""
data_dev="$(findmnt -no SOURCE -T "$work" 2>/dev/null || true)"
if [ -b "$data_dev" ]; then
  rotational="; $(lsblk -dno ROTA,MODEL "$data_dev" 2>/dev/null | awk '{r = $1 == 1 ? "rotational" : "non-rotational"; $1 = ""; print r $0}')"
fi

start_cluster durable --durable
if [ "$mode" = load ]; then
  echo "hpf-server load test on PostgreSQL $pg_version with production durability: $durable_settings"
  echo "machine: $machine; data directory on $data_fs$rotational"
  # In the background so the INT/TERM trap can run (and stop it) while we wait.
  "$load_bin" --server "$server_bin" --workdir "$work/load" --postgresql "$durable_url" "$@" &
  child_pid=$!
  rc=0
  wait "$child_pid" || rc=$?
  child_pid=""
  echo "bench-server --load: $((SECONDS - started)) s after the build"
  exit "$rc"
fi

start_cluster fast
"$bench_bin" --server "$server_bin" --workdir "$work/run" \
  --postgresql "pg-durable=$durable_url" --pgbench-database "pg-durable=$durable_pgbench_url" \
  --postgresql "pg-fsync-off=$fast_url" --pgbench-database "pg-fsync-off=$fast_pgbench_url" \
  --pgbench "$HPF_PG_BIN/pgbench" --pgbench-tpcb \
  --note "pg-durable: PostgreSQL $pg_version cluster (scripts/lib/postgres.sh --durable): $durable_settings" \
  --note "pg-fsync-off: a second PostgreSQL $pg_version cluster on the same disk, the test suites' settings: $fast_settings" \
  --note "SQLite: WAL, synchronous=FULL (hpf-server's settings), file on $data_fs" \
  --note "machine: $machine; data directories on $data_fs$rotational" \
  "$@" &
child_pid=$!
wait "$child_pid"
child_pid=""
echo "bench-server: $((SECONDS - started)) s after the build"
