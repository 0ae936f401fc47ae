#!/bin/bash
# bench.sh [--wall] [--devices] [--smoke] [--reps N] [--no-build]: the
# unpatched base kernel against ours, side by side, on null_blk: the fio
# job matrix on each, then a table (IOPS, ratio ours/base, spread across
# repetitions), a CSV and a PNG of the ratios, all under build/bench/.
#
#   default   deterministic: TCG with -icount shift=0,sleep=off, so IOPS
#             count guest instructions per I/O; one boot per kernel runs
#             the whole matrix R times (harness.reps=R).
#   --wall    wall clock: TCG without icount (KVM if probe-kvm.sh proves
#             it works), one boot per repetition, A B A B ..., at least 5
#             each; medians.  Noisy: for a sanity check, not for numbers.
#   --devices the device matrix (DEVICE_MATRIX below) on QEMU's NVMe and
#             virtio-blk, under build/bench/devices/: wall clock, 2 CPUs
#             (virtio-blk has no poll queue on one), 5 repetitions by
#             default.  Not icount: an emulated device completes I/O
#             from QEMU's main loop and I/O threads, whose progress icount
#             does not count, so a job's icount IOPS then measures when
#             the vCPU next stopped (a timer), not the I/O path: the same
#             job varied from 298 to 116612 IOPS across repetitions in
#             one boot (docs/bench-devices.txt).
#   --smoke   one short job (fio/smoke-4k-psync.fio), one repetition.
#
# Environment (the flags win):
#   BENCH_KERNELS="A B"  kernels to compare, B against A (default "base ours";
#                        "base base" checks the harness: ratios ~1.000)
#   BENCH_MODE=icount|wall, BENCH_SMOKE=1, BENCH_REPS=N, BENCH_NO_BUILD=1
#   BENCH_JOBS="JOB..."  a part of the matrix (fio/JOB.fio); JOB@NAME runs
#                        JOB on /dev/NAME, a device of run-vm.sh --devices
#                        (e.g. randread-4k-psync@nvme0n1)
#   BENCH_CPUS=N         guest CPUs (default 1: see BENCH_APPEND)
#   BENCH_DEVIO=SIZE     fio io_size of a job on a device (--devices: 256m)
#   BENCH_APPEND=ARGS    guest kernel command line (default: the small
#                        per-CPU page list below; "" for none)
#
# Why one CPU and a small per-CPU page list by default: under icount two
# vCPUs run round-robin, so anything split between CPUs (io-wq workers,
# polling while a worker runs) costs what QEMU's time slices make it
# cost, 2-40 % from run to run on the 2 MiB jobs.  And a 2 MiB buffer's
# pages come off the per-CPU free list last-in first-out, physically
# ascending in one run and descending in the next: bio_add_page() then
# merges them into few bvecs, or not, and a 2 MiB read costs 25 % more
# or less.  A small list (percpu_pagelist_high_fraction) takes most
# pages from the buddy allocator, in the same order every time.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

MATRIX=(
	randread-4k-psync randread-4k-pvsync2-hipri randread-4k-uring-qd32
	randread-4k-uring-qd32-hipri randread-4k-uring-qd32-fixed
	randwrite-4k-libaio-qd32 randwrite-4k-psync-dsync
	read-2m-psync write-2m-psync read-2m-uring-qd8 read-2m-uring-qd8-hipri
	floor-4k-null-qd32
)
# --devices: the same kinds of job on the devices users have (run-vm.sh
# --devices), QEMU's NVMe namespace with 4 KiB blocks and virtio-blk, and
# large sync reads on NVMe with and without RWF_HIPRI.
DEVICE_JOBS=(
	randread-4k-psync randread-4k-pvsync2-hipri randread-4k-uring-qd32
	randread-4k-uring-qd32-hipri read-2m-psync read-2m-uring-qd8
)
DEVICE_MATRIX=()
for d in nvme0n1 vda; do
	DEVICE_MATRIX+=("${DEVICE_JOBS[@]/%/@$d}")
done
DEVICE_MATRIX+=(read-2m-pvsync2-hipri@nvme0n1 read-8m-psync@nvme0n1
	read-8m-pvsync2-hipri@nvme0n1)
WALL_MIN_REPS=5
DEVICE_REPS=5
SPREAD_MAX=0.5 # percent: flag a job whose repetitions differ more

mode=${BENCH_MODE:-icount} smoke=${BENCH_SMOKE:-0} reps=${BENCH_REPS:-}
no_build=${BENCH_NO_BUILD:-0} cpus=${BENCH_CPUS:-} on_devices=0
append=${BENCH_APPEND-sysctl.vm.percpu_pagelist_high_fraction=100000}
read -r -a kernels <<<"${BENCH_KERNELS:-base ours}"

usage() { die "usage: bench.sh [--wall] [--devices] [--smoke] [--reps N] [--no-build]"; }

while [ $# -gt 0 ]; do
	case $1 in
	--wall) mode=wall; shift ;;
	--devices) on_devices=1; shift ;;
	--smoke) smoke=1; shift ;;
	--reps) [ $# -ge 2 ] || usage; reps=$2; shift 2 ;;
	--no-build) no_build=1; shift ;;
	*) usage ;;
	esac
done
if [ "$on_devices" = 1 ]; then
	mode=wall
	[ -n "$cpus" ] || cpus=2
	[ -n "$reps" ] || reps=$DEVICE_REPS
	MATRIX=("${DEVICE_MATRIX[@]}")
	# 256 MiB per job: 64k 4 KiB reads, 32 of 8 MiB; a boot in 5 minutes
	append+=" harness.devio=${BENCH_DEVIO:-256m}"
