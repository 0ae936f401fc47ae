#!/bin/bash
# fio-table.sh DATA: one row per fio job the guest ran: IOPS, bandwidth and
# mean completion latency, reads and writes added up.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

printf '%-30s %12s %12s %12s\n' job IOPS MiB/s 'mean lat us'
"$TOP/scripts/fio-json.sh" "$1" | jq -r '
	.jobs[] | [
		.jobname,
		(.read.iops + .write.iops),
		((.read.bw + .write.bw) / 1024),
		(if .read.io_bytes > 0 then .read.lat_ns.mean else .write.lat_ns.mean end) / 1000
	] | @tsv' |
	awk -F'\t' '{ printf "%-30s %12.0f %12.1f %12.2f\n", $1, $2, $3, $4 }'
