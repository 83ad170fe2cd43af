# Sourced by scripts/run.sh and scripts/test.sh. Points SANE (libsane) at its `test` backend only:
# a virtual scanner with a flatbed and a 10-sheet document feeder that delivers known pictures,
# so the archive desk scans without hardware (training back end, tests).
# Usage: hpf_sane_test_config <dir>   writes <dir>/dll.conf and <dir>/test.conf, exports SANE_CONFIG_DIR.
# A missing test backend (Debian package libsane1) fails with CI=true, and warns otherwise.

hpf_sane_test_backend() {
  local lib
  for lib in /usr/lib/*/sane/libsane-test.so.1 /usr/lib/sane/libsane-test.so.1; do
    if [ -e "$lib" ]; then echo "$lib"; return 0; fi
  done
  return 1
}

hpf_sane_test_config() {
  local dir="$1"
  if ! hpf_sane_test_backend >/dev/null; then
    echo "sane: SANE's test backend (libsane-test.so.1, package libsane1) is missing" >&2
    if [ "${CI:-}" = "true" ]; then return 1; fi
    return 0
  fi
  mkdir -p "$dir"
  # Only the test backend: no probing of USB or network scanners.
  printf 'test\n' >"$dir/dll.conf"
  # One device; A4 pages (210 x 297 mm) of the grid picture at 300 dpi grey by default.
  cat >"$dir/test.conf" <<'CONF'
number_of_devices 1
mode Gray
depth 8
resolution 300.0
test-picture "Grid"
geometry_min 0.0
geometry_max 300.0
geometry_quant 1.0
tl_x 0.0
tl_y 0.0
br_x 210.0
br_y 297.0
CONF
  export SANE_CONFIG_DIR="$dir"
}
