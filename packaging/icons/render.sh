#!/usr/bin/env bash
# Renders packaging/icons/hpf-counter.svg into the hicolor PNG sizes committed next to it
# (png/<size>/hpf-counter.png). Run it after changing the SVG; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "$here/png/$size"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$here/png/$size/hpf-counter.png" "$here/hpf-counter.svg"
done
