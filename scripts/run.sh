#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts HPF Counter on its
# embedded training back end (the hpf-server built next to it).
#
#   scripts/run.sh                   the training center of the policy (兰州, 620100)
#   scripts/run.sh --center 110100   a second training center (北京) in a second window; the two
#                                    exchange cross-city transfers (apply at one, accept at the other)
# Any other arguments are passed on to hpf-counter.
set -euo pipefail
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --center) [ $# -ge 2 ] || { echo "run: --center needs a center code (e.g. 110100)" >&2; exit 2; }
              args+=(--training-center "$2"); shift 2 ;;
    --center=*) args+=(--training-center "${1#--center=}"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
root="$(hpf_root)"

bash "$here/install-deps.sh"
hpf_build ci

bin="$root/build/ci"
for program in app/hpf-counter server/hpf-server; do
  if [ ! -x "$bin/$program" ]; then
    echo "run: $bin/$program was not built; see the build's messages above" >&2
    exit 1
  fi
done
# Training: the counter's scanner is SANE's test scanner (virtual pages, flatbed and feeder).
source "$here/lib/sane.sh"
hpf_sane_test_config "${XDG_RUNTIME_DIR:-/tmp}/hpf-counter-sane-$(id -u)"
echo "run: TRAINING back end; the scanner is SANE's virtual test scanner (test:0), not a real device"
exec "$bin/app/hpf-counter" ${args[@]+"${args[@]}"}
