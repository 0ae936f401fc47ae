# Read the guest's selftest TAP (outer: one line per binary; inner: each
# binary's own TAP behind "# ") and print one line per test case:
#   pass|fail|skip|n/a BINARY.CASE
# ("n/a": a case that skipped with "n/a: why", as one that cannot apply to
# the device it runs on does: not a pass, and not a failure of the run)
# plus "fail BINARY.<plan>" where a binary's results do not match its plan
# (a crash or a hang mid-run) and "fail <tap>" when the outer plan is off.

function close_binary() {
	if (bin == "")
		return
	if (plan < 0 || seen != plan)
		printf "fail %s.plan (planned %d, reported %d)\n", bin, plan, seen
	bin = ""
}

{ sub(/\r$/, "") }
/^TAP version/ { tap = 1; next }
/^1\.\.[0-9]+$/ { outer_plan = substr($0, 4) + 0; next }
/^# selftests: block: / {
	close_binary()
	bin = $4; plan = -1; seen = 0; binaries++
	next
}
/^# 1\.\.[0-9]+$/ { plan = substr($0, 6) + 0; next }
/^# (not )?ok [0-9]+ / {
	line = substr($0, 3)
	verdict = "pass"
	if (line ~ /^not ok/) {
		verdict = "fail"; sub(/^not ok [0-9]+ /, "", line)
	} else {
		sub(/^ok [0-9]+ /, "", line)
	}
	if (line ~ /# SKIP n\/a:/) {
		verdict = "n/a"
	} else if (line ~ /# SKIP/) {
		verdict = "skip"
	}
	sub(/ # .*/, "", line)
	printf "%s %s.%s\n", verdict, bin, line
	seen++
	next
}
/^(not )?ok [0-9]+ selftests: block: / {
	outer++
	if ($1 == "not")
		printf "fail %s (exit status: %s)\n", bin, $0
	close_binary()
	next
}
END {
	close_binary()
	if (!tap)
		print "fail tap (no TAP output)"
	else if (outer != outer_plan)
		printf "fail tap (planned %d binaries, %d reported)\n", outer_plan, outer
}
