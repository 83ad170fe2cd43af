#!/usr/bin/env bash
# Regression test of a defect found by the load test (issue 13): the audit chainer's head file (the
# high-water mark that makes removing records from the end of the trail detectable) was `audit.head`
# in the key's folder — one per folder, so databases whose keys share a folder (the PostgreSQL
# default, ~/.local/share/hpf-server/) shared one head and `audit verify` of the shorter trail
# reported records removed that never were. The head is now per key (<key name>.head); each
# database must verify on its own.
#   usage: audit_head_per_key.sh <hpf-server>
set -euo pipefail
server=${1:?usage: audit_head_per_key.sh <hpf-server>}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HPF_ADMIN_PASSWORD=Audit-head-test-1
mkdir -p "$work/keys"
run() { # run <db> <command...>: with that database's own key, in the shared folder
  local db=$1
  shift
  HPF_AUDIT_KEY_FILE="$work/keys/$db.key" "$server" "$@" --database "sqlite:$work/$db.sqlite"
}
run a init >/dev/null 2>&1
run a demo-seed --keys-dir "$work/signing" >/dev/null 2>&1 # a longer trail
run a audit chain
run b init >/dev/null 2>&1
run b audit chain
status=0
for db in a b; do
  if ! out=$(run "$db" audit verify 2>&1); then
    echo "FAIL: database $db does not verify although nobody touched it: $out"
    status=1
  else
    echo "ok: database $db: $out"
  fi
done
exit "$status"
