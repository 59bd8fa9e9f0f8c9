#!/usr/bin/env bash
# Prints a bearer token signed with the local suite's key:
#   deploy/local/token.sh <admin|coach|rep|integration> <user-id> [team ...]
# Coaches take the teams they coach, reps their own team. Local use only: production tokens come
# from your OIDC provider.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
lib="$root/launcher/target/lib"
if [ ! -d "$lib" ]; then
  echo "Build first: deploy/local/run.sh (or ./mvnw -DskipTests package)" >&2
  exit 1
fi
CALLREVIEW_KEYS_DIR="${CALLREVIEW_KEYS_DIR:-$root/.local/keys}" \
  exec java -cp "$lib/*" io.callreview.devtools.MintToken "$@"
