#!/bin/bash
# export-series.sh [DIR]: write build/linux's series (base..series) as
# git format-patch files, with the cover letter from series/cover-letter.txt,
# into DIR (default: series/, replacing the patches there).  The output
# depends only on the commits and the cover text, so exporting an
# unchanged tree reproduces the files byte for byte.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
dest=${1:-$SERIES}
cover=$SERIES/cover-letter.txt
[ -f "$cover" ] || die "$cover missing"
[ "$(git -C "$LINUX" rev-parse --abbrev-ref HEAD)" = "$SERIES_BRANCH" ] ||
	die "$LINUX is not on branch $SERIES_BRANCH"
[ "$(git -C "$LINUX" rev-list --count "$BASE_BRANCH..$SERIES_BRANCH")" -gt 0 ] ||
	die "the series is empty"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$LINUX" config "branch.$SERIES_BRANCH.description" "$(cat "$cover")"
# The cover letter is dated like the newest patch, not "now", and from
# its author, not from whoever exports (a fresh clone's make-tree.sh may
# have had to make up an identity).
date=$(git -C "$LINUX" log -1 --format=%aI "$SERIES_BRANCH")
name=$(git -C "$LINUX" log -1 --format=%an "$SERIES_BRANCH")
email=$(git -C "$LINUX" log -1 --format=%ae "$SERIES_BRANCH")
GIT_COMMITTER_DATE=$date GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email \
	git -C "$LINUX" format-patch -q -o "$tmp" \
	--zero-commit --no-signature --cover-letter \
	--cover-from-description=subject --base="$BASE_BRANCH" \
	"$BASE_BRANCH..$SERIES_BRANCH"

mkdir -p "$dest"
rm -f "$dest"/0*.patch
cp "$tmp"/*.patch "$dest"/
[ "$dest" != "$SERIES" ] || msg "exported $(ls "$tmp" | wc -l) files to $dest"
