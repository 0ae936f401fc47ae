#!/bin/bash
# status.sh: does build/linux hold work that is not in the exported series?
# Says what, and exits 1 if it does.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

rc=0
if [ ! -d "$LINUX/.git" ]; then
	echo "no tree yet: 'make tree' makes build/linux"
	exit 0
fi
dirty=$(git -C "$LINUX" status --porcelain --untracked-files=normal | head -n 10 || true)
if [ -n "$dirty" ]; then
	echo "build/linux has uncommitted changes (commit them, then 'make export'):"
	echo "$dirty"
	rc=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$TOP/scripts/export-series.sh" "$tmp" 2>"$tmp.err"; then
	cat "$tmp.err"
	rc=1
elif [ "$(cd "$tmp" && sha256sum -- *.patch)" != \
	"$(cd "$SERIES" && sha256sum -- 0*.patch)" ]; then
	echo "build/linux has commits or a cover letter that are not exported: 'make export'"
	rc=1
else
	echo "series: $(ls "$SERIES"/0*.patch | wc -l) files, in sync with build/linux"
fi
rm -f "$tmp.err"
exit $rc
