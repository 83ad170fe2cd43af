#!/usr/bin/env bash
# Makes the user guide's screenshots from the real application: builds tst_pagescreenshots (preset
# ci), which starts the training server (tests/ui/serverfixture), signs in as the demo user of each
# page's role and saves every registered page in zh_CN at 1280x800 as docs/user-guide/images/<code>.png.
# Offscreen; needs the secret service like the UI tests (scripts/lib/keyring.sh).
# Usage: scripts/screenshots.sh [output folder, default docs/user-guide/images]
set -euo pipefail
source "$(dirname "$0")/lib/build.sh"
source "$(dirname "$0")/lib/keyring.sh"
root="$(hpf_root)"
out="$(realpath -m "${1:-$root/docs/user-guide/images}")"

hpf_build ci tst_pagescreenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=Asia/Shanghai
hpf_with_keyring "$root/build/ci/tests/ui/tst_pagescreenshots" --save "$out"
count=$(find "$out" -maxdepth 1 -name '[0-9][0-9][0-9][0-9].png' | wc -l)
size=$(du -ch "$out"/[0-9][0-9][0-9][0-9].png | tail -n1 | cut -f1)
echo "screenshots: $count pages in $out ($size)"
