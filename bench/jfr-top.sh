#!/usr/bin/env bash
# Summarises JDK Flight Recordings (e.g. those of `bench/run.sh --jfr`): per file, the hottest methods by self time,
# the time per package, the suite's own methods by inclusive time, and the native-method samples. JDK 17's `jfr`
# has no `view hot-methods`, hence this small program.
#
#   bench/jfr-top.sh bench/results/jfr-20261202-090000-*.jfr
#   bench/jfr-top.sh --top=30 scorecard.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then sed -n '2,7p' "$0"; exit 0; fi
exec java bench/JfrTop.java "$@"
