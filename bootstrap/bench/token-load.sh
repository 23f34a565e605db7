#!/usr/bin/env bash
# Load benchmark of the token hot path: POST /v1/rooms/{id}/tokens against GET /health, in one run on
# one service, so the cost of issuing a token shows next to the cost of the cheapest request.
# Needs wrk (apt-get install wrk) and the built jar (mvn -q -DskipTests package). Loopback only;
# bounded in time. Usage: bootstrap/bench/token-load.sh [seconds per phase, default 20] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-20}
connections=${2:-16}
port=${BENCH_PORT:-18181}
jar=bootstrap/target/atrium.jar
[ -f "$jar" ] || { echo "build the service first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export AUTHORIZATION="Basic $(printf '%s:%s' "$key_id" "$secret" | base64 -w0)"

ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret MICRONAUT_SERVER_PORT=$port \
ATRIUM_DB_URL="jdbc:h2:file:$work/atrium" ATRIUM_DATA_DIR="$work" \
  java -jar "$jar" > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
base="http://127.0.0.1:$port"
ROOM_ID=$(curl -sf -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' \
  -d '{"name": "Load test"}' "$base/v1/rooms" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
export ROOM_ID

echo "== warm-up (10 s, both endpoints)"
wrk -t2 -c"$connections" -d10s "$base/health" >/dev/null
wrk -t2 -c"$connections" -d10s -s bootstrap/bench/issue-token.lua "$base" >/dev/null

echo "== GET /health, ${duration}s, $connections connections"
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/health"
echo "== POST /v1/rooms/$ROOM_ID/tokens, ${duration}s, $connections connections"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bootstrap/bench/issue-token.lua "$base"
