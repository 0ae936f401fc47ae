#!/bin/bash
# tap-problem.sh DATA_LOG: what the first failed or skipped case of a
# guest's selftest TAP said - its first 30 lines from "#  RUN" and its
# verdict - or the last lines of the log if no case failed there (a crash
# or a hang mid-binary, a binary that did not start).  For make check's
# summary.
set -uo pipefail

data=$1
[ -s "$data" ] || { echo "no TAP output: $data is empty or missing"; exit 0; }
awk -v f="$data" '
	/^# # +RUN / || /^# selftests: block: / { n = 0 }
	{ if (n < 30) buf[n] = $0; n++; last[NR % 20] = $0 }
	# a skipped case counts as failed, unless it cannot apply ("n/a:")
	/^# not ok [0-9]+ / || /^not ok [0-9]+ / ||
	    (/^# ok [0-9]+ .*# SKIP/ && !/# SKIP n\/a:/) {
		printf "FAIL: the first failed case in %s:\n", f
		for (i = 0; i < n && i < 30; i++)
			printf "  | %s\n", buf[i]
		if (n > 31)
			printf "  | ... (%d lines)\n", n - 31
		if (n > 30)
			printf "  | %s\n", $0
		found = 1
		exit
	}
	END {
		if (found)
			exit
		printf "no case failed in %s; its last lines:\n", f
		for (i = (NR > 20 ? NR - 19 : 1); i <= NR; i++)
			printf "  | %s\n", last[i % 20]
	}' "$data"
