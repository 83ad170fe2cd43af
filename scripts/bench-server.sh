#!/usr/bin/env bash
# The server benchmark (see bench/server/README.md): builds with the ci preset, starts a throwaway
# PostgreSQL 15 cluster, and runs hpf-bench-server, which measures hpf-server on SQLite and on
# PostgreSQL (account lookup and posting at 1 and 8 clients) with `pgbench -S` on the same cluster
# as the ceiling, and prints one table with the ratios. Everything it starts is stopped on exit,
# also on error or Ctrl-C. Extra arguments go to hpf-bench-server (e.g. --seconds 3 --accounts 1000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
source "$here/lib/postgres.sh"
root="$(hpf_root)"
cd "$root"

bash "$here/install-deps.sh"
hpf_build ci

bench_bin="$root/build/ci/server/bench/hpf-bench-server"
server_bin="$root/build/ci/server/hpf-server"
for bin in "$bench_bin" "$server_bin"; do
  [ -x "$bin" ] || { echo "bench-server: $bin was not built" >&2; exit 1; }
done

work="$(mktemp -d /tmp/hpf-bench-server.XXXXXX)"
chmod 755 "$work" # the postgres user must reach the cluster's socket directory below it
bench_pid=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$bench_pid" ] && kill -0 "$bench_pid" 2>/dev/null; then
    kill "$bench_pid" 2>/dev/null || true # its hpf-server and pgbench children die with it
    wait "$bench_pid" 2>/dev/null || true
  fi
  hpf_pg_stop || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

hpf_pg_start "$work/pg"
"$HPF_PG_BIN/createdb" -h 127.0.0.1 -p "$HPF_PG_PORT" -U "$HPF_PG_USER" hpf_pgbench
pg_settings="$("$HPF_PG_BIN/psql" -h 127.0.0.1 -p "$HPF_PG_PORT" -U "$HPF_PG_USER" -d hpf_test -Atc \
  "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings
   WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections')")"

# In the background so the INT/TERM trap can run (and stop it) while we wait.
"$bench_bin" --server "$server_bin" --workdir "$work/run" \
  --postgresql "$HPF_TEST_PG_URL" \
  --pgbench "$HPF_PG_BIN/pgbench" \
  --pgbench-database "postgresql://$HPF_PG_USER@127.0.0.1:$HPF_PG_PORT/hpf_pgbench" \
  --note "PostgreSQL $("$HPF_PG_BIN/postgres" --version | awk '{print $3}') test cluster (scripts/lib/postgres.sh): $pg_settings" \
  --note "SQLite: WAL, synchronous=FULL (hpf-server's settings), file on $(df -T "$work" | awk 'NR == 2 {print $2}')" \
  "$@" &
bench_pid=$!
wait "$bench_pid"
