#!/usr/bin/env bash
# Runs this checkout's benchmark against another commit's build of the suite, alternately and with the same harness
# (this checkout's loadtest module), so that two versions are compared on the same host, minutes apart, measured the
# same way. The other commit is checked out as a git worktree under loadtest/target/compare/ and built there.
# A shared host drifts by 10-30 % between runs; compare runs taken back to back, never figures of different days.
#
#   bench/compare.sh 570ce5a --grader=phrases --clients=8 --reps=80 --warmup=600 --drain-calls=0
#   bench/compare.sh HEAD~3 --runs=3 --calls=200 --drain-calls=0
#
# Options: --runs=N (pairs of runs, default 2), --rebuild (this checkout's build, once); every other option goes to
# bench/run.sh for both sides.
# Older builds get what today's harness expects of them: before a60e56a, health and metrics on a management port
# (two properties added to the worktree's copy); before 17958ed, the reps' working hours also set through
# coaching-service's own API (--schedule-through-coaching-api). Prints the main figures of every run at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then sed -n '2,14p' "$0"; exit 0; fi
base=$(git rev-parse --short "$1")
shift
runs=2
rebuild=false
args=()
for arg in "$@"; do
  case "$arg" in
    --runs=*) runs="${arg#--runs=}" ;;
    --rebuild) rebuild=true ;;
    *) args+=("$arg") ;;
  esac
done
if [ "$rebuild" = true ]; then
  echo "Building this checkout's services and harness (no tests) ..."
  ./mvnw -q -B -pl loadtest -am package -DskipTests
fi

tree="$PWD/loadtest/target/compare/$base"
if [ ! -d "$tree" ]; then
  git worktree prune
  git worktree add --detach "$tree" "$base" >/dev/null
fi
base_args=(--suite="$tree")
if ! git merge-base --is-ancestor a60e56a "$base"; then
  for service in scorecard-service coaching-service notification-service; do
    properties="$tree/$service/src/main/resources/application.properties"
    grep -q '^quarkus.management.enabled' "$properties" || printf '\nquarkus.management.enabled=true\nquarkus.management.port=${MANAGEMENT_PORT:9000}\n' >> "$properties"
  done
fi
if ! git merge-base --is-ancestor 17958ed "$base"; then
  base_args+=(--schedule-through-coaching-api)
fi
if [ ! -f "$tree/notification-service/target/quarkus-app/quarkus-run.jar" ]; then
  echo "Building $base in $tree (no tests) ..."
  (cd "$tree" && ./mvnw -q -B -pl scorecard-service,coaching-service,notification-service -am package -DskipTests)
fi

mkdir -p bench/results
stamp=$(date +%Y%m%d-%H%M%S)
logs=()
for ((i = 1; i <= runs; i++)); do
  for side in "$base" main; do
    log="bench/results/compare-$stamp-$side-$i.log"
    echo "Run $i of $runs, $side -> $log"
    if [ "$side" = main ]; then
      bench/run.sh ${args[@]+"${args[@]}"} > "$log" 2>&1
    else
      bench/run.sh "${base_args[@]}" ${args[@]+"${args[@]}"} > "$log" 2>&1
    fi
    logs+=("$log")
  done
done

echo
echo "Back to back ($base is the other build; the text columns of bench/run.sh's tables):"
for log in "${logs[@]}"; do
  echo "== $log"
  grep -E '^  (throughput|pipeline throughput|whole suite|statements per call|commits per call|calls with exactly one nudge|calls with duplicate nudges|post-call nudges withdrawn on purpose|MariaDB insert tx, 1 connection) ' "$log" \
    | sed -E 's/ {3,}/  /g' || true
done
