#!/bin/bash
# build-selftests.sh SRC KOUT DEST: build SRC's block selftests, linked
# statically for the guest, against the uapi headers exported to KOUT.
# DEST gets the binaries and the kselftest settings file (its timeout=N is
# each binary's time limit in the guest: guest/run-selftests).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

src=$(realpath "$1") kout=$(realpath "$2") dest=$(realpath -m "$3")
dir=$src/tools/testing/selftests/block
rm -rf "$dest"
mkdir -p "$dest"
if [ ! -d "$dir" ]; then
	msg "$src has no block selftests"
	exit 0
fi
[ -d "$kout/usr/include" ] || die "$kout/usr/include missing: build the kernel first"
step "building block selftests of $src"
make -s -C "$dir" OUTPUT="$dest" LDFLAGS=-static \
	KHDR_INCLUDES="-isystem $kout/usr/include"
if [ -f "$dir/settings" ]; then
	install -m 0644 "$dir/settings" "$dest/settings"
fi
