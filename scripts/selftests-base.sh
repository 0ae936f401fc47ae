#!/bin/bash
# selftests-base.sh: run our selftests on the unpatched base kernel too and
# print, per case, base against ours: the cases that fail on the base are
# the behaviour the series adds.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

TESTS_SRC=$LINUX "$TOP/scripts/selftests.sh" base >/dev/null || true
ours=$BUILD/runs/ours-debug-selftests/cases
[ -f "$ours" ] || "$TOP/scripts/selftests.sh" ours-debug >/dev/null || true
base=$BUILD/runs/base-selftests/cases
join -j 2 -a 1 -a 2 -e missing -o 0,1.1,2.1 \
	<(sort -k2 "$base") <(sort -k2 "$ours") |
	awk 'BEGIN { printf "%-64s %-8s %-8s\n", "case", "base", "ours" }
	     { printf "%-64s %-8s %-8s\n", $1, $2, $3 }' |
	tee "$BUILD/runs/selftests-base-vs-ours.txt"
