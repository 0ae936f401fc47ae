#!/bin/bash
# kernel.sh NAME: build kernel NAME (ours, ours-debug, base, base-debug),
# its selftests and its initramfs, under build/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=$1
src=$(kernel_src "$name")
out=$(kernel_out "$name")
[ -d "$src" ] || die "$src missing: run 'make tree' first"
# shellcheck disable=SC2046
"$TOP/scripts/build-kernel.sh" "$src" "$out" $(kernel_frags "$name")
# TESTS_SRC: build the selftests of another tree (ours on the base kernel).
"$TOP/scripts/build-selftests.sh" "${TESTS_SRC:-$src}" "$out" "$BUILD/selftests/$name"
"$TOP/scripts/make-initramfs.sh" "$BUILD/initramfs/$name.cpio" \
	"$BUILD/selftests/$name"
