#!/bin/bash
# selftests-compare.sh BASE_CASES OURS_CASES: one line per case, its
# verdict on each kernel ("missing" where a kernel did not report it),
# then the counts; into build/runs/selftests-base-vs-ours.txt too.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || die "usage: selftests-compare.sh BASE_CASES OURS_CASES"
join -j 2 -a 1 -a 2 -e missing -o 0,1.1,2.1 \
	<(sort -k2 -u "$1") <(sort -k2 -u "$2") |
	awk '{ printf "%-64s %-8s %-8s\n", $1, $2, $3
	       n["base " $2]++; n["ours " $3]++ }
	     END { for (k in n) printf "# %s: %d\n", k, n[k] }' |
	{ printf '%-64s %-8s %-8s\n' case base ours; sort -k1,1; } |
	tee "$BUILD/runs/selftests-base-vs-ours.txt"

# dio_device, a column per device: "base/ours" verdicts.
devs="null_blk $("$TOP/scripts/devices.sh" names)"
{
	echo
	echo "# dio_device on each device, base/ours"
	awk -v devs="$devs" '
		FNR == 1 { k++ }
		$2 ~ /^dio_device[@.]/ {
			name = $2; dev = "null_blk"
			if (name ~ /^dio_device@/) {
				dev = substr(name, 12); sub(/\..*/, "", dev)
			}
			sub(/^dio_device(@[^.]*)?\./, "", name)
			v[name, dev, k] = $1; seen[name] = 1
		}
		END {
			n = split(devs, d, " ")
			printf "%-44s", "case"
			for (i = 1; i <= n; i++) printf " %-11s", d[i]
			printf "\n"
			for (c in seen) {
				printf "%-44s", c
				for (i = 1; i <= n; i++) {
					b = v[c, d[i], 1]; o = v[c, d[i], 2]
					printf " %-11s", (b == "" ? "-" : b) "/" \
						(o == "" ? "-" : o)
				}
				printf "\n"
			}
		}' "$1" "$2" | { read -r h; echo "$h"; sort; }
} | tee -a "$BUILD/runs/selftests-base-vs-ours.txt"
