#!/usr/bin/env bash
# Builds every libFuzzer target (clang, ASan + UBSan; preset `fuzz`, target hpf_fuzzers) and runs each
# for a bounded time from its checked-in seeds (fuzz/seeds/<target>) with its dictionary
# (fuzz/dict/<target>.dict) when there is one. What a run finds is kept in build/fuzz/corpus/<target>
# and crashing inputs in build/fuzz/logs/<target>-crash-*.
# Usage: scripts/run-fuzzers.sh [seconds-per-target, default 20]
#        scripts/run-fuzzers.sh --export-seeds   (rewrite the certificate seeds from the server:
#                                                 fuzz/make_seeds.py writes the others)
# HPF_FUZZ_JOBS targets run at once (default: 2, or 1 on a one-core machine).
set -euo pipefail
source "$(dirname "$0")/lib/build.sh"
root="$(hpf_root)"

if [ "${1:-}" = "--export-seeds" ]; then
  hpf_build fuzz hpf_fuzz_seedexport
  exec "$root/build/fuzz/fuzz/hpf_fuzz_seedexport" "$root/fuzz/seeds"
fi
seconds="${1:-20}"
jobs="${HPF_FUZZ_JOBS:-$(( $(nproc) > 1 ? 2 : 1 ))}"

hpf_build fuzz hpf_fuzzers
out="$root/build/fuzz/fuzz"
logdir="$root/build/fuzz/logs"; mkdir -p "$logdir"
shopt -s nullglob
targets=()
for bin in "$out"/fuzz_*; do
  [ -f "$bin" ] && [ -x "$bin" ] && targets+=("$bin")
done
if [ ${#targets[@]} -eq 0 ]; then echo "run-fuzzers: no fuzz targets were built" >&2; exit 1; fi

# One target: exit status 0 when it ran its time without finding anything.
run_one() {
  local bin="$1" name; name="$(basename "$1")"
  local corpus="$root/build/fuzz/corpus/$name"; mkdir -p "$corpus"
  local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
              -artifact_prefix="$logdir/$name-")
  [ -f "$root/fuzz/dict/$name.dict" ] && args+=(-dict="$root/fuzz/dict/$name.dict")
  local dirs=("$corpus")
  [ -d "$root/fuzz/seeds/$name" ] && dirs+=("$root/fuzz/seeds/$name")
  "$bin" "${args[@]}" "${dirs[@]}" >"$logdir/$name.log" 2>&1
}

status=0
declare -A pids=()
report() {
  local name="$1" rc="$2" log="$logdir/$1.log"
  if [ "$rc" -eq 0 ]; then
    local runs edges
    runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    edges=$(grep -oE 'cov: [0-9]+' "$log" | tail -n1 | awk '{print $2}')
    echo "fuzz: $name ok (${runs:-?} inputs in ${seconds}s, ${edges:-?} edges)"
  else
    echo "fuzz: $name FAILED — last lines of $log:" >&2
    tail -n 40 "$log" >&2
    status=1
  fi
}
for bin in "${targets[@]}"; do
  while [ ${#pids[@]} -ge "$jobs" ]; do
    wait -n || true
    for name in "${!pids[@]}"; do
      if ! kill -0 "${pids[$name]}" 2>/dev/null; then
        rc=0; wait "${pids[$name]}" || rc=$?
        report "$name" "$rc"; unset "pids[$name]"
      fi
    done
  done
  run_one "$bin" &
  pids[$(basename "$bin")]=$!
done
for name in "${!pids[@]}"; do
  rc=0; wait "${pids[$name]}" || rc=$?
  report "$name" "$rc"
done
exit $status
