#!/bin/bash
# checkpatch.sh: checkpatch.pl --strict on every patch of the series; each
# must be clean (0 errors, 0 warnings, 0 checks) but for the exceptions in
# series/checkpatch-exceptions, which name the patch (file name without its
# number), the message type and the reason.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
exceptions=$SERIES/checkpatch-exceptions
rc=0
for p in "$SERIES"/0*.patch; do
	f=$(basename "$p")
	case $f in 0000-*) continue ;; esac
	# exceptions name the patch without its number, which moves
	ignore=$(awk -v f="${f#[0-9][0-9][0-9][0-9]-}" \
		'!/^#/ && NF >= 3 && $1 == f { printf "%s,", $2 }' \
		"$exceptions" 2>/dev/null || true)
	# PATH: spdxcheck.py needs the python3 that Debian's python3-ply is for.
	out=$(cd "$LINUX" && PATH=/usr/bin:$PATH ./scripts/checkpatch.pl --strict --terse --no-summary \
		--show-types ${ignore:+--ignore "$ignore"} "$p" 2>&1) || true
	if [ -z "$out" ]; then
		record pass "checkpatch: $f"
		printf '  ok      checkpatch %s\n' "$f"
	else
		record fail "checkpatch: $f"
		printf '  FAIL    checkpatch %s\n%s\n' "$f" "$(echo "$out" | sed 's/^/    /')"
		rc=1
	fi
done
exit $rc
