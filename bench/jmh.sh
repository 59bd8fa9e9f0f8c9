#!/usr/bin/env bash
# Builds the benchmarks module (and what it depends on, without tests) and runs its JMH benchmarks with short
# settings: one fork, 3 warm-up and 5 measured iterations of 2 s. Results print as JMH's table, then as a summary
# with the time per operation and secondary metrics (words per second), and are kept as JSON in bench/results/.
#
#   bench/jmh.sh                       # every benchmark
#   bench/jmh.sh Grading               # benchmarks whose name matches a regex
#   JMH_OPTS="-f 2 -i 10" bench/jmh.sh # other JMH settings
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl benchmarks -am package -DskipTests -Dquarkus.build.skip=true

classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark-classpath.txt)"
mkdir -p bench/results
result="bench/results/jmh-$(date +%Y%m%d-%H%M%S).json"
# shellcheck disable=SC2086
java -cp "$classpath" org.openjdk.jmh.Main ${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s} -rf json -rff "$result" "$@"
java -cp "$classpath" bench/JmhSummary.java "$result"
echo "JMH results: $result"