fi
[ -n "$cpus" ] || cpus=1
[ ${#kernels[@]} -eq 2 ] || die "BENCH_KERNELS must name two kernels, got '${kernels[*]}'"
case $mode in icount | wall) ;; *) die "BENCH_MODE must be icount or wall, not '$mode'" ;; esac

if [ "$smoke" = 1 ]; then
	jobs=(smoke-4k-psync) reps=1 out=$BUILD/bench/smoke
else
	read -r -a jobs <<<"${BENCH_JOBS:-${MATRIX[*]}}"
	out=$BUILD/bench
	[ -n "$reps" ] || { [ "$mode" = wall ] && reps=$WALL_MIN_REPS || reps=3; }
	[[ $reps =~ ^[1-9][0-9]*$ ]] || die "--reps: not a positive number: '$reps'"
	[ "$mode" = icount ] || [ "$reps" -ge $WALL_MIN_REPS ] ||
		die "wall-clock mode needs at least $WALL_MIN_REPS repetitions, not $reps"
fi
if [ "$on_devices" = 1 ]; then
	out=$out/devices
elif [ "$mode" = wall ]; then
	out=$out/wall
fi
devices=0
for j in "${jobs[@]}"; do
	[ -f "$TOP/fio/${j%@*}.fio" ] || die "no fio job file fio/${j%@*}.fio"
	[ "${j%@*}" = "$j" ] || devices=1
done

# build_kernels: each kernel and the shared initramfs.  The guest's user
# space (busybox, fio, the job files) is the same for both kernels: one
# initramfs from the current fio/, without selftests.
build_kernels() {
	local k
	if [ "$no_build" = 1 ]; then
		msg "BENCH_NO_BUILD: using the kernels as built"
	else
		for k in $(printf '%s\n' "${kernels[@]}" | sort -u); do
			step "building kernel $k"
			"$TOP/scripts/kernel.sh" "$k"
		done
	fi
	for k in "${kernels[@]}"; do
		[ -f "$(kernel_image "$k")" ] ||
			die "no kernel image $(kernel_image "$k"): run scripts/kernel.sh $k"
	done
	step "initramfs with the fio jobs: $initrd"
	"$TOP/scripts/make-initramfs.sh" "$initrd" "$out/no-selftests"
}

# new_ends DATA N: the "@@fio-end JOB REP" lines of DATA after the first N.
new_ends() {
	[ -f "$1" ] || return 0
	tr -d '\r' <"$1" | grep '^@@fio-end ' | tail -n +$(($2 + 1)) || true
}

# boot SLOT KERNEL RUN NREPS: boot KERNEL once, run the jobs NREPS times
# in it; one progress line per finished fio job.
boot() {
	local slot=$1 k=$2 run=$3 n=$4 pid seen=0 line rc=0
	local opts=(--timeout 7200 --cpus "$cpus")
	if [ "$mode" = icount ]; then opts+=(--icount); else opts+=(--accel auto); fi
	[ $devices -eq 0 ] || opts+=(--devices)
	step "kernel $slot=$k: $(basename "$run"), ${#jobs[@]} jobs x $n"
	"$TOP/scripts/run-vm.sh" "${opts[@]}" \
		--append "harness.fio=$(IFS=,; echo "${jobs[*]}") harness.reps=$n $append" \
		"$(kernel_image "$k")" "$initrd" fio "$run" &
	pid=$!
	while :; do
		kill -0 $pid 2>/dev/null || break
		sleep 2
		while read -r _ job rep; do
			step "kernel $slot=$k: rep $rep/$n: $job done"
			seen=$((seen + 1))
		done < <(new_ends "$run/data.log" $seen)
	done
	wait $pid || rc=$?
	[ $rc -eq 0 ] || die "kernel $k: the guest failed (rc $rc): see $run/console.log"
	line=$(tr -d '\r' <"$run/data.log" | grep -m1 '^@@fio-failed' || true)
	[ -z "$line" ] || die "kernel $k: fio job ${line#@@fio-failed } failed: see $run/console.log"
}

# write_meta: what bench-report.sh needs to know about the runs.
write_meta() {
	cat >"$out/meta" <<-EOF
	MODE=$mode
	KERNEL_A=${kernels[0]}
	KERNEL_B=${kernels[1]}
	JOBS="${jobs[*]}"
	REPS=$reps
	CPUS=$cpus
	SPREAD_MAX=$SPREAD_MAX
	APPEND="$append"
	DATE=$(date -u +%Y-%m-%d)
	EOF
}

initrd=$out/initramfs.cpio
mkdir -p "$out"
rm -rf "$out/runs" "$out/meta" "$out"/results.* "$out"/samples.* "$out/ratios.png"
build_kernels
write_meta
slots=(A B)
if [ "$mode" = icount ]; then
	# Deterministic: one boot per kernel, the repetitions inside it, so
	# the spread shows how much a job depends on what ran before it.
	for i in 0 1; do
		boot "${slots[i]}" "${kernels[i]}" "$out/runs/${slots[i]}1-${kernels[i]}" "$reps"
	done
else
	for r in $(seq 1 "$reps"); do
		for i in 0 1; do
			boot "${slots[i]}" "${kernels[i]}" "$out/runs/${slots[i]}$r-${kernels[i]}" 1
		done
	done
fi
step "all runs done; raw fio JSON in $out/runs/*/data.log"
echo
"$TOP/scripts/bench-report.sh" "$out" | tee "$out/results.txt"
"$TOP/scripts/bench-plot.sh" "$out"
step "bench done: $out/results.csv, $out/ratios.png"
