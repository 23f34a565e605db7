#!/usr/bin/env bash
# What durable commits cost on the embedded H2 file: room creations per second (one commit each)
# of this build against a baseline jar built before commits were made durable. The anchor of each
# run is reading one room (no write, the same code in both jars). The jars run in turn, twice each,
# on a fresh H2 file, on loopback.
# Build the baseline once: git worktree add /tmp/lazy aeff3ad && (cd /tmp/lazy && mvn -q -DskipTests package)
# Needs wrk (apt-get install wrk). Usage: bootstrap/bench/durability-cost.sh <baseline jar> [seconds, default 15] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/../.."

baseline=${1:?usage: durability-cost.sh <baseline jar> [seconds] [connections]}
duration=${2:-15}
connections=${3:-16}
port=${BENCH_PORT:-18182}
durable=bootstrap/target/atrium.jar
[ -f "$durable" ] || { echo "build the service first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export AUTHORIZATION="Basic $(printf '%s:%s' "$key_id" "$secret" | base64 -w0)"
base="http://127.0.0.1:$port"

measure() {
  local label=$1 jar=$2 work
  work=$(mktemp -d)
  ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret MICRONAUT_SERVER_PORT=$port \
  ATRIUM_DB_URL="jdbc:h2:file:$work/atrium" ATRIUM_DATA_DIR="$work" \
    java -jar "$jar" > "$work/service.log" 2>&1 &
  local service=$!
  for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
  wrk -t2 -c"$connections" -d5s -s bootstrap/bench/create-room.lua "$base" >/dev/null
  ROOM_ID=$(curl -sf -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' \
    -d '{"name": "Anchor"}' "$base/v1/rooms" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  export ROOM_ID
  local reads creates
  reads=$(wrk -t2 -c"$connections" -d"${duration}s" -s bootstrap/bench/read-room.lua "$base" | awk '/Requests\/sec/ {print $2}')
  creates=$(wrk -t2 -c"$connections" -d"${duration}s" -s bootstrap/bench/create-room.lua "$base" \
    | tee "$work/wrk.txt" | awk '/Requests\/sec/ {print $2}')
  grep -q "Non-2xx" "$work/wrk.txt" && { echo "$label: some room creations failed" >&2; cat "$work/wrk.txt" >&2; }
  kill "$service"; wait "$service" 2>/dev/null || true; rm -rf "$work"
  printf '%-9s GET /v1/rooms/{id} %9s/s   POST /v1/rooms %8s/s   creations per read %s\n' \
    "$label" "$reads" "$creates" "$(awk -v c="$creates" -v r="$reads" 'BEGIN {printf "%.3f", c / r}')"
}

measure baseline "$baseline"
measure durable "$durable"
measure baseline "$baseline"
measure durable "$durable"
