#!/bin/bash
# check-summary.sh RESULTS: the end of make check's output, which is what
# CI keeps: the cases not applicable to their device, then for each guest
# that failed its first problem (the console's, from scan-log.sh, else the
# console's last lines; and the first failed case of its TAP), then the
# failed cases.  Lists are cut at 40 lines.  Never fails: the caller
# prints the counts after it.
set -u

results=$1
list() {
	local n
	n=$(wc -l)
	[ "$n" -le 40 ] || echo "  ... and $((n - 40)) more in $results"
}
short() {
	local tmp
	tmp=$(mktemp)
	cat >"$tmp"
	head -n 40 "$tmp" | sed 's/^/  /'
	list <"$tmp"
	rm -f "$tmp"
}

if grep -q '^n/a ' "$results"; then
	echo "not applicable to the device they ran on (not counted as passed):"
	grep '^n/a ' "$results" | short
fi
grep -q -E '^(not ok|skip) ' "$results" || exit 0

# each guest that failed, once, and whether its boot failed (the console
# log named) or only cases (its TAP named)
grep -E '^(not ok|skip) ' "$results" |
	grep -oE 'see [^ )]*/(console|data)\.log' | sed 's/^see //' |
	awk '{
		d = $0; sub(/\/[^\/]*$/, "", d)
		if (!(d in boot)) { order[n++] = d; boot[d] = 0 }
		if ($0 ~ /console\.log$/) boot[d] = 1
	}
	END { for (i = 0; i < n; i++) print boot[order[i]], order[i] }' |
	while read -r boot dir; do
		if [ -s "$dir/problem" ]; then
			cat "$dir/problem"
		elif [ "$boot" = 1 ] && [ -f "$dir/console.log" ]; then
			echo "last lines of $dir/console.log:"
			tail -n 40 "$dir/console.log" | sed 's/^/  | /'
		elif [ "$boot" = 1 ]; then
			echo "no console log in $dir: the guest did not start"
		fi
		# its first failed case, or where its TAP stopped
		[ ! -s "$dir/data.log" ] ||
			"$(dirname "$0")/tap-problem.sh" "$dir/data.log"
	done
echo "failed or skipped:"
grep -E '^(not ok|skip) ' "$results" | short
exit 0
