#!/usr/bin/env bash
# Lints docs/api/openapi.yaml with Redocly CLI on the rules of docs/api/redocly.yaml (the ctest
# `openapi_lint`). Exit 0: clean; 1: problems or, with CI=true, no linter; 77: no linter installed
# (ctest reports the test as skipped). scripts/lib/tools.sh installs the linter.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/tools.sh"
root="$(cd "$here/.." && pwd)"

if ! hpf_tools_current; then
  if [ "${CI:-}" = true ]; then
    echo "openapi-lint: CI=true and the pinned linter is not installed in $(hpf_tools_dir)" >&2
    echo "openapi-lint: run: source scripts/lib/tools.sh && hpf_tools_install" >&2
    exit 1
  fi
  echo "openapi-lint: SKIPPED: the pinned linter is not installed in $(hpf_tools_dir)" >&2
  echo "openapi-lint: run: source scripts/lib/tools.sh && hpf_tools_install" >&2
  exit 77
fi

cd "$root/docs/api"
# --max-problems high so a report is never cut short; warnings fail like errors (the config turns
# a rule off, with its reason, instead of living with its warnings).
out="$(hpf_redocly lint openapi.yaml --config redocly.yaml --format stylish --max-problems 1000 2>&1)" || {
  echo "$out"
  exit 1
}
echo "$out"
# A finding line ("  12:7  warning  rule  message") or the summary ("You have 3 warnings.").
if grep -Eq '^ *[0-9]+:[0-9]+ +warning ' <<<"$out" || grep -Eq 'You have [0-9]+ warnings?' <<<"$out"; then
  echo "openapi-lint: warnings are not allowed" >&2
  exit 1
fi
