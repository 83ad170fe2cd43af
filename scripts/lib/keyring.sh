# Sourced by scripts/test.sh. Runs a command inside a private D-Bus session with a real, unlocked
# gnome-keyring secret service (never a plaintext fallback), in a throwaway HOME.
# Usage: hpf_with_keyring <command> [args...]

hpf_with_keyring() {
  if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "keyring: dbus-run-session or gnome-keyring-daemon missing" >&2
    if [ "${CI:-}" = "true" ]; then return 1; fi
    "$@"; return
  fi
  local home
  home="$(mktemp -d /tmp/hpf-keyring.XXXXXX)"
  HPF_KEYRING_HOME="$home" dbus-run-session -- bash "$(dirname "${BASH_SOURCE[0]}")/keyring-session.sh" "$@"
  local rc=$?
  rm -rf "$home"
  return $rc
}
