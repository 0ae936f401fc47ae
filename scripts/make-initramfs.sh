#!/bin/bash
# make-initramfs.sh OUT SELFTESTS_DIR: the guest's root, as a cpio archive:
# busybox, fio with the shared libraries it needs, our guest scripts, the
# fio jobs and the selftests (the binaries and their settings file).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

out=$(realpath -m "$1") tests=$(realpath -m "$2")
root=$out.d

copy_with_libs() {
	local bin=$1 lib
	install -D -m 0755 "$bin" "$root$bin"
	for lib in $(ldd "$bin" | grep -oE '/[^ ]+'); do
		[ -e "$root$lib" ] || install -D -m 0755 "$(realpath "$lib")" "$root$lib"
	done
}

rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,selftests,fio}
install -m 0755 /bin/busybox "$root/bin/busybox"
copy_with_libs /usr/bin/fio
install -m 0755 "$TOP/guest/init" "$root/init"
install -D -m 0755 -t "$root/guest" "$TOP"/guest/run-* "$TOP"/guest/kmemleak-scan \
	"$TOP"/guest/nullb-*
install -m 0644 -t "$root/fio" "$TOP"/fio/*.fio
if [ -d "$tests" ] && [ -n "$(ls -A "$tests")" ]; then
	cp -a "$tests"/. "$root/selftests/"
fi
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$out.tmp"
mv "$out.tmp" "$out"
rm -rf "$root"
