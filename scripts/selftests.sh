#!/bin/bash
# selftests.sh NAME: boot kernel NAME (see kernel.sh) and run every block
# selftest in it.  Records one result per test case plus one for the boot
# (the console clean of splats), prints them, and fails if any failed.
# SELFTESTS="a b" runs only those binaries; SELFTEST_APPEND adds to the
# guest's command line (NAME=VALUE words there reach the tests' environment);
# SELFTEST_DEVICES="nvme0n1 vda" picks the devices dio_device runs on too
# (default: every one devices.sh attaches, and scsi_debug's sda).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=$1
run=$BUILD/runs/$name-selftests
"$TOP/scripts/kernel.sh" "$name"

# A built-in scsi_debug disk with 4 KiB sectors and T10 PI (DIF type 1
# with DIX): dio_input checks that sub-block segments stay PI-safe on it.
append="scsi_debug.sector_size=4096 scsi_debug.dif=1 scsi_debug.dix=1"
append+=" scsi_debug.dev_size_mb=64"
# Slab caches of their own, so that dio_rules.alloc_cache can count the
# frees of the bio slabs by name.
append+=" slab_nomerge ${SELFTEST_APPEND:-}"
[ -z "${SELFTESTS:-}" ] || append+=" harness.tests=$(echo $SELFTESTS | tr ' ' ,)"
# The devices users have (devices.sh): dio_device runs on each of them as
# well.  SELFTEST_DEVICES="" leaves them out.
devices=${SELFTEST_DEVICES-$("$TOP/scripts/devices.sh" names)}
dev_opt=()
if [ -n "$devices" ]; then
	dev_opt=(--devices)
	append+=" harness.devices=$(echo $devices | tr ' ' ,)"
fi
rc=0
"$TOP/scripts/run-vm.sh" --timeout "${SELFTEST_TIMEOUT:-3600}" \
	"${dev_opt[@]}" --append "$append" \
	"$(kernel_image "$name")" "$BUILD/initramfs/$name.cpio" selftests "$run" ||
	rc=1
if [ $rc -eq 0 ]; then
	record pass "$name: boot and console clean"
else
	record fail "$name: boot and console clean (see $run/console.log)"
fi

awk -f "$TOP/scripts/parse-tap.awk" "$run/data.log" >"$run/cases"
while read -r verdict case; do
	# a failed case says where its guest's TAP is: the summary shows it
	case $verdict in
	pass | n/a) record "$verdict" "$name: $case" ;;
	*) record "$verdict" "$name: $case (see $run/data.log)" ;;
	esac
	case $verdict in
	pass) printf '  ok      %s\n' "$case" ;;
	skip) printf '  SKIP    %s\n' "$case"; rc=1 ;;
	n/a) printf '  n/a     %s\n' "$case" ;;
	*) printf '  FAIL    %s\n' "$case"; rc=1 ;;
	esac
done <"$run/cases"
# A run of no test passes nothing: a suite that did not build (no
# liburing or libaio) or did not start must not look clean.
if ! grep -q '^pass ' "$run/cases"; then
	record fail "$name: no selftest case passed (see $run/data.log)"
	rc=1
fi
exit $rc
