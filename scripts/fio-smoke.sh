#!/bin/bash
# fio-smoke.sh NAME: on kernel NAME, write a memory-backed null_blk through
# the sync, multi-bio and async paths and read it back with verify=crc32c.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=$1
run=$BUILD/runs/$name-fio-smoke
# jobs whose verify phase did not read back everything they wrote
unverified='[.[].jobs[] | select(.read.io_bytes != .write.io_bytes)] | length'

"$TOP/scripts/kernel.sh" "$name"
if "$TOP/scripts/run-vm.sh" --timeout 900 --append "harness.fio=verify-crc32c" \
	"$(kernel_image "$name")" "$BUILD/initramfs/$name.cpio" fio "$run" &&
	! grep -q '@@fio-failed' "$run/data.log" &&
	[ "$(jq -s '[.[].jobs[].error] | add' < <("$TOP/scripts/fio-json.sh" "$run/data.log"))" = 0 ] &&
	[ "$(jq -s "$unverified" < <("$TOP/scripts/fio-json.sh" "$run/data.log"))" = 0 ]; then
	record pass "$name: fio verify=crc32c smoke"
	echo "  ok      fio verify=crc32c smoke"
else
	record fail "$name: fio verify=crc32c smoke (see $run)"
	echo "  FAIL    fio verify=crc32c smoke (see $run)"
	exit 1
fi
