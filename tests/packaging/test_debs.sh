#!/usr/bin/env bash
# packaging_debs: builds the .deb packages from the test build (cpack, stripped binaries) and checks
# them as a center's IT staff would meet them: control fields and dependencies, every file in its
# FHS place, the menu entry, the AppStream metadata, the man pages (rendered, and naming every
# option the programs' --help prints), the systemd unit, lintian, the installed programs started
# from a scratch root (the client as the desktop menu starts it) and apt resolving every Depends.
#
# Usage: test_debs.sh <source dir> <build dir> <cpack>   (the source dir is unused today)
# Exit 77 when a tool is missing and CI is not "true" (ctest reports a skip); under CI=true a
# missing tool fails.
# No pipefail: a check is "producer | grep -q", whose answer is grep's even when grep stops reading early.
set -u
src="$1" build="$2" cpack="$3"

tools=(dpkg-deb dpkg-shlibdeps dpkg lintian desktop-file-validate appstreamcli man groff
       systemd-analyze apt-get readelf gzip)
missing=()
for t in "${tools[@]}"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
[ -x "$cpack" ] || missing+=("$cpack")
if [ ${#missing[@]} -gt 0 ]; then
  echo "packaging_debs: missing tools: ${missing[*]} (scripts/install-deps.sh installs them)" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 77
fi
for f in app/hpf-counter server/hpf-server packaging/hpf-counter.1.gz packaging/hpf-server.8.gz \
         packaging/changelog.Debian.gz; do
  if [ ! -e "$build/$f" ]; then
    echo "packaging_debs: $build/$f is not built (build the targets hpf-counter hpf-server" \
         "hpf_packaging_files first)" >&2
    exit 1
  fi
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

work="$(mktemp -d "$build/packaging-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")-1"
arch="$(dpkg --print-architecture)"

# ---- build the packages ---------------------------------------------------------------------------
if ! (cd "$build" && "$cpack" -G DEB -B "$work/debs" >"$work/cpack.log" 2>&1); then
  cat "$work/cpack.log"
  echo "FAIL: cpack"
  exit 1
fi
client="$work/debs/hpf-counter_${version}_${arch}.deb"
server="$work/debs/hpf-server_${version}_${arch}.deb"
for deb in "$client" "$server"; do
  [ -f "$deb" ] || { ls -l "$work/debs"; echo "FAIL: $deb was not built"; exit 1; }
done
pass "cpack built $(basename "$client") and $(basename "$server")"

# ---- control fields: package | field | what it must contain (one row per rule) ----------------
while IFS='|' read -r pkg field want; do
  [ -z "$pkg" ] && continue
  deb="$client"; [ "$pkg" = server ] && deb="$server"
  value="$(dpkg-deb -f "$deb" "$field")"
  if [ "$want" = "<nonempty>" ]; then
    [ -n "$value" ] && pass "$pkg $field" || fail "$pkg $field is empty"
  elif [[ "$want" == "="* ]]; then
    [ "$value" = "${want#=}" ] && pass "$pkg $field = ${want#=}" || fail "$pkg $field is '$value', not '${want#=}'"
  else
    # A Depends entry, matched as a whole entry of the comma-separated list.
    if printf '%s\n' "$value" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -qxF -- "$want"; then
      pass "$pkg $field has '$want'"
    else
      fail "$pkg $field lacks '$want': $value"
    fi
  fi
done <<EOF
client|Package|=hpf-counter
client|Version|=$version
client|Architecture|=$arch
client|Section|=misc
client|Maintainer|<nonempty>
client|Description|<nonempty>
client|Depends|hpf-server (= $version)
client|Depends|qt6-qpa-plugins
client|Depends|libqt6sql6-sqlite
client|Depends|qt6-translations-l10n
client|Depends|fonts-noto-cjk
client|Recommends|gnome-keyring
server|Package|=hpf-server
server|Version|=$version
server|Architecture|=$arch
server|Section|=net
server|Maintainer|<nonempty>
server|Description|<nonempty>
server|Depends|adduser
server|Depends|libqt6sql6-sqlite
server|Depends|libqt6sql6-psql
EOF
# dpkg-shlibdeps ran: the linked libraries' packages are declared with versions.
for row in "client libqt6widgets6" "client libqt6keychain1" "client libsane1" "server libmicrohttpd12" \
           "server libqt6core6" "server libssl3"; do
  set -- $row
  deb="$client"; [ "$1" = server ] && deb="$server"
  dpkg-deb -f "$deb" Depends | grep -qE "(^|, )$2 \(>= " && pass "$1 Depends has $2 (shlibdeps)" \
    || fail "$1 Depends lacks $2 (>= …): dpkg-shlibdeps did not run?"
done

# ---- contents: exactly these files (directories aside), nothing else ----------------------------
list_files() { dpkg-deb -c "$1" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort; }
expect_client="$(printf '%s\n' /usr/bin/hpf-counter \
  /usr/share/applications/org.hpfcounter.HpfCounter.desktop \
  /usr/share/metainfo/org.hpfcounter.HpfCounter.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/hpf-counter.svg \
  $(for s in 16 22 24 32 48 64 128 256; do echo "/usr/share/icons/hicolor/${s}x${s}/apps/hpf-counter.png"; done) \
  /usr/share/man/man1/hpf-counter.1.gz /usr/share/doc/hpf-counter/copyright \
  /usr/share/doc/hpf-counter/changelog.Debian.gz /usr/share/lintian/overrides/hpf-counter | sort)"
expect_server="$(printf '%s\n' /usr/bin/hpf-server /lib/systemd/system/hpf-server.service \
  /etc/hpf-server/hpf-server.conf /usr/share/man/man8/hpf-server.8.gz /usr/share/doc/hpf-server/copyright \
  /usr/share/doc/hpf-server/changelog.Debian.gz /usr/share/doc/hpf-server/examples/nginx-hpf.conf \
  /usr/share/lintian/overrides/hpf-server | sort)"
for pkg in client server; do
  deb="$client"; expected="$expect_client"
  [ "$pkg" = server ] && { deb="$server"; expected="$expect_server"; }
  if diff <(echo "$expected") <(list_files "$deb") >"$work/diff"; then
    pass "$pkg contents are the expected $(echo "$expected" | wc -l) files"
  else
    fail "$pkg contents differ (< expected, > in the package):"; cat "$work/diff"
  fi
  bad="$(dpkg-deb -c "$deb" | awk '$2 != "root/root"')"
  [ -z "$bad" ] && pass "$pkg files are owned by root" || fail "$pkg files not owned by root: $bad"
done
dpkg-deb -c "$client" "$server" 2>/dev/null | grep -q hpf-court && fail "hpf-court is packaged" \
  || pass "hpf-court (a training stand-in) is not packaged"
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./conffiles 2>/dev/null | grep -qxF /etc/hpf-server/hpf-server.conf \
  && pass "server conffiles names /etc/hpf-server/hpf-server.conf" || fail "server conffiles"

# ---- unpack both into a scratch root ------------------------------------------------------------
root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$client" "$root" && dpkg-deb -x "$server" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }
mkdir -p "$work/control"
dpkg-deb -e "$server" "$work/control"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] && sh -n "$work/control/$script" && pass "server $script is valid sh" \
    || fail "server $script missing or not valid sh"
done
for bin in hpf-counter hpf-server; do
  if readelf -S "$root/usr/bin/$bin" | grep -qE '\.debug_|\.symtab'; then fail "$bin is not stripped"
  else pass "$bin is stripped"; fi
done

# ---- menu entry, icon, AppStream ----------------------------------------------------------------
desktop="$root/usr/share/applications/org.hpfcounter.HpfCounter.desktop"
out="$(desktop-file-validate "$desktop" 2>&1)" && [ -z "$out" ] && pass "desktop-file-validate" \
  || fail "desktop-file-validate: $out"
entry() { awk -v key="$1" 'index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }' "$desktop"; }
while IFS='|' read -r key want; do
  [ "$(entry "$key")" = "$want" ] && pass "desktop $key=$want" || fail "desktop $key is '$(entry "$key")', not '$want'"
done <<'EOF'
Name|HPF Counter
Name[zh_CN]|住房公积金柜面系统
Categories|Office;Finance;
Icon|hpf-counter
StartupWMClass|hpf-counter
Terminal|false
EOF
exec_line="$(entry Exec)"
[ -x "$root/usr/bin/${exec_line%% *}" ] && pass "Exec's program is /usr/bin/${exec_line%% *}" \
  || fail "Exec=$exec_line names no installed program"
out="$(appstreamcli validate --no-net "$root/usr/share/metainfo/org.hpfcounter.HpfCounter.metainfo.xml" 2>&1)" \
  && pass "appstreamcli validate" || fail "appstreamcli validate: $out"
grep -q '<launchable type="desktop-id">org.hpfcounter.HpfCounter.desktop</launchable>' \
  "$root/usr/share/metainfo/org.hpfcounter.HpfCounter.metainfo.xml" && pass "metainfo launchable is the .desktop" \
  || fail "metainfo launchable does not name the installed .desktop"

# ---- man pages: render without a warning, and name every option of --help ------------------------
for page in man1/hpf-counter.1.gz man8/hpf-server.8.gz; do
  # lintian's own check (groff warnings on stderr mean a broken page)
  out="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
         "$root/usr/share/man/$page" 2>&1 >/dev/null)"
  [ -z "$out" ] && pass "man -l $page renders without warnings" || fail "man -l $page: $out"
