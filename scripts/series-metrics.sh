#!/bin/bash
# series-metrics.sh [REV]: the size of the direct I/O code and how much of
# the series reworks itself, for build/linux at REV (default: the series).
#
# DIO lines: the lines of block/fops.c before blkdev_iomap_begin(), on the
# base and at REV.
# Rework: per patch, the lines it deletes or changes that an earlier patch
# of the series added (git blame of the parent, restricted to base..REV).
# A series that presents a change rather than its history reworks nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
rev=${1:-$SERIES_BRANCH}
cd "$LINUX"

dio_lines() {
	git show "$1:block/fops.c" |
		awk '/^static int blkdev_iomap_begin/ { print NR - 1; exit }'
}

echo "DIO lines of block/fops.c (before blkdev_iomap_begin()):"
echo "  base $(dio_lines "$BASE_BRANCH"), series $(dio_lines "$rev")"
echo
echo "Rework: lines each patch deletes that an earlier patch added"
total=0
n=0
for c in $(git rev-list --reverse "$BASE_BRANCH..$rev"); do
	n=$((n + 1))
	series=$(git rev-list "$BASE_BRANCH..$c^" | sort)
	count=0
	# each deleted range of each file, by its line numbers in the parent
	while read -r file start len; do
		[ "$len" -gt 0 ] || continue
		owned=$(git blame --porcelain -L "$start,+$len" "$c^" -- "$file" |
			awk 'length($1) == 40 && $2 ~ /^[0-9]+$/ { print $1 }' |
			sort | join - <(echo "$series") | wc -l)
		count=$((count + owned))
	done < <(git diff -U0 --no-renames "$c^" "$c" |
		awk '/^--- a\// { file = substr($0, 7) }
		     /^@@ / {
			split($2, o, ",")
			start = substr(o[1], 2)
			len = (2 in o) ? o[2] : 1
			if (file != "") print file, start, len
		     }')
	total=$((total + count))
	printf '  %2d %5d  %s\n' "$n" "$count" "$(git log -1 --format=%s "$c")"
done
echo "  total $total"
