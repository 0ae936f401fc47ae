#!/bin/bash
# stress.sh: long runs of the stress test and of the randomised tester on
# the debug kernel; make check runs short ones.  STRESS_SECONDS (per
# variant, default 120), FUZZ_OPS (per variant, default 5000) and
# FUZZ_SEED (default: the tester's fixed seed) change them.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

export SELFTESTS="dio_stress dio_fuzz"
SELFTEST_APPEND="DIO_STRESS_SECONDS=${STRESS_SECONDS:-120}"
SELFTEST_APPEND+=" DIO_FUZZ_OPS=${FUZZ_OPS:-5000}"
# no per-binary limit from settings: the run's own timeout applies
SELFTEST_APPEND+=" harness.timeout=0"
[ -z "${FUZZ_SEED:-}" ] || SELFTEST_APPEND+=" DIO_FUZZ_SEED=$FUZZ_SEED"
export SELFTEST_APPEND
export SELFTEST_TIMEOUT=${STRESS_TIMEOUT:-5400}
step "stress: $SELFTEST_APPEND"
exec "$TOP/scripts/selftests.sh" ours-debug