done
# The pages' text with troff's \- as plain hyphens, kept in files (grep -q on a pipe would end it early).
for page in man1/hpf-counter.1.gz man8/hpf-server.8.gz; do
  gzip -dc "$root/usr/share/man/$page" | sed 's/\\-/-/g' >"$work/$(basename "$page" .gz).txt"
done
options_of() { grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u; }
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
client_help="$("$root/usr/bin/hpf-counter" --help 2>&1)" || fail "installed hpf-counter --help exits non-zero"
for opt in $(echo "$client_help" | options_of); do
  grep -qF -- "$opt" "$work/hpf-counter.1.txt" || fail "hpf-counter.1 lacks $opt (hpf-counter --help has it)"
done
server_help="$("$root/usr/bin/hpf-server" --help 2>&1)"
echo "$server_help" | grep -q '^Usage: hpf-server <command>' && pass "installed hpf-server --help" \
  || fail "installed hpf-server --help: $server_help"
commands="$(echo "$server_help" | sed -n '/^Commands:/,/^[A-Z]/p' | awk '/^  [a-z]/ {print $1}')"
[ "$(echo "$commands" | wc -w)" -ge 10 ] || fail "hpf-server --help lists too few commands: $commands"
for cmd in $commands; do
  grep -qE "^\.SS (\\\\f.)?$cmd" "$work/hpf-server.8.txt" || fail "hpf-server.8 has no section for $cmd"
  for opt in $("$root/usr/bin/hpf-server" "$cmd" --help 2>&1 | options_of); do
    grep -qF -- "$opt" "$work/hpf-server.8.txt" || fail "hpf-server.8 lacks $cmd $opt"
  done
