# Shared by scripts/*.sh: configure and build one CMake preset.
# Usage: hpf_build <preset> [targets...]

hpf_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

hpf_build() {
  local preset="$1"; shift
  local root; root="$(hpf_root)"
  (cd "$root" && cmake --preset "$preset" >/dev/null) || { echo "configure ($preset) failed" >&2; return 1; }
  if [ $# -gt 0 ]; then
    (cd "$root" && cmake --build --preset "$preset" --target "$@")
  else
    (cd "$root" && cmake --build --preset "$preset")
  fi
}
