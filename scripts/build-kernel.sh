#!/bin/bash
# Build a guest kernel: build-kernel.sh SRC OUT [fragment...]
# tinyconfig for x86_64, the fragments merged on top, every requested
# option checked against the result, then bzImage and the uapi headers.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] || die "usage: build-kernel.sh SRC OUT [fragment...]"
src=$(realpath "$1") out=$(realpath -m "$2")
shift 2
[ -f "$src/Makefile" ] || die "$src is not a kernel tree"

kmake() {
	local cc=gcc
	command -v ccache >/dev/null && cc="ccache gcc"
	# Paths under build/ hashed relative: a clone elsewhere hits the cache.
	CCACHE_BASEDIR=$BUILD make -C "$src" O="$out" ARCH=x86_64 CC="$cc" \
		-j"$(nproc)" "$@"
}

configure() {
	local frags=("$@") stamp=$out/.fragments new
	mkdir -p "$out"
	new=$(cat "${frags[@]}" | sha256sum)
	if [ -f "$out/.config" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$new" ]; then
		return 0
	fi
	step "configuring $out: tinyconfig + ${frags[*]##*/}"
	kmake -s tinyconfig
	"$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" \
		"${frags[@]}" >/dev/null
	kmake -s olddefconfig
	"$TOP/scripts/check-config.sh" "$out/.config" "${frags[@]}"
	echo "$new" >"$stamp"
}

frags=()
for f in "$@"; do frags+=("$(realpath "$f")"); done
configure "${frags[@]}"
step "building $out from $src"
kmake bzImage
kmake -s headers
step "built $out/arch/x86/boot/bzImage"
