#!/bin/bash
# bisect-build.sh: build every commit of the series on its own, oldest
# first, in a worktree of its own so build/linux is left alone; and at each
# patch that adds or changes selftests, boot that kernel and run the
# selftest binaries the patch touches: a bisect lands on a tested state.
#
# The kernel is a small one: tinyconfig + configs/guest.config +
# configs/watchdog.config (a hang prints its stacks) + the options the
# selftests ask for (tools/testing/selftests/block/config of
# the series' last commit, so that every commit builds with the same
# config and builds stay incremental).  No KASAN or lockdep: the full
# selftests run on the debug kernel at the top of the series (check.sh),
# so the last commit's binaries are not run again here.
# BISECT_TESTS=0 builds only.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need_tree
wt=$BUILD/bisect
out=$BUILD/out/bisect
tests=$BUILD/selftests/bisect
runs=$BUILD/runs/bisect
mkdir -p "$BUILD/out" "$runs"
[ -d "$wt" ] || git -C "$LINUX" worktree add -q --detach "$wt" "$BASE_BRANCH"
frag=$out.selftests.config
git -C "$LINUX" show "$SERIES_BRANCH:tools/testing/selftests/block/config" \
	>"$frag.new"
cmp -s "$frag.new" "$frag" 2>/dev/null || mv "$frag.new" "$frag"
rm -f "$frag.new"

# The selftest binaries commit $1 adds or changes.
touched_tests() {
	git -C "$LINUX" diff --name-only "$1^" "$1" -- \
		'tools/testing/selftests/block/*.c' |
		sed -n 's#^tools/testing/selftests/block/\(.*\)\.c$#\1#p' |
		while read -r t; do
			grep -qE "^TEST_GEN_PROGS \+?:?= *$t\$" \
				"$wt/tools/testing/selftests/block/Makefile" &&
				echo "$t"
		done
}

# run_tests LABEL NAMES...: boot the kernel just built with only NAMES.
run_tests() {
	local label=$1 run verdict case rc=0
	shift
	run=$runs/$(printf '%02d' "$n")
	"$TOP/scripts/make-initramfs.sh" "$out.cpio" "$tests" >/dev/null || {
		record fail "$label: no initramfs"
		return 1
	}
	# the settings limit (600 s) for each binary, and boot
	"$TOP/scripts/run-vm.sh" --timeout $((600 * $# + 300)) \
		--append "slab_nomerge harness.tests=$(echo "$@" | tr ' ' ,)" \
		"$out/arch/x86/boot/bzImage" "$out.cpio" selftests "$run" \
		>"$run.log" 2>&1 || rc=1
	if [ $rc -eq 0 ]; then
		record pass "$label: boot and console clean"
	else
		record fail "$label: boot and console clean (see $run/console.log)"
	fi
	awk -f "$TOP/scripts/parse-tap.awk" "$run/data.log" >"$run/cases" ||
		true
	[ -s "$run/cases" ] || {
		record fail "$label: no results"
		return 1
	}
	while read -r verdict case; do
		case $verdict in
		pass) record pass "$label: $case" ;;
		*) record fail "$label: $case ($verdict, see $run/data.log)"
		   printf '  FAIL    %s: %s\n' "$label" "$case"; rc=1 ;;
		esac
	done <"$run/cases"
	return $rc
}

rc=0
n=0
last=$(git -C "$LINUX" rev-parse "$SERIES_BRANCH")
for c in $(git -C "$LINUX" rev-list --reverse "$BASE_BRANCH..$SERIES_BRANCH"); do
	n=$((n + 1))
	subject=$(git -C "$LINUX" log -1 --format=%s "$c")
	label=$(printf 'build: patch %02d %s' "$n" "$subject")
	git -C "$wt" checkout -q --detach "$c"
	step "$label"
	# The base builds without a warning: any warning is the patch's.
	if "$TOP/scripts/build-kernel.sh" "$wt" "$out" \
		"$TOP/configs/guest.config" "$TOP/configs/watchdog.config" \
		"$frag" >"$out.log" 2>&1 &&
		"$TOP/scripts/build-selftests.sh" "$wt" "$out" "$tests" \
			>>"$out.log" 2>&1 &&
		! grep -q 'warning:' "$out.log"; then
		record pass "$label"
		printf '  ok      %s\n' "$label"
	else
		record fail "$label"
		printf '  FAIL    %s\n' "$label"
		grep -E -A3 'error|Error|warning:' "$out.log" | head -n 30 | sed 's/^/    /'
		rc=1
		continue
	fi
	[ "${BISECT_TESTS:-1}" = 1 ] && [ "$c" != "$last" ] || continue
	names=$(touched_tests "$c" | tr '\n' ' ')
	[ -n "$names" ] || continue
	tlabel=$(printf 'selftests at patch %02d (%s)' "$n" "${names% }")
	step "$tlabel"
	if run_tests "$tlabel" $names; then
		printf '  ok      %s\n' "$tlabel"
	else
		rc=1
	fi
done
exit $rc
