#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts HPF Counter on its
# embedded training back end. Until the hpf-counter client exists in the tree, it starts the best
# runnable thing, the hpf-server back end on a demo (training) database, and says so.
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
if [ -x "$bin/app/hpf-counter" ]; then
  # Training: the counter's scanner is SANE's test scanner (virtual pages, flatbed and feeder).
  source "$here/lib/sane.sh"
  hpf_sane_test_config "${XDG_RUNTIME_DIR:-/tmp}/hpf-counter-sane-$(id -u)"
  echo "run: TRAINING back end; the scanner is SANE's virtual test scanner (test:0), not a real device"
  exec "$bin/app/hpf-counter" ${args[@]+"${args[@]}"}
fi

server="$bin/server/hpf-server"
if [ -x "$server" ]; then
  data="${XDG_DATA_HOME:-$HOME/.local/share}/hpf-counter"
  mkdir -p "$data"
  db="$data/training.sqlite"
  echo "run: the hpf-counter client is not built yet in this tree; starting the back end it will use:"
  echo "run: hpf-server on a TRAINING database ($db)"
  if [ ! -f "$db" ]; then
    HPF_ADMIN_PASSWORD="${HPF_ADMIN_PASSWORD:-Training-Admin-1}" "$server" init --database "sqlite:$db"
    "$server" demo-seed --database "sqlite:$db"
  fi
  exec "$server" serve --database "sqlite:$db" --listen 127.0.0.1 --port "${HPF_PORT:-8470}"
fi

echo "run: neither hpf-counter nor hpf-server is built yet; the core library and its tests are" >&2
echo "run: what exists. Run scripts/test.sh to build and test them." >&2
exit 1
