#!/bin/bash
# selftests-base.sh: run our selftests on the unpatched base kernel too and
# print, per case, base against ours: the cases that fail on the base are
# the behaviour the series adds, or a rule it keeps that 6.12 broke.
# Both kernels are the debug build (KASAN, scsi_debug with PI, fault
# injection, tracing), so that every case can run on both.  6.12's null_blk
# copies out of its pages for a bio_vec that is not a whole block (fixed by
# the series): the memory it overwrites can take the base guest down, so
# there each binary gets a boot of its own, and a crash loses only the rest
# of that binary ("missing" below): an oops panics the guest at once.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

progs=$(sed -n 's/^TEST_GEN_PROGS +\?:\?= *//p' \
	"$LINUX/tools/testing/selftests/block/Makefile")
run=$BUILD/runs/base-debug-selftests
cases=$BUILD/runs/base-debug-cases
: >"$cases"
for prog in $progs; do
	rm -f "$run/cases"
	TESTS_SRC=$LINUX SELFTESTS=$prog SELFTEST_TIMEOUT=1200 \
		SELFTEST_APPEND="oops=panic" \
		"$TOP/scripts/selftests.sh" base-debug >/dev/null || true
	cat "$run/cases" >>"$cases" 2>/dev/null ||
		echo "fail $prog.boot (no results)" >>"$cases"
	cp "$run/console.log" "$run/console-$prog.log"
done
"$TOP/scripts/selftests.sh" ours-debug >/dev/null || true
"$TOP/scripts/selftests-compare.sh" "$cases" \
	"$BUILD/runs/ours-debug-selftests/cases"
