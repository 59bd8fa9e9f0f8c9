#!/usr/bin/env bash
# The coaching simulator: a team of simulated reps whose memory of each behaviour follows a forgetting curve, run for 12
# simulated weeks under four policies (no nudges, a fixed 7-day reminder retired after two right answers, a nudge after
# every call, and this suite's own rules from coaching-service). Prints adherence per week and policy, nudges sent and
# adherence gained per nudge; keeps the figures as JSON and the chart as SVG in bench/results/. Offline, about a minute.
#
#   bench/coaching-sim.sh                                   # 5 teams of 40 reps
#   bench/coaching-sim.sh --runs=10 --open-rate=0.4         # other settings (--seed, --reps, --weeks, --grader-accuracy)
#   JAVA_OPTS=-Dcoaching.nudges.daily-cap=2 bench/coaching-sim.sh   # the suite with other coaching settings
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o -pl coaching-sim -am package -DskipTests -Dquarkus.build.skip=true

classpath="coaching-sim/target/classes:$(cat coaching-sim/target/simulator-classpath.txt)"
mkdir -p bench/results
stamp=$(date +%Y%m%d-%H%M%S)
# shellcheck disable=SC2086
java -Xmx512m ${JAVA_OPTS:-} -cp "$classpath" io.callreview.sim.CoachingSimMain \
  --out="bench/results/coaching-sim-$stamp.json" --svg="bench/results/coaching-sim-$stamp.svg" "$@"
