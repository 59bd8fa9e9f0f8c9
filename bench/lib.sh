# Shared by bench/run.sh and bench/faults.sh: builds the services' jars and the loadtest module when missing
# (or with --rebuild), then runs a main class of the loadtest module from the repository root.
# shellcheck shell=bash

run_loadtest_main() {
  local main_class="$1"
  shift
  local rebuild=false
  local args=()
  for arg in "$@"; do
    if [ "$arg" = "--rebuild" ]; then rebuild=true; else args+=("$arg"); fi
  done
  local needs_build=$rebuild
  for file in scorecard-service/target/quarkus-app/quarkus-run.jar \
              coaching-service/target/quarkus-app/quarkus-run.jar \
              notification-service/target/quarkus-app/quarkus-run.jar \
              loadtest/target/loadtest-classpath.txt \
              loadtest/target/classes/io/callreview/loadtest/LoadTest.class; do
    [ -f "$file" ] || needs_build=true
  done
  if [ "$needs_build" = true ]; then
    echo "Building the services and the load-test module (no tests; the first build takes a few minutes) ..."
    ./mvnw -q -B -pl loadtest -am package -DskipTests
  fi
  local classpath
  classpath="loadtest/target/classes:$(cat loadtest/target/loadtest-classpath.txt)"
  exec java -Xmx1g -XX:+UseSerialGC -Dcallreview.repository="$PWD" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$classpath" "$main_class" ${args[@]+"${args[@]}"}
}
