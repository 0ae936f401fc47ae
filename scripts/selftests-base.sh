#!/bin/bash
# selftests-base.sh: run our selftests on the unpatched base kernel too and
# print, per case, base against ours: the cases that fail on the base are
# the behaviour the series adds, or a rule it keeps that 6.12 broke.
# Both kernels are the debug build (KASAN, scsi_debug with PI, fault
# injection, tracing), so that every case can run on both.  dio_fuzz
# crashes the base guest (null_blk's out-of-page copy): it gets a boot of
# its own there, so that the binaries after it still run.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

progs=$(sed -n 's/^TEST_GEN_PROGS +\?:\?= *//p' \
	"$LINUX/tools/testing/selftests/block/Makefile")
run=$BUILD/runs/base-debug-selftests
cases=$BUILD/runs/base-debug-cases
: >"$cases"
for only in "$(echo "$progs" | grep -vx dio_fuzz | tr '\n' ' ')" dio_fuzz; do
	TESTS_SRC=$LINUX SELFTESTS=$only "$TOP/scripts/selftests.sh" base-debug \
		>/dev/null || true
	cat "$run/cases" >>"$cases"
	cp "$run/console.log" "$run/console-${only%% *}.log"
done
"$TOP/scripts/selftests.sh" ours-debug >/dev/null || true
ours=$BUILD/runs/ours-debug-selftests/cases
join -j 2 -a 1 -a 2 -e missing -o 0,1.1,2.1 \
	<(sort -k2 "$cases") <(sort -k2 "$ours") |
	awk 'BEGIN { printf "%-64s %-8s %-8s\n", "case", "base", "ours" }
	     { printf "%-64s %-8s %-8s\n", $1, $2, $3 }
	     { n[$2 " base"]++; n[$3 " ours"]++ }
	     END { for (k in n) printf "# %s: %d\n", k, n[k] }' |
	tee "$BUILD/runs/selftests-base-vs-ours.txt"
