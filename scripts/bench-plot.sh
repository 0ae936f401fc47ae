#!/bin/bash
# bench-plot.sh DIR: DIR/ratios.png, a bar chart of DIR/results.csv (from
# bench-report.sh): the IOPS ratio B/A per job, a line at 1.0, the value
# on each bar ('!' where the spread was over the limit).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

dir=${1:?usage: bench-plot.sh DIR}
csv=$dir/results.csv png=$dir/ratios.png
{ [ -f "$csv" ] && [ -f "$dir/meta" ]; } || die "$csv or $dir/meta missing: run bench-report.sh first"
command -v gnuplot >/dev/null || die "gnuplot missing: apt-get install gnuplot-nox"
# shellcheck source=/dev/null
. "$dir/meta"

case $MODE in
icount) how="TCG icount (instructions per I/O), median of $REPS reps" ;;
*) how="WALL CLOCK, NOISY: median of $REPS boots" ;;
esac
title="IOPS $KERNEL_B / $KERNEL_A on null_blk, $how\\nbase: $BASE_NAME, $DATE"

gnuplot <<-EOF
	set terminal pngcairo size 1200,700 font "sans,10"
	set output "$png"
	set datafile separator ","
	set title "$title" noenhanced
	set ylabel "IOPS ratio $KERNEL_B / $KERNEL_A" noenhanced
	set style fill solid 0.7 border -1
	set grid ytics
	set xtics rotate by -35 left noenhanced
	set bmargin 9
	set rmargin 10
	set key off
	set offsets 0.5, 0.5, 0, 0
	stats "$csv" every ::1 using 6 nooutput
	lo = STATS_min < 1 ? STATS_min : 1
	hi = STATS_max > 1 ? STATS_max : 1
	d = (hi - lo) * 0.04 + 0.002
	set yrange [lo - 3 * d : hi + 3 * d]
	set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb "black" front
	set label "bars start at 1.0;  ! = spread over $SPREAD_MAX % across repetitions" at screen 0.01, screen 0.02 font ",9"
	# bars from 1.0 to the ratio: green above, red below; the value past the end
	plot "$csv" every ::1 using 0:6:(\$0-0.35):(\$0+0.35):(1):6:(\$6 >= 1 ? 0x4daf4a : 0xe41a1c):xtic(1) \
	         with boxxyerror lc rgb variable, \
	     "" every ::1 using 0:(\$6 >= 1 ? \$6 + d : \$6 - d):(sprintf("%.3f%s", \$6, strcol(11) eq "yes" ? " !" : "")) \
	         with labels font ",9"
EOF
[ -s "$png" ] || die "gnuplot wrote no $png"
