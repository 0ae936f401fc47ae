#!/bin/bash
# profile.sh JOB [KERNEL...]: where the instructions of one bench job go.
# Boots each kernel (default: base ours, as built by kernel.sh) under TCG
# icount with the bench initramfs, logs every translation block QEMU runs
# for PROFILE_SECS (default 3) seconds of the job's steady state, and
# prints kernel instructions per I/O by function, the kernels side by
# side with the difference, largest first.  What "make bench" measures in
# total, this splits by function: a change that costs instructions shows
# where.  Output in build/profile/JOB.txt.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -ge 1 ] || die "usage: profile.sh JOB [KERNEL...]"
job=$1
shift
kernels=("$@")
[ ${#kernels[@]} -gt 0 ] || kernels=(base ours)
[ -f "$TOP/fio/$job.fio" ] || die "no fio job $job"
out=$BUILD/profile
initrd=$BUILD/bench/initramfs.cpio
[ -f "$initrd" ] || die "no $initrd: run 'make bench' (or bench-smoke) once"
mkdir -p "$out"

# mon CMD: a command to the QEMU monitor of the running guest.
mon() { echo "$1" >"$out/mon.in"; }

for k in "${kernels[@]}"; do
	img=$(kernel_image "$k") log=$out/$job-$k.log
	[ -f "$img" ] || die "no kernel image $img: run scripts/kernel.sh $k"
	rm -f "$out"/mon.in "$out"/mon.out "$log" "$out/$k.data"
	mkfifo "$out/mon.in" "$out/mon.out"
	step "profiling $job on $k"
	qemu-system-x86_64 -accel tcg -icount shift=0,sleep=off -m 2G -smp 1 \
		-display none -no-reboot -monitor pipe:"$out/mon" \
		-kernel "$img" -initrd "$initrd" -D "$log" \
		-append "console=ttyS0 panic=-1 loglevel=5 harness.run=fio null_blk.nr_devices=0 harness.fio=$job harness.reps=1 sysctl.vm.percpu_pagelist_high_fraction=100000" \
		-serial "file:$out/$k.console" -serial "file:$out/$k.data" \
		</dev/null &
	qemu=$!
	cat "$out/mon.out" >/dev/null &
	exec 3>"$out/mon.in"	# keep the monitor's input open
	for _ in $(seq 600); do
		grep -q '^@@fio-begin' "$out/$k.data" 2>/dev/null && break
		kill -0 $qemu 2>/dev/null || die "$k: the guest stopped early"
		sleep 0.5
	done
	sleep 6			# past fio's start-up
	mon "log exec,nochain"
	sleep "${PROFILE_SECS:-3}"
	mon "log none"
	mon "quit"
	exec 3>&-
	wait $qemu || true
	objdump -d --no-show-raw-insn "$(kernel_out "$k")/vmlinux" >"$out/$k.dis"
	python3 "$TOP/scripts/profile-tb.py" "$out/$k.dis" "$log" \
		blkdev_read_iter blkdev_write_iter >"$out/$job-$k.txt"
	rm -f "$log" "$out/$k.dis" "$out"/mon.in "$out"/mon.out
done

# side by side: function, one column per kernel, last minus first
files=()
for k in "${kernels[@]}"; do files+=("$out/$job-$k.txt"); done
{
	for k in "${kernels[@]}"; do
		echo "# $k: $(head -1 "$out/$job-$k.txt" | cut -c3-)"
	done
	printf '%-44s' function
	printf ' %10s' "${kernels[@]}" diff
	echo
	awk -v n=${#kernels[@]} '
		FNR == 1 { f++; next }
		{ v[$1, f] = $2; seen[$1] = 1 }
		END {
			for (fn in seen) {
				d = v[fn, n] - v[fn, 1]
				printf "%.2f %-44s", d < 0 ? -d : d, fn
				for (i = 1; i <= n; i++)
					printf " %10.2f", v[fn, i]
				printf " %+10.2f\n", d
			}
		}' "${files[@]}" | sort -rn | cut -d' ' -f2-
} | tee "$out/$job.txt"