done
pass "man pages checked against the --help of hpf-counter and of hpf-server's $(echo "$commands" | wc -w) commands"

# ---- the systemd unit -----------------------------------------------------------------------------
unit="$root/lib/systemd/system/hpf-server.service"
# systemd-analyze needs the standard targets the unit orders itself against in its root.
cp -n /lib/systemd/system/*.target "$root/lib/systemd/system/" 2>/dev/null
out="$(systemd-analyze verify --man=no --root="$root" hpf-server.service 2>&1)" && [ -z "$out" ] \
  && pass "systemd-analyze verify hpf-server.service" || fail "systemd-analyze verify: $out"
while read -r directive; do
  [ -z "$directive" ] && continue
  grep -qxF -- "$directive" "$unit" && pass "unit has $directive" || fail "unit lacks $directive"
done <<'EOF'
User=hpf-server
EnvironmentFile=/etc/hpf-server/hpf-server.conf
ExecStart=/usr/bin/hpf-server serve $HPF_SERVE_OPTIONS
StateDirectory=hpf-server
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
CapabilityBoundingSet=
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK
SystemCallFilter=@system-service
EOF
# The config the unit reads holds the database URL and the serve options, as shell-like assignments.
( set -a; . "$root/etc/hpf-server/hpf-server.conf"; [ -n "${HPF_DATABASE:-}" ] && [ -n "${HPF_SERVE_OPTIONS:-}" ] ) \
  && pass "hpf-server.conf sets HPF_DATABASE and HPF_SERVE_OPTIONS" || fail "hpf-server.conf"

# ---- lintian: no error or warning left (the overrides shipped explain the rest) ------------------
if lintian --fail-on error,warning --no-tag-display-limit "$client" "$server" >"$work/lintian" 2>&1; then
  pass "lintian: no errors or warnings"
else
  fail "lintian:"; cat "$work/lintian"
fi

# ---- the installed programs run from the scratch root ----------------------------------------------
# The client as the desktop menu starts it (its Exec line; PATH finds /usr/bin), to the login window.
# With no server profile it starts its training back end: the packaged /usr/bin/hpf-server beside it.
out="$(cd "$HOME" && PATH="$root/usr/bin:$PATH" QT_LOGGING_RULES="hpf.client.training.debug=true" \
       $exec_line --exit-when-login-shown 2>&1)"
rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q '^login-shown-ms [0-9]' && pass "installed client reached its login window" \
  || fail "installed client (Exec=$exec_line) exit $rc: $out"
echo "$out" | grep -qF "running \"$(cd "$root/usr/bin" && pwd -P)/hpf-server\"" \
  && pass "installed client starts the installed hpf-server as its training back end" \
  || fail "installed client did not start $root/usr/bin/hpf-server for training: $out"
# A center's server profile for every user of a counter PC, in Qt's system-wide settings file
# (docs/operations.md): the client connects there and starts no training back end.
mkdir -p "$work/xdg/HPF" "$work/home2"
printf '%s\n' '[server]' 'activeProfile=Center' 'profiles\1\name=Center' \
  'profiles\1\url=http://127.0.0.1:9' 'profiles\size=1' >"$work/xdg/HPF/hpf-counter.conf"
out="$(cd "$HOME" && HOME="$work/home2" XDG_CONFIG_HOME="$work/home2/.config" XDG_DATA_HOME="$work/home2/.local/share" \
       XDG_CONFIG_DIRS="$work/xdg" PATH="$root/usr/bin:$PATH" QT_LOGGING_RULES="hpf.client.training.debug=true" \
       $exec_line --exit-when-login-shown 2>&1)"
rc=$?
[ $rc -eq 0 ] && ! echo "$out" | grep -q 'training' && [ ! -e "$work/home2/.local/share/HPF/hpf-counter/training-peers" ] \
  && pass "a system-wide server profile (XDG_CONFIG_DIRS/HPF/hpf-counter.conf) replaces training mode" \
  || fail "system-wide server profile ignored (exit $rc): $out"
# The installed server creates a database: its SQLite driver (a plugin of a declared package) loads.
out="$(HPF_ADMIN_PASSWORD='Packaging-Admin-1' "$root/usr/bin/hpf-server" init --database "sqlite:$work/init.db" 2>&1)" \
  && pass "installed hpf-server init on SQLite" || fail "installed hpf-server init: $out"

# ---- every Depends resolves on this Debian (apt's simulation, as a fresh machine would install) ---
# An empty dpkg status: apt sees nothing installed, so every dependency must come from the archive.
: >"$work/empty-status"
if out="$(apt-get install --simulate --no-install-recommends -o Dir::State::status="$work/empty-status" \
            "$client" "$server" 2>&1)" \
   && echo "$out" | grep -q '^Inst hpf-counter' && echo "$out" | grep -q '^Inst hpf-server'; then
  pass "apt-get install --simulate resolves both packages ($(echo "$out" | grep -c '^Inst') to install)"
else
  fail "apt-get install --simulate: $out"
fi

if [ $failures -gt 0 ]; then
  echo "packaging_debs: $failures check(s) failed"
  exit 1
fi
echo "packaging_debs: all checks passed"
