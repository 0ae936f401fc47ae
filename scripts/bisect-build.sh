#!/bin/bash
# bisect-build.sh: build every commit of the series on its own (minimal
# config, kernel and selftests), oldest first, in a worktree of its own so
# build/linux is left alone.  Builds are incremental, so each step only
# recompiles what its patch touched.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
wt=$BUILD/bisect
out=$BUILD/out/bisect
mkdir -p "$BUILD/out"
[ -d "$wt" ] || git -C "$LINUX" worktree add -q --detach "$wt" "$BASE_BRANCH"

rc=0
n=0
for c in $(git -C "$LINUX" rev-list --reverse "$BASE_BRANCH..$SERIES_BRANCH"); do
	n=$((n + 1))
	subject=$(git -C "$LINUX" log -1 --format=%s "$c")
	label=$(printf 'build: patch %02d %s' "$n" "$subject")
	git -C "$wt" checkout -q --detach "$c"
	step "$label"
	# The base builds without a warning: any warning is the patch's.
	if "$TOP/scripts/build-kernel.sh" "$wt" "$out" "$TOP/configs/guest.config" \
		>"$out.log" 2>&1 &&
		"$TOP/scripts/build-selftests.sh" "$wt" "$out" "$BUILD/selftests/bisect" \
			>>"$out.log" 2>&1 &&
		! grep -q 'warning:' "$out.log"; then
		record pass "$label"
		printf '  ok      %s\n' "$label"
	else
		record fail "$label"
		printf '  FAIL    %s\n' "$label"
		grep -E -A3 'error|Error|warning:' "$out.log" | head -n 30 | sed 's/^/    /'
		rc=1
	fi
done
exit $rc
