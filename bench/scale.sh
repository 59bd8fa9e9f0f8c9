#!/usr/bin/env bash
# A year of data. Starts a fresh suite (embedded MariaDB, Kafka and the three services from their packaged jars),
# sets up 4 call types with published scorecards and the roster (200 reps in 20 teams, a coach per team) through the
# APIs, then seeds scored history straight into scorecard-service's database in stages (calls over the last 12
# months, ~10% reviewed by a coach, ~1% disputed) and rebuilds the analytics tallies with the backfills of
# scorecard-service's migrations V12 to V14. At each stage it posts a burst of real calls (ingestion rate), then
# times, as a coach (team scope) and as an admin (company scope), every analytics endpoint, the review queue, the call
# list (first page, a deep page) and the CSV export (with scorecard-service's memory while exporting): 3 warm-ups and
# 20 timed requests each (the export: 1 and 5). Prints p50/p95 per read and stage and a growth table (Markdown), writes JSON to
# bench/results/scale-*.json and the statements MariaDB logged as slow (over 100 ms) with their EXPLAIN beside it.
# The full run (1,000,000 calls) takes a long time on 2 cores; start small. Builds what is missing; --rebuild forces it.
#
#   bench/scale.sh                                # stages of 10,000, 100,000 and 1,000,000 calls
#   bench/scale.sh --calls=2000,20000             # a quick look
#
# Options (defaults): --calls=10000,100000,1000000 --reps=200 --teams=20 --warmup=3 --requests=20 --burst=100
#   --deep-offset=10000 --seed=42 --out=bench/results --work=loadtest/target/runs --keep (keep data, logs)
#   --export-requests=5 (timed CSV exports per scope, after one warm-up) --buffer-pool-mib=0 (N: MariaDB's InnoDB
#   buffer pool, else its default 128 MiB)
#   --slow-rows=0 (N: log the statements that examine N rows or more, however fast, instead of those over 100 ms)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then sed -n '2,20p' "$0"; exit 0; fi
# shellcheck source=bench/lib.sh
source bench/lib.sh
run_loadtest_main io.callreview.loadtest.scale.ScaleTest "$@"
