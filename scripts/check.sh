#!/bin/bash
# check.sh: everything "make check" proves, in order, then one line
# "N passed, N failed" alone.  A failing step does not stop the later ones:
# the summary counts every case.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

export RESULTS=$BUILD/check-results
mkdir -p "$BUILD"
: >"$RESULTS"

step "base: $BASE_NAME"
"$TOP/scripts/install-deps.sh"
"$TOP/scripts/make-tree.sh"

# The kernels are built from build/linux: it must hold the series as
# exported, or the run proves something that is not the product.
if ! "$TOP/scripts/status.sh" >&2; then
	record fail "tree: build/linux is the exported series, nothing else (make status)"
else
	record pass "tree: build/linux is the exported series, nothing else"
fi

# run_step TITLE CMD...: run one step.  A step that fails records its
# failed cases itself; one that dies before it records any (a kernel that
# does not build, a crashed runner) must not pass by saying nothing.
run_step() {
	local title=$1 before rc=0
	shift
	step "$title"
	before=$(grep -c '^not ok ' "$RESULTS" || true)
	"$@" || rc=$?
	if [ $rc -ne 0 ] && [ "$(grep -c '^not ok ' "$RESULTS" || true)" -eq "$before" ]; then
		record fail "$title: $(basename "$1") exited $rc without a result"
	fi
}

run_step "checkpatch --strict on every patch" "$TOP/scripts/checkpatch.sh"
run_step "every patch builds on its own" "$TOP/scripts/bisect-build.sh"
run_step "selftests on the debug kernel (KASAN, lockdep, kmemleak)" \
	"$TOP/scripts/selftests.sh" ours-debug
run_step "fio data check on the debug kernel" \
	"$TOP/scripts/fio-smoke.sh" ours-debug

passed=$(grep -c '^ok ' "$RESULTS" || true)
failed=$(grep -c '^not ok ' "$RESULTS" || true)
skipped=$(grep -c '^skip ' "$RESULTS" || true)
# CI keeps the end of this output: each failed guest's first problem,
# then the failed cases, then the counts.
"$TOP/scripts/check-summary.sh" "$RESULTS" || true
step "done; results in $RESULTS"
echo "$passed passed, $((failed + skipped)) failed"
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ]
