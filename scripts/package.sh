#!/usr/bin/env bash
# Builds the Debian packages hpf-counter and hpf-server for release: installs what is missing,
# configures build/package (RelWithDebInfo: -O2 and NDEBUG, plus Debian's hardening flags from
# dpkg-buildflags — fortify, stack protector, PIE, full RELRO and BIND_NOW; no tests or benchmarks),
# builds the two programs and runs cpack, which strips them. The .deb files land in
# build/package/debs. Install them on a Debian 12 machine with
#   sudo apt install ./build/package/debs/hpf-server_*.deb ./build/package/debs/hpf-counter_*.deb
# (docs/operations.md, "Installing from the packages").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/build.sh"
root="$(hpf_root)"
out="$root/build/package"
cd "$root" # dpkg-buildflags maps this folder out of the debug paths (-ffile-prefix-map)

bash "$here/install-deps.sh"

export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHPF_BUILD_TESTS=OFF -DHPF_BUILD_BENCH=OFF -DHPF_BUILD_FUZZ=OFF >/dev/null
cmake --build "$out" --target hpf-counter hpf-server hpf_packaging_files
rm -rf "$out/debs"
(cd "$out" && cpack -G DEB -B "$out/debs")
rm -rf "$out/debs/_CPack_Packages"
echo "package: built"
ls -1 "$out"/debs/*.deb
