#!/usr/bin/env bash
# Checks (default) or applies (--fix) the project's .clang-format on every tracked C++ file.
# Run by ctest as `format`; `scripts/check-format.sh --fix` formats the tree.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
clang_format="${CLANG_FORMAT:-clang-format}"
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "check-format: $clang_format not found (scripts/install-deps.sh installs clang-format)" >&2
  exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- '*.h' '*.cpp')
else
  mapfile -t files < <(find core models printing ui app server tests bench fuzz -name '*.h' -o -name '*.cpp' | sort)
fi
bad=()
# One run over every file; only when it finds something, one run per file to name them.
if ! "$clang_format" --dry-run --Werror "${files[@]}" >/dev/null 2>&1; then
  for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
      bad+=("$f")
    fi
  done
fi
if [ "${1:-}" = "--fix" ]; then
  # Only the files that differ are rewritten, so the others keep their time stamps (no rebuild).
  [ ${#bad[@]} -eq 0 ] || "$clang_format" -i "${bad[@]}"
  echo "check-format: formatted ${#bad[@]} of ${#files[@]} files"
  exit 0
fi
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files differ from .clang-format (fix: scripts/check-format.sh --fix):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
