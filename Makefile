# Entry points only; the work is in scripts/, one job per file.
#   make          build base + series, boot on null_blk, fio matrix table,
#                 and the same jobs on the base beside it
#   make check    checkpatch, per-patch builds, selftests on the debug
#                 kernel, fio data check; ends with "N passed, N failed"
#   make tree     build/linux: base as first commit + the series (git am)
#   make export   write build/linux's series back into series/
#   make status   uncommitted or unexported work in build/linux?
#   make stress   long dio_stress and dio_fuzz runs on the debug kernel
#   make bench    base against ours: fio side by side, table + CSV + PNG
#                 in build/bench (null_blk) and build/bench/devices
#   make profile  JOB=NAME: one bench job's instructions per I/O by kernel
#                 function, base against ours (build/profile)
#   make metrics  DIO lines of block/fops.c, and per patch the lines of
#                 earlier patches it reworks
#   make refactor-check  the selftests before and at the refactor patch,
#                 on the debug kernel: the same verdict for every case
S := scripts

.PHONY: all deps tree export status check checkpatch bisect selftests stress \
	selftests-base fio-smoke bench bench-smoke profile metrics refactor-check clean

MATRIX := randread-4k-psync randread-4k-uring-qd32 randread-4k-uring-qd32-hipri \
	randread-4k-pvsync2-hipri read-2m-psync read-2m-uring-qd8 \
	randwrite-4k-libaio-qd32

# The fio matrix on our kernel (IOPS, bandwidth, latency), then the same
# jobs on the unpatched base beside it: the short form of "make bench".
all: deps tree
	@$(S)/fio-matrix.sh ours $(MATRIX)
	@BENCH_JOBS="$(MATRIX)" BENCH_REPS=1 $(S)/bench.sh

deps:
	@$(S)/install-deps.sh

tree: deps
	@$(S)/make-tree.sh

export:
	@$(S)/export-series.sh

status:
	@$(S)/status.sh

metrics: tree
	@$(S)/series-metrics.sh

refactor-check: tree
	@$(S)/refactor-check.sh

check:
	@$(S)/check.sh

checkpatch: tree
	@$(S)/checkpatch.sh

bisect: tree
	@$(S)/bisect-build.sh

# The selftests on our debug kernel, and on the unpatched base with the
# same tests: which cases are new behaviour.
selftests: tree
	@$(S)/selftests.sh ours-debug

selftests-base: tree
	@$(S)/selftests-base.sh

fio-smoke: tree
	@$(S)/fio-smoke.sh ours-debug

# Long runs of dio_stress and dio_fuzz on the debug kernel.
stress: tree
	@$(S)/stress.sh

# The unpatched base against ours, fio on null_blk, deterministic (icount);
# then on QEMU's NVMe and virtio-blk, by wall clock (icount does not count
# an emulated device's work: docs/bench-devices.txt).  BENCH_MODE=wall (or
# scripts/bench.sh --wall) for the noisy wall-clock run on null_blk.
bench: tree
	@$(S)/bench.sh
	@$(S)/bench.sh --devices --no-build

bench-smoke: tree
	@$(S)/bench.sh --smoke

# Where one bench job's instructions go, by function, base against ours.
profile: tree
	@$(S)/profile.sh $(or $(JOB),randread-4k-psync)

clean:
	rm -rf build/out build/runs build/initramfs build/selftests
