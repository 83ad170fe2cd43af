#!/usr/bin/env bash
# Builds every libFuzzer target (clang, ASan + UBSan) and runs each for a bounded time.
# Usage: scripts/run-fuzzers.sh [seconds-per-target, default 20]
set -euo pipefail
source "$(dirname "$0")/lib/build.sh"
root="$(hpf_root)"
seconds="${1:-20}"

hpf_build fuzz
out="$root/build/fuzz/fuzz"
logdir="$root/build/fuzz/logs"; mkdir -p "$logdir"
status=0
shopt -s nullglob
targets=("$out"/fuzz_*)
if [ ${#targets[@]} -eq 0 ]; then echo "run-fuzzers: no fuzz targets were built" >&2; exit 1; fi
for bin in "${targets[@]}"; do
  [ -f "$bin" ] && [ -x "$bin" ] || continue
  name="$(basename "$bin")"
  corpus="$root/build/fuzz/corpus/$name"; mkdir -p "$corpus"
  seeds=()
  [ -d "$root/fuzz/seeds/$name" ] && seeds=("$root/fuzz/seeds/$name")
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$logdir/$name-" "$corpus" "${seeds[@]}" >"$logdir/$name.log" 2>&1; then
    runs=$(grep -m1 'stat::number_of_executed_units' "$logdir/$name.log" | awk '{print $2}')
    echo "fuzz: $name ok (${runs:-?} inputs in ${seconds}s)"
  else
    echo "fuzz: $name FAILED — last lines of $logdir/$name.log:" >&2
    tail -n 40 "$logdir/$name.log" >&2
    status=1
  fi
done
exit $status
