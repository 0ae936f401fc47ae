#!/bin/bash
# bench-report.sh DIR: turn the fio JSON of a bench.sh run (DIR/meta and
# DIR/runs/SLOTn-KERNEL/data.log) into DIR/samples.csv (one IOPS value per
# kernel, run, repetition and job), DIR/results.csv and the table on
# stdout: median IOPS per kernel, ratio B/A of the medians, and the spread
# (max-min)/median across repetitions, '!' past 0.5 %.
#
# IOPS of one fio run = 1000 * I/Os / runtime in ms, summed over the job
# file's sections (reads and writes added up): fio's own "iops" for a
# file with one section.  A missing JSON, a fio error or a run without
# I/O is an error naming the job and the log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"


dir=${1:?usage: bench-report.sh DIR}
[ -f "$dir/meta" ] || die "$dir/meta missing: not a bench.sh output directory"
# shellcheck source=/dev/null
. "$dir/meta"
read -r -a jobs <<<"${JOBS:?}"

# samples RUNDIR: "slot,kernel,run,rep,job,iops" for each job and rep.
samples() {
	local run=$1 data=$1/data.log base job n
	base=$(basename "$run")
	[ -f "$data" ] || die "no $data"
	for job in "${jobs[@]}"; do
		n=$("$TOP/scripts/fio-json.sh" "$data" "$job" | jq -r '
			([.jobs[] | .read.total_ios + .write.total_ios] | add) as $ios |
			([.jobs[] | [.read.runtime, .write.runtime] | max] | add) as $ms |
			if ([.jobs[].error] | add) != 0 then "error: fio error \([.jobs[].error])"
			elif $ios == 0 or $ms == 0 then "error: no I/O done"
			else 1000 * $ios / $ms end' |
			awk -F, -v pre="${base:0:1},${base#*-},$base" -v job="$job" '
				/^error/ { print; exit 1 }
				{ printf "%s,%d,%s,%.3f\n", pre, NR, job, $1 }
				END { if (NR == 0) { print "error: no fio JSON"; exit 1 } }') ||
			{ n=${n##*$'\n'}; die "job $job: ${n#error: }: see $data"; }
		[ "$(wc -l <<<"$n")" -eq "$(reps_per_run)" ] ||
			die "job $job: $(wc -l <<<"$n") fio results, expected $(reps_per_run): see $data"
		echo "$n"
	done
}
reps_per_run() { if [ "$MODE" = icount ]; then echo "$REPS"; else echo 1; fi; }

{
	echo "slot,kernel,run,rep,job,iops"
	for run in "$dir"/runs/*/; do samples "${run%/}"; done
} >"$dir/samples.csv"

# Per slot and job: median, spread; then one row per job, in matrix order.
sort -t, -k1,1 -k5,5 -k6,6g <(tail -n +2 "$dir/samples.csv") |
	awk -F, -v max="${SPREAD_MAX:?}" -v order="$JOBS" -v ka="$KERNEL_A" -v kb="$KERNEL_B" '
	function stats(   m) {
		m = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		med[key] = m; spread[key] = 100 * (v[n] - v[1]) / m; cnt[key] = n
	}
	{
		k = $1 SUBSEP $5
		if (k != key && n) stats()
		if (k != key) { key = k; n = 0 }
		v[++n] = $6
	}
	END {
		if (n) stats()
		print "job,kernel_a,kernel_b,iops_a,iops_b,ratio,spread_a_pct,spread_b_pct,n_a,n_b,spread_over_limit"
		nj = split(order, jobs, " ")
		for (i = 1; i <= nj; i++) {
			a = "A" SUBSEP jobs[i]; b = "B" SUBSEP jobs[i]
			flag = spread[a] > max || spread[b] > max ? "yes" : "no"
			printf "%s,%s,%s,%.0f,%.0f,%.4f,%.2f,%.2f,%d,%d,%s\n", jobs[i], ka, kb,
				med[a], med[b], med[b] / med[a], spread[a], spread[b], cnt[a], cnt[b], flag
		}
	}' >"$dir/results.csv"

label_a=$KERNEL_A label_b=$KERNEL_B
[ "$label_a" != "$label_b" ] || { label_a+="(A)" label_b+="(B)"; }
if [ "$MODE" = icount ]; then
	echo "$KERNEL_B against $KERNEL_A; base tree: $BASE_NAME"
	echo "deterministic: TCG icount, $CPUS CPU(s), 1 IOPS = 1 I/O per 10^9 guest instructions;"
	echo "medians of $REPS repetitions in one boot per kernel"
else
	if [[ $JOBS == *@* ]]; then
		echo "*** WALL CLOCK: NOISY (TCG on a shared host); icount cannot time an emulated device ***"
	else
		echo "*** WALL CLOCK: NOISY (TCG or KVM on a shared host); use the icount run for numbers ***"
	fi
	echo "$KERNEL_B against $KERNEL_A; base tree: $BASE_NAME"
	echo "medians of $REPS boots per kernel, alternating, $CPUS CPU(s)"
fi
echo "spread = (max-min)/median across repetitions; ! = spread over $SPREAD_MAX %"
echo
printf '%-30s %14s %14s %7s %16s %16s\n' job "$label_a IOPS" "$label_b IOPS" ratio \
	"$label_a spread %" "$label_b spread %"
tail -n +2 "$dir/results.csv" | awk -F, '{
	printf "%-30s %14s %14s %7.3f %16.2f %16.2f %s\n", $1, $4, $5, $6, $7, $8, ($11 == "yes" ? "!" : "") }'
