#!/bin/bash
# fio-smoke.sh NAME: on kernel NAME, write a memory-backed null_blk through
# the sync, multi-bio and async paths and read it back with verify=crc32c;
# then the same on each device devices.sh attaches, and on scsi_debug.
# One result per device.  FIO_DEVICES="" leaves the devices out.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=$1
run=$BUILD/runs/$name-fio-smoke
job=verify-crc32c
devices=${FIO_DEVICES-$("$TOP/scripts/devices.sh" names)}
# jobs whose verify phase did not read back everything they wrote
unverified='[.jobs[] | select(.read.io_bytes != .write.io_bytes)] | length'

"$TOP/scripts/kernel.sh" "$name"
jobs=$job
for d in $devices; do jobs+=",$job@$d"; done
append="harness.fio=$jobs scsi_debug.sector_size=4096 scsi_debug.dif=1"
append+=" scsi_debug.dix=1 scsi_debug.dev_size_mb=64"
opts=()
[ -z "$devices" ] || opts=(--devices)
vm=0
"$TOP/scripts/run-vm.sh" --timeout 1800 "${opts[@]}" --append "$append" \
	"$(kernel_image "$name")" "$BUILD/initramfs/$name.cpio" fio "$run" ||
	vm=1

rc=0
for j in ${jobs//,/ }; do
	json=$("$TOP/scripts/fio-json.sh" "$run/data.log" "$j" || true)
	what="$name: fio verify=crc32c on ${j#"$job"}"
	[ "$j" != "$job" ] || what="$name: fio verify=crc32c on null_blk"
	what=${what/on @/on }
	if [ $vm -eq 0 ] && [ -n "$json" ] &&
		! grep -qx "@@fio-failed $j" <(tr -d '\r' <"$run/data.log") &&
		[ "$(jq -s '[.[].jobs[].error] | add' <<<"$json")" = 0 ] &&
		[ "$(jq -s "[.[] | $unverified] | add" <<<"$json")" = 0 ]; then
		record pass "$what"
		echo "  ok      ${what#*: }"
	else
		record fail "$what (see $run/console.log)"
		echo "  FAIL    ${what#*: } (see $run)"
		rc=1
	fi
done
exit $rc
