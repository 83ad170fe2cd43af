#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with warnings as errors,
# starts the components the tests need (a throwaway PostgreSQL cluster, a session D-Bus with an
# unlocked gnome-keyring), runs the fuzzers briefly and then the whole Qt Test suite with ctest.
# With CI=true a missing component fails the run instead of skipping tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
root="$(hpf_root)"
cd "$root"

bash "$here/install-deps.sh"
# The pinned OpenAPI linter (ctest openapi_lint); with CI=true a failed install fails the run.
# One place for the tools, whatever HOME the test sessions below get (the keyring session has its own).
export HPF_TOOLS_DIR="${HPF_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hpf-tools}"
source "$here/lib/tools.sh"
if ! hpf_tools_install; then
  [ "${CI:-}" = true ] && exit 1
  echo "test: the OpenAPI linter could not be installed; openapi_lint will report skipped" >&2
fi
hpf_build ci

# Fuzz every parser of outside input for a short bounded time.
bash "$here/run-fuzzers.sh" "${HPF_FUZZ_SECONDS:-20}"

work="$(mktemp -d /tmp/hpf-test.XXXXXX)"
chmod 755 "$work"
cleanup() {
  if declare -F hpf_pg_stop >/dev/null; then hpf_pg_stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -f "$here/lib/postgres.sh" ]; then
  source "$here/lib/postgres.sh"
  hpf_pg_start "$work/pg"
fi

# Scanning tests and the archive desk use SANE's test backend only (no real scanners probed).
source "$here/lib/sane.sh"
hpf_sane_test_config "$work/sane"

# Every log line hpf-server and hpf-counter (and the in-process servers and clients of the suites)
# write during the run goes to one folder, which scripts/check-logs.sh scans afterwards.
export HPF_LOG_DIR="$work/logs"
mkdir -p "$HPF_LOG_DIR"

# The Qt Test suite; the secret-service tests run inside a private session bus with a real,
# unlocked gnome-keyring (never a plaintext fallback).
source "$here/lib/keyring.sh"
status=0
hpf_with_keyring ctest --preset ci -j2 || status=$?

# No identity or personal account number in clear in any of those logs (issue 12), whatever the
# suite's outcome.
bash "$here/check-logs.sh" "$HPF_LOG_DIR" || status=1
exit "$status"
