#!/usr/bin/env bash
# Runs inside dbus-run-session (see keyring.sh): unlock a fresh login keyring, then run the command.
set -u
export HOME="$HPF_KEYRING_HOME"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
eval "$(printf 'hpf-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
export HPF_TEST_SECRET_SERVICE=1
exec "$@"
