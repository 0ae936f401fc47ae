# Common helpers for the harness scripts.  Sourced, never run.
# shellcheck shell=bash

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
LINUX=$BUILD/linux		# the developer's tree: base + series
BASE_WT=$BUILD/linux-base	# pristine base, a worktree of $LINUX
SERIES=$TOP/series		# the exported series: the product
BASE_BRANCH=base
SERIES_BRANCH=series

# shellcheck source=../base.conf
. "$TOP/base.conf"

msg() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Elapsed-time stamp for progress lines.
SECONDS_START=${SECONDS_START:-$(date +%s)}
export SECONDS_START
stamp() { printf '[%4ds] ' $(($(date +%s) - SECONDS_START)); }
step() { printf '%s==> %s\n' "$(stamp)" "$*" >&2; }

need_tree() {
	[ -d "$LINUX/.git" ] || die "$LINUX is missing: run 'make tree' first"
}

# The kernels the harness knows: NAME -> source tree and config fragments.
kernel_src() {
	case $1 in
	ours | ours-debug) echo "$LINUX" ;;
	base | base-debug) echo "$BASE_WT" ;;
	*) die "unknown kernel '$1' (ours, ours-debug, base, base-debug)" ;;
	esac
}
kernel_frags() {
	case $1 in
	*-debug) echo "$TOP/configs/guest.config $TOP/configs/debug.config" \
		"$TOP/configs/watchdog.config" ;;
	*) echo "$TOP/configs/guest.config" ;;
	esac
}
kernel_out() { echo "$BUILD/out/$1"; }
kernel_image() { echo "$BUILD/out/$1/arch/x86/boot/bzImage"; }

# Test results: one line per case, "ok NAME" or "not ok NAME", in $RESULTS;
# the runner counts them at the end.
record() {
	local verdict=$1
	shift
	[ -n "${RESULTS:-}" ] || return 0
	case $verdict in
	pass) echo "ok $*" >>"$RESULTS" ;;
	fail) echo "not ok $*" >>"$RESULTS" ;;
	skip) echo "skip $*" >>"$RESULTS" ;;
	n/a) echo "n/a $*" >>"$RESULTS" ;;
	esac
}
