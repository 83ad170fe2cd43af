#!/usr/bin/env bash
# ctest check_logs: scripts/check-logs.sh on fixture folders. A clean folder passes (0); a leaking
# one fails (1) with exactly its two findings, printed masked; an empty one is an error (2), so the
# check cannot pass by reading nothing. Prints "check-logs ok" only when all of that holds.
set -u
check="$1"
logs="$2"
bash "$check" "$logs/clean" || { echo "the clean logs were refused"; exit 1; }
out="$(bash "$check" "$logs/leaking")"
rc=$?
[ "$rc" -eq 1 ] || { echo "leaking logs: exit $rc, expected 1"; exit 1; }
[ "$(grep -c 'in clear' <<<"$out")" -eq 2 ] || { echo "expected 2 findings, got: $out"; exit 1; }
grep -q -e 11010519491231002X -e 1000000012340 <<<"$out" && { echo "a finding printed the number"; exit 1; }
bash "$check" "$logs/empty"
rc=$?
[ "$rc" -eq 2 ] || { echo "an empty folder: exit $rc, expected 2"; exit 1; }
echo "check-logs ok"
