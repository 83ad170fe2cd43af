#!/usr/bin/env bash
# Scans the product logs of a test run (every *.log under the given folders, e.g. $HPF_LOG_DIR as
# scripts/test.sh sets it) for personal data in clear: a checksum-valid 18-character identity
# number (GB 11643, ISO 7064 MOD 11-2) or an unmasked personal account number (13 characters
# starting with 1, the same check; core/domain/accountnumber.h). Prints each finding masked
# (file:line, kind, first and last four characters), never the number itself.
# Exit status: 0 clean, 1 personal data found, 2 usage error or no log file at all (a check that
# read nothing must not pass).
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 <log folder>..." >&2
  exit 2
fi
exec python3 - "$@" <<'PY'
import pathlib, re, sys

RUN = re.compile(r'(?<![0-9])([0-9]+)([Xx]?)')

def check_char(digits):
    total = sum(int(d) * pow(2, len(digits) - i, 11) for i, d in enumerate(digits))
    value = (12 - total % 11) % 11
    return 'X' if value == 10 else str(value)

def findings(line):
    for m in RUN.finditer(line):
        digits, x = m.group(1), m.group(2).upper()
        number = digits + x
        if len(number) == 18 and check_char(number[:17]) == number[17]:
            yield 'identity number', number
        elif len(number) == 13 and number[0] == '1' and check_char(number[:12]) == number[12]:
            yield 'personal account number', number

files = []
for folder in sys.argv[1:]:
    path = pathlib.Path(folder)
    if not path.is_dir():
        print(f'check-logs: {folder} is not a folder', file=sys.stderr)
        sys.exit(2)
    files += sorted(p for p in path.rglob('*.log') if p.is_file())
if not files:
    print('check-logs: no *.log file found: did the run write its logs there (HPF_LOG_DIR)?',
          file=sys.stderr)
    sys.exit(2)

leaks = 0
lines = 0
for f in files:
    with open(f, encoding='utf-8', errors='replace') as text:
        for n, line in enumerate(text, 1):
            lines += 1
            for kind, number in findings(line):
                leaks += 1
                print(f'{f}:{n}: {kind} in clear: {number[:4]}…{number[-4:]}')
print(f'check-logs: {len(files)} log files, {lines} lines, {leaks} findings', file=sys.stderr)
sys.exit(1 if leaks else 0)
PY
