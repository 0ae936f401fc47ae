#!/bin/bash
# scan-log.sh CONSOLE JOB: fail when the guest's console shows a panic, an
# oops, a sanitizer, lockdep or leak report, a warning, a hung task, a
# timeout, or a job that never finished.  Print the first problem in
# context and where the whole log is, on stderr and in the file "problem"
# next to CONSOLE, which make check's summary repeats.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

console=$1 job=$2
patterns=(
	'Kernel panic'
	'Oops'
	'BUG:'
	'KASAN'
	'UBSAN'
	'WARNING:'
	'inconsistent lock state'
	'possible recursive locking'
	'possible circular locking'
	'INFO: task .* blocked'
	'rcu: INFO: '
	'soft lockup'
	'hard LOCKUP'
	'workqueue lockup'
	'unreferenced object'
	'general protection fault'
	'Call Trace:'
	'harness: TIMEOUT'
)
re=$(IFS='|'; echo "${patterns[*]}")

problem=$(dirname "$console")/problem
rm -f "$problem"
first=$(grep -n -m1 -E "$re" "$console" | cut -d: -f1 || true)
if [ -n "$first" ]; then
	{
		printf 'FAIL: the guest console shows a problem (line %s):\n' "$first"
		sed -n "$((first > 10 ? first - 10 : 1)),$((first + 30))p" "$console" | sed 's/^/  | /'
		printf 'full log: %s\n' "$console"
	} | tee "$problem" >&2
	exit 1
fi
if ! grep -q "harness: $job exited" "$console"; then
	{
		printf 'FAIL: job %s did not finish; last lines:\n' "$job"
		tail -n 20 "$console" | sed 's/^/  | /'
		printf 'full log: %s\n' "$console"
	} | tee "$problem" >&2
	exit 1
fi
