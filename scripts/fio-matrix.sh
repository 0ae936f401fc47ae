#!/bin/bash
# fio-matrix.sh NAME [JOB...]: boot kernel NAME (minimal config) and run
# the fio matrix on null_blk in deterministic mode (TCG with icount: IOPS
# count guest instructions per I/O); print the table.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=$1
shift
jobs=("$@")
[ ${#jobs[@]} -gt 0 ] || jobs=(
	randread-4k-psync randread-4k-uring-qd32 randread-4k-uring-qd32-hipri
	randread-4k-pvsync2-hipri read-2m-psync read-2m-uring-qd8
	randwrite-4k-libaio-qd32
)
run=$BUILD/runs/$name-fio
"$TOP/scripts/kernel.sh" "$name"
# One CPU and a small per-CPU page list, as bench.sh explains: the numbers
# are then the same from run to run.
"$TOP/scripts/run-vm.sh" --icount --timeout 3600 --cpus 1 \
	--append "harness.fio=$(IFS=,; echo "${jobs[*]}") sysctl.vm.percpu_pagelist_high_fraction=100000" \
	"$(kernel_image "$name")" "$BUILD/initramfs/$name.cpio" fio "$run"
! grep -q '@@fio-failed' "$run/data.log" || die "a fio job failed: see $run/console.log"
echo
echo "fio on $name ($BASE_NAME + series), TCG icount: 1 IOPS = 1 I/O per 10^9 guest instructions"
"$TOP/scripts/fio-table.sh" "$run/data.log" | tee "$run/table.txt"
echo "raw JSON: $run/data.log"
