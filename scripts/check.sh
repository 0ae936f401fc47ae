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

section() { step "$*"; }

section "checkpatch --strict on every patch"
"$TOP/scripts/checkpatch.sh" || true
section "every patch builds on its own"
"$TOP/scripts/bisect-build.sh" || true
section "selftests on the debug kernel (KASAN, lockdep, kmemleak)"
"$TOP/scripts/selftests.sh" ours-debug || true
section "fio data check on the debug kernel"
"$TOP/scripts/fio-smoke.sh" ours-debug || true

passed=$(grep -c '^ok ' "$RESULTS" || true)
failed=$(grep -c '^not ok ' "$RESULTS" || true)
skipped=$(grep -c '^skip ' "$RESULTS" || true)
if [ "$failed" -gt 0 ] || [ "$skipped" -gt 0 ]; then
	echo "failed or skipped:"
	grep -E '^(not ok|skip) ' "$RESULTS" | sed 's/^/  /'
fi
step "done; results in $RESULTS"
echo "$passed passed, $((failed + skipped)) failed"
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ]
