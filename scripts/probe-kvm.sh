#!/bin/bash
# Does KVM work here?  /dev/kvm existing is not enough: on some hosts a KVM
# guest stalls and dies with "KVM internal error".  Boot the smallest guest
# once with KVM and cache the verdict in build/kvm-probe.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

verdict=$BUILD/kvm-probe
if [ -f "$verdict" ]; then
	[ "$(cat "$verdict")" = yes ]
	exit
fi
result=no
if [ -w /dev/kvm ]; then
	kernel=$(ls "$BUILD"/out/*/arch/x86/boot/bzImage 2>/dev/null | head -n1)
	initrd=$(ls "$BUILD"/initramfs/*.cpio 2>/dev/null | head -n1)
	if [ -n "$kernel" ] && [ -n "$initrd" ]; then
		log=$(mktemp)
		timeout -k 5 60 qemu-system-x86_64 -accel kvm -cpu host -m 512M \
			-display none -monitor none -no-reboot \
			-kernel "$kernel" -initrd "$initrd" \
			-append "console=ttyS0 panic=-1 harness.run=none" \
			-serial "file:$log" </dev/null >/dev/null 2>&1 || true
		grep -q 'harness: no job' "$log" && result=yes
		rm -f "$log"
	fi
fi
echo $result >"$verdict"
msg "KVM probe: $result (cached in $verdict)"
[ $result = yes ]
