#!/usr/bin/env bash
# Runs the README's walk-through exactly as written against a suite started with `deploy/local/run.sh --wipe`:
# every ```bash block of the "Walk-through" section but the first (which starts the suite), in one shell,
# stopping at the first command that fails. curl is wrapped with --fail-with-body so an HTTP error fails too.
#   deploy/local/check-walkthrough.sh [--timeout SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
timeout_seconds=180
if [ "${1:-}" = "--timeout" ]; then timeout_seconds="$2"; fi

script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo 'set -eu'   # no pipefail: like an interactive shell, where grep -q may close a pipe early
  echo 'curl() { command curl --fail-with-body "$@"; }'
  echo 'set -x'
  awk '
    /^## / { in_section = ($0 == "## Walk-through") }
    in_section && /^```bash$/ { block++; in_block = 1; next }
    in_block && /^```$/ { in_block = 0; next }
    in_block && block > 1 { print }
  ' README.md
} > "$script"
if [ "$(grep -c 'curl' "$script")" -lt 5 ]; then
  echo "no walk-through commands found in README.md" >&2
  exit 1
fi
timeout "$timeout_seconds" bash "$script"
echo
echo "walk-through: every command succeeded"
