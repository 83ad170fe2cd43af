#!/usr/bin/env bash
# Installs exactly the Debian 12 packages HPF Counter needs to build, run and test.
# Skips what is installed; runs `apt-get update` once, only when something must be installed.
# Works as root or through sudo; fails clearly on a system without apt.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev clang-format
  # Qt 6.4 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qtkeychain-qt6-dev libgl-dev
  # the counter camera of face-to-face signing (QCamera, QImageCapture)
  qt6-multimedia-dev
  # Qt's own strings (dialog buttons, context menus, the print dialog) in Chinese: qt_zh_CN.qm
  qt6-translations-l10n
  # the supervisor's day view draws its charts with Qt Charts (issue 19; only ui links it)
  qt6-charts-dev libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL(Widgets)
  # domain libraries
  libssl-dev openssl libqrencode-dev libzxing-dev libsane-dev sane-utils zlib1g-dev
  # XLSX employee lists: the zip container (QuaZip; pulls in Qt 5 compat for its name codecs)
  libquazip1-qt6-dev
  # archive pages and documents: TIFF (CCITT G4) and PDF rendering (imaging/)
  libtiff-dev libtiff-tools libpoppler-qt6-dev
  # the server's HTTP front (bounded headers, bodies and connections; GnuTLS for HTTPS)
  libmicrohttpd-dev
  # databases
  sqlite3 postgresql postgresql-client python3
  # the API contract: YAML → JSON for the conformance test, npm for the pinned OpenAPI linter
  # (scripts/lib/tools.sh)
  python3-yaml nodejs npm
  # runtime/test environment: fonts, headless X, secret service, PDF and QR tools
  fonts-noto-cjk xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils zbar-tools faketime
  # the .deb packages and their checks (cmake/Packaging.cmake, tests/packaging/test_debs.sh)
  dpkg-dev lintian desktop-file-utils appstream librsvg2-bin man-db groff-base
)

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: this script needs a Debian 12 (bookworm) system with apt; install the packages" >&2
  echo "install-deps: listed in scripts/install-deps.sh by hand on other systems." >&2
  exit 1
fi

# Packages whose command may come from another package: NodeSource's nodejs bundles npm and
# conflicts with Debian's npm, so an npm on the PATH counts as present.
declare -A SATISFIED_BY_COMMAND=([npm]=npm)

missing=()
for p in "${PACKAGES[@]}"; do
  if [ -n "${SATISFIED_BY_COMMAND[$p]:-}" ] && command -v "${SATISFIED_BY_COMMAND[$p]}" >/dev/null 2>&1; then
    continue
  fi
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "install-deps: missing packages (${missing[*]}) and not root, and no sudo available" >&2
    exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
