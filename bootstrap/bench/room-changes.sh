#!/usr/bin/env bash
# What changing a room under its lock costs (ADR 0013): the median of 1,000 sequential PATCHes of one
# room against the median of 1,000 sequential GETs of it (the anchor, measured in the same run), and
# the answers to 25 bursts of 16 concurrent PATCHes without If-Match (all must be 200). Runs this
# build, and a baseline jar if given (e.g. one built before ADR 0013), each on a fresh H2 file.
# Build a baseline once: git worktree add /tmp/optimistic 248b61e && (cd /tmp/optimistic && mvn -q -DskipTests package)
# Needs Node 20. Usage: bootstrap/bench/room-changes.sh [baseline jar]
set -euo pipefail
cd "$(dirname "$0")/../.."

current=bootstrap/target/atrium.jar
[ -f "$current" ] || { echo "build the service first: mvn -q -DskipTests package" >&2; exit 1; }
port=${BENCH_PORT:-18183}
key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')

measure() {
  local label=$1 jar=$2 work
  work=$(mktemp -d)
  ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret MICRONAUT_SERVER_PORT=$port \
  ATRIUM_DB_URL="jdbc:h2:file:$work/atrium" \
    java -jar "$jar" > "$work/service.log" 2>&1 &
  local service=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  printf '%s: ' "$label"
  node bootstrap/bench/room-changes.mjs "http://127.0.0.1:$port" "$key_id:$secret"
  kill "$service"
  wait "$service" 2>/dev/null || true
  rm -rf "$work"
}

measure "this build" "$current"
if [ -n "${1:-}" ]; then
  measure "baseline" "$1"
fi
