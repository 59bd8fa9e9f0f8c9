#!/usr/bin/env bash
# The fault tests. Each scenario starts a fresh suite (embedded MariaDB, a KRaft Kafka broker and the three services
# as processes from their packaged jars, on free ports, data in loadtest/target/runs/), drives realistic calls, does
# its fault, and checks a stated invariant: PASS or FAIL. A summary table follows (also as JSON in
# bench/results/faults-*.json); the exit status is 1 when any scenario failed, and a failed scenario's data and logs
# are kept. Takes about 15 minutes on 2 cores. Builds what is missing first; --rebuild forces it.
#
#   bench/faults.sh                                        # every scenario
#   bench/faults.sh --only=broker-stopped,bad-input        # some of them
#   bench/faults.sh --keep                                 # keep every suite's data and logs
#
# Scenarios: broker-stopped, coaching-killed, notification-killed-chat-failing, database-stopped, poison-messages,
# bad-input, forged-webhook-flood, transcriber-down.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then sed -n '2,13p' "$0"; exit 0; fi
# shellcheck source=bench/lib.sh
source bench/lib.sh
run_loadtest_main io.callreview.loadtest.FaultTests "$@"
