#!/usr/bin/env bash
# The suite's benchmark. Starts a fresh suite (embedded MariaDB, a KRaft Kafka broker and the three services as
# processes from their packaged jars, on free ports, data in loadtest/target/runs/), sets up 4 call types and 40 reps
# in 4 teams, and posts pre-generated 20-60 minute calls from 4 concurrent clients: 40 warm-up calls, 400 measured
# calls flat out, 60 calls at a steady 2 calls/s (end-to-end latency below capacity), then 200 calls while coaching-
# and notification-service are stopped, to measure how fast each drains a backlog. In the same run it measures the
# raw single-row insert rate of the same MariaDB and the raw produce and consume rates of the same broker with records
# the size of a real CallScored, and prints the suite's figures as ratios to them. Prints a table (and the same as Markdown) and writes JSON to bench/results/loadtest-*.json.
# Takes about 7 minutes on 2 cores. Builds what is missing first; --rebuild forces it.
#
#   bench/run.sh                                  # the default workload
#   bench/run.sh --calls=200 --drain-calls=0      # fewer calls, no backlog phase
#   bench/run.sh --duration=60s                   # post the measured calls for at most 60 s
#
# Options (defaults): --calls=400 --warmup=40 --paced-calls=60 --paced-rate=2 --drain-calls=200 --clients=4
#   --reps=40 --teams=4 --call-types=4 --min-minutes=20 --max-minutes=60 --duration=0 (all calls) --seed=42 --db-threads=<clients>
#   --kafka-records=20000 --limit-seconds=10 --out=bench/results --work=loadtest/target/runs --keep (keep data, logs)
#   --jfr (JDK Flight Recordings of the services and the broker over the measured and paced phases, into --out;
#   summarise them with bench/jfr-top.sh)
#   --statements (MariaDB's general log over the measured phase: every statement's shape counted per call and per service
#   database, into --out as statements-*.txt; the log costs the server CPU, so read the counts of such a run, not its times)
#   --grader=meaning|phrases (phrases: the starter scorecards without their examples, graded by phrases alone as
#   before issue 13, to measure what the rest of the suite costs per call)
#   --distinct-sentences (number every sentence, so that each is new text to the sentence model as in a real call; the
#   generated calls otherwise repeat a small pool of sentences, which the grader embeds once per call)
#   --suite=DIR (measure another checkout's build of the suite with this harness; bench/compare.sh does it for a commit)
#   --schedule-through-coaching-api (for builds before 17958ed, which took working hours by coaching-service's API)
# Every rep takes at most 100 post-call nudges a day (the highest daily cap a rep can set), so warm-up + calls + paced +
# drain must stay within 100 per rep (20 for builds before 17958ed, whose coaching-service capped at 20).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then sed -n '2,29p' "$0"; exit 0; fi
# shellcheck source=bench/lib.sh
source bench/lib.sh
run_loadtest_main io.callreview.loadtest.LoadTest "$@"
