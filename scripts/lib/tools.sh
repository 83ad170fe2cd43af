# Developer tools that are not Debian packages, pinned by scripts/tools/package-lock.json and
# installed with npm (Debian's `npm`, or the one that comes with an installed Node.js) into
# ~/.cache/hpf-tools (or $HPF_TOOLS_DIR), only when missing or when the lock file changed.
#
#   source scripts/lib/tools.sh
#   hpf_tools_install        # installs when needed; fails loudly when it cannot
#   hpf_redocly lint ...     # Redocly CLI 2 on the pinned Node.js runtime
#
# The lock pins @redocly/cli and a Node.js 22 runtime (the node-linux-<arch> package): Debian 12
# ships Node.js 18, older than Redocly CLI 2 supports, so the linter always runs on the pinned
# runtime and the system's node is only used to run npm.

hpf_tools_dir() { echo "${HPF_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hpf-tools}"; }

_hpf_tools_src() { cd "$(dirname "${BASH_SOURCE[0]}")/../tools" && pwd; }

_hpf_tools_arch() {
  case "$(uname -m)" in
    x86_64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *) echo unsupported ;;
  esac
}

# The pinned runtime and the linter's entry point; empty when not installed.
_hpf_tools_node() { local d; d="$(hpf_tools_dir)"; echo "$d/node_modules/node-linux-$(_hpf_tools_arch)/bin/node"; }
_hpf_tools_redocly_js() { echo "$(hpf_tools_dir)/node_modules/@redocly/cli/bin/cli.js"; }

# True when the installed tools match the checked-in lock file.
hpf_tools_current() {
  local dir src
  dir="$(hpf_tools_dir)"
  src="$(_hpf_tools_src)"
  [ -x "$(_hpf_tools_node)" ] && [ -f "$(_hpf_tools_redocly_js)" ] &&
    [ -f "$dir/.lock-sha256" ] &&
    [ "$(cat "$dir/.lock-sha256")" = "$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)" ]
}

hpf_tools_install() {
  local dir src
  dir="$(hpf_tools_dir)"
  src="$(_hpf_tools_src)"
  if hpf_tools_current; then
    return 0
  fi
  if [ "$(_hpf_tools_arch)" = unsupported ]; then
    echo "tools: no pinned Node.js runtime for $(uname -m)" >&2
    return 1
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "tools: npm is missing (scripts/install-deps.sh installs Debian's nodejs and npm)" >&2
    return 1
  fi
  echo "tools: installing $(tr -d '\n ' <"$src/package.json" | grep -o '"@redocly/cli":"[^"]*"') into $dir"
  mkdir -p "$dir"
  cp "$src/package.json" "$src/package-lock.json" "$dir/"
  # `npm ci` installs exactly the lock (integrity-checked) and nothing else; install scripts are
  # not needed by either package. Debian's npm 9 warns about the engines field of Redocly CLI,
  # which is about the node that runs it: that is the pinned runtime, not the one running npm.
  if ! (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
    echo "tools: npm ci failed in $dir" >&2
    return 1
  fi
  if [ ! -x "$(_hpf_tools_node)" ] || [ ! -f "$(_hpf_tools_redocly_js)" ]; then
    echo "tools: npm ci finished but the linter or its runtime is missing in $dir" >&2
    return 1
  fi
  sha256sum "$src/package-lock.json" | cut -d' ' -f1 >"$dir/.lock-sha256"
  echo "tools: $("$(_hpf_tools_node)" --version) and redocly $(hpf_redocly --version) ready"
}

# Runs Redocly CLI without telemetry or update checks.
hpf_redocly() {
  REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    "$(_hpf_tools_node)" "$(_hpf_tools_redocly_js)" "$@"
}
