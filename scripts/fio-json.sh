#!/bin/bash
# fio-json.sh DATA [JOB]: the fio JSON documents the guest printed between
# its @@fio-begin/@@fio-end markers, one per line (optionally only JOB's).
set -euo pipefail
awk -v want="${2:-}" '
	{ sub(/\r$/, "") }
	/^@@fio-begin / { on = (want == "" || $2 == want); buf = ""; next }
	/^@@fio-end / { if (on) print buf; on = 0; next }
	on && /^[{} \t"\]\[]/ { buf = buf $0 "\n" }
' "$1" | jq -c .
