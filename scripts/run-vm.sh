#!/bin/bash
# Boot a guest kernel in QEMU and run one guest job; fail on any splat.
#
#   run-vm.sh [options] BZIMAGE INITRAMFS JOB OUTDIR
#     --timeout S     kill the guest after S seconds (default 900)
#     --icount        deterministic TCG: -icount shift=0,sleep=off
#     --accel A       tcg, kvm or auto (auto: KVM only if the probe says so)
#     --append ARGS   extra kernel command line
#     --cpus N        guest CPUs (default 2)
#     --devices       attach the devices users have (devices.sh): an NVMe
#                     controller with a 4096- and a 512-byte namespace and
#                     a virtio-blk disk, each with poll queues
#
# OUTDIR gets console.log (everything the guest printed) and data.log
# (what the job wrote to its data port, ttyS1).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

timeout=900 icount=0 accel=tcg append="" cpus=2 devices=0
while [ $# -gt 0 ]; do
	case $1 in
	--timeout) timeout=$2; shift 2 ;;
	--icount) icount=1; shift ;;
	--accel) accel=$2; shift 2 ;;
	--append) append=$2; shift 2 ;;
	--cpus) cpus=$2; shift 2 ;;
	--devices) devices=1; shift ;;
	--) shift; break ;;
	-*) die "run-vm.sh: unknown option $1" ;;
	*) break ;;
	esac
done
[ $# -eq 4 ] || die "usage: run-vm.sh [options] BZIMAGE INITRAMFS JOB OUTDIR"
kernel=$1 initrd=$2 job=$3 out=$4
[ -f "$kernel" ] || die "no kernel image $kernel"
[ -f "$initrd" ] || die "no initramfs $initrd"

if [ "$accel" = auto ]; then
	if [ $icount -eq 0 ] && "$TOP/scripts/probe-kvm.sh"; then
		accel=kvm
	else
		accel=tcg
	fi
fi
accel_args=(-accel tcg)
case $accel in
tcg) [ $icount -eq 1 ] && accel_args=(-accel tcg -icount shift=0,sleep=off) ;;
kvm)
	[ $icount -eq 0 ] || die "--icount needs TCG"
	accel_args=(-accel kvm -cpu host)
	;;
*) die "unknown accelerator $accel" ;;
esac

mkdir -p "$out"
console=$out/console.log data=$out/data.log
rm -f "$console" "$data" "$out/problem"

# Timestamps on the console tell a slow step from a stuck one.  A soft
# lockup is reported after 2 * watchdog_thresh s: 120 s, not 20, on TCG
# (see configs/watchdog.config).
cmdline="console=ttyS0 panic=-1 loglevel=5 printk.time=1 watchdog_thresh=60"
cmdline+=" harness.run=$job"
cmdline+=" null_blk.nr_devices=0 $append"

dev_args=()
if [ $devices -eq 1 ]; then
	mapfile -t dev_args < <("$TOP/scripts/devices.sh" qemu-args)
	cmdline+=" $("$TOP/scripts/devices.sh" cmdline)"
fi

mode=$accel
[ $icount -eq 0 ] || mode+=",icount"
step "booting $kernel [$mode] job=$job"
rc=0
timeout --foreground -k 10 "$timeout" \
	qemu-system-x86_64 "${accel_args[@]}" -m 2G -smp "$cpus" \
	-display none -monitor none -no-reboot \
	-kernel "$kernel" -initrd "$initrd" -append "$cmdline" \
	"${dev_args[@]}" \
	-serial "file:$console" -serial "file:$data" </dev/null || rc=$?
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
	echo "harness: TIMEOUT after ${timeout}s" >>"$console"
fi
"$TOP/scripts/scan-log.sh" "$console" "$job"
