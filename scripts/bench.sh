#!/usr/bin/env bash
# Builds the benchmarks (release flags) and runs every bench/bench_*.cpp executable. Each prints its
# results as ratios against a baseline measured in the same run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
root="$(hpf_root)"
bash "$here/install-deps.sh"
hpf_build ci
# The GUI benchmarks run without a display as the tests do.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
for bin in "$root"/build/ci/bench/bench_*; do
  [ -f "$bin" ] && [ -x "$bin" ] || continue
  echo "== $(basename "$bin")"
  "$bin"
done
