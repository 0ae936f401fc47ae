#!/bin/bash
# refactor-check.sh: show that the series' refactor patch changes no
# behaviour a test can see.  The debug kernel is built at the commit
# before it and at it; both run the selftests of the series' last commit
# (all of them, on null_blk and on the devices devices.sh attaches); every
# case must get the same verdict on both (a run-time n/a is listed apart).  Prints the cases and counts;
# fails if any verdict differs.
# REFACTOR: the refactor patch's subject (default below).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
subject=${REFACTOR:-"block: serve every direct I/O path from one dio"}
commit=$(git -C "$LINUX" log --format='%H %s' "$BASE_BRANCH..$SERIES_BRANCH" |
	awk -v s="$subject" '{ h = $1; $1 = ""; if (substr($0, 2) == s) print h }')
[ -n "$commit" ] || die "no commit \"$subject\" in the series"

wt=$BUILD/refactor
tsrc=$BUILD/refactor-tests
[ -d "$wt" ] || git -C "$LINUX" worktree add -q --detach "$wt" "$BASE_BRANCH"
rm -rf "$tsrc"
mkdir -p "$tsrc"
git -C "$LINUX" archive "$SERIES_BRANCH" tools/testing/selftests/lib.mk \
	tools/testing/selftests/kselftest.h \
	tools/testing/selftests/kselftest_harness.h \
	tools/testing/selftests/block | tar -x -C "$tsrc"

# verdicts REV NAME: build the debug kernel at REV, run the tip's tests.
verdicts() {
	local rev=$1 name=$2 out=$BUILD/out/refactor run
	run=$BUILD/runs/refactor-$name
	git -C "$wt" checkout -q --detach "$rev"
	step "refactor check: $name ($(git -C "$LINUX" log -1 --format='%h %s' "$rev"))"
	# shellcheck disable=SC2046
	"$TOP/scripts/build-kernel.sh" "$wt" "$out" $(kernel_frags ours-debug) \
		>"$out.log" 2>&1 || { tail -n 30 "$out.log"; die "build failed"; }
	"$TOP/scripts/build-selftests.sh" "$tsrc" "$out" "$BUILD/selftests/refactor"
	"$TOP/scripts/make-initramfs.sh" "$out.cpio" "$BUILD/selftests/refactor"
	local append="scsi_debug.sector_size=4096 scsi_debug.dif=1"
	append+=" scsi_debug.dix=1 scsi_debug.dev_size_mb=64 slab_nomerge"
	append+=" harness.devices=$("$TOP/scripts/devices.sh" names | tr ' ' ,)"
	"$TOP/scripts/run-vm.sh" --timeout 3600 --devices --append "$append" \
		"$out/arch/x86/boot/bzImage" "$out.cpio" selftests "$run" || true
	awk -f "$TOP/scripts/parse-tap.awk" "$run/data.log" | sort -k2 \
		>"$BUILD/runs/refactor-$name.cases"
}

verdicts "$commit^" before
verdicts "$commit" after
before=$BUILD/runs/refactor-before.cases
after=$BUILD/runs/refactor-after.cases
report=$BUILD/runs/refactor-check.txt
{
	echo "before: $(git -C "$LINUX" log -1 --format='%h %s' "$commit^")"
	echo "after:  $(git -C "$LINUX" log -1 --format='%h %s' "$commit")"
	for f in "$before" "$after"; do
		printf '%s: %s cases, %s pass, %s fail, %s n/a\n' \
			"$(basename "$f" .cases)" "$(wc -l <"$f")" \
			"$(grep -c '^pass ' "$f" || true)" \
			"$(grep -vcE '^(pass|n/a) ' "$f" || true)" \
			"$(grep -c '^n/a ' "$f" || true)"
	done
	# n/a is a skip the case decides at run time (a device without poll
	# queues, a timing it could not see): not a verdict to compare.
	echo "cases n/a on one side only (not compared):"
	join -j 2 -a 1 -a 2 -e missing -o 0,1.1,2.1 "$before" "$after" |
		awk '$2 != $3 && ($2 == "n/a" || $3 == "n/a") { print "  " $0 }'
	echo "cases whose verdict differs:"
	join -j 2 -a 1 -a 2 -e missing -o 0,1.1,2.1 "$before" "$after" |
		awk '$2 != $3 && $2 != "n/a" && $3 != "n/a" { print "  " $0; d++ }
		     END { if (!d) print "  none" }'
} | tee "$report"
grep -q '^  none$' "$report"
