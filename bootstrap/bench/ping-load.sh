#!/usr/bin/env bash
# Load benchmark of the busiest write of a live room: pings of its participants. Every ping is one
# transaction holding the room's row lock, so this measures how many changes one room takes per
# second (a room of 1000 people pinging every 15 s needs about 67). Needs wrk (apt-get install wrk)
# and the built jar (mvn -q -DskipTests package). Loopback only; bounded in time.
# Usage: bootstrap/bench/ping-load.sh [seconds, default 20] [connections, default 16] [participants, default 200, at most 250]
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-20}
connections=${2:-16}
participants=${3:-200}
port=${BENCH_PORT:-18182}
jar=bootstrap/target/atrium.jar
[ -f "$jar" ] || { echo "build the service first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
authorization="Basic $(printf '%s:%s' "$key_id" "$secret" | base64 -w0)"

# The presence timeout is long enough that nobody is reaped while the sessions are being made.
ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret MICRONAUT_SERVER_PORT=$port ATRIUM_PRESENCE_TIMEOUT=10m \
ATRIUM_DB_URL="jdbc:h2:file:$work/atrium" ATRIUM_DATA_DIR="$work" \
  java -jar "$jar" > "$work/service.log" 2>/dev/null &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
base="http://127.0.0.1:$port"
ROOM_ID=$(curl -sf -H "Authorization: $authorization" -H 'Content-Type: application/json' \
  -d '{"name": "Ping load", "limits": {"participants": 250}}' "$base/v1/rooms" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
export ROOM_ID
export CREDENTIALS="$work/credentials"
for i in $(seq 1 "$participants"); do
  token=$(curl -sf -H "Authorization: $authorization" -H 'Content-Type: application/json' "$base/v1/rooms/$ROOM_ID/tokens" \
    -d "{\"name\": \"P$i\", \"role\": \"PARTICIPANT\", \"userRef\": \"p-$i\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  session=$(curl -sf -X POST -H "Authorization: Bearer $token" "$base/v1/rooms/$ROOM_ID/sessions")
  printf '%s\n' "$(printf '%s' "$session" | sed -E 's/.*"credential":"([^"]+)".*/\1/')" >> "$CREDENTIALS"
done
echo "== $participants sessions in room $ROOM_ID"

echo "== warm-up (10 s)"
wrk -t2 -c"$connections" -d10s -s bootstrap/bench/ping.lua "$base" >/dev/null
echo "== POST /v1/rooms/$ROOM_ID/sessions/self/ping, ${duration}s, $connections connections, $participants participants"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bootstrap/bench/ping.lua "$base"
