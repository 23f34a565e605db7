#!/usr/bin/env bash
# The signaling channel (GET /v1/signal, docs/signaling.md) under load, against one service on a fresh
# H2 file, every figure next to an anchor measured in the same run (docs/benchmarks.md, "Signaling"):
#   1. event delivery from the REST answer of a change to every socket of one room of N welcomed
#      clients (N from BENCH_ROOMS), p50/p99 over (event, socket) pairs, lost events, seq order;
#   2. REST pings per second in the room of 1,000 against the room of 10;
#   3. the p99 of the room of 10 alone, warm, BENCH_REPEAT times (the median is the anchor of 5);
#   4. heap per idle welcomed socket: K sockets (BENCH_IDLE) held with heartbeats for BENCH_HOLD s,
#      heap used after a full GC (read until it settles) against the same before they opened, and the
#      slope from BENCH_IDLE_SLOPE_FROM open sockets to K; RSS per socket beside it;
#   5. the p99 of the room of 10 while the K sockets are open, BENCH_REPEAT times, median over 3's.
# Needs Node 20 and npm (installs ws@8.23.0 into bootstrap/target/bench-node, never committed), jcmd
# (the JDK's), and the built jar (mvn -B -o -q -pl bootstrap -am package -DskipTests). Loopback only.
# Settings: BENCH_ROOMS (10,100,1000), BENCH_TOGGLES (M, 30), BENCH_IDLE (K, 5000), BENCH_OPEN_SECONDS (the most
# time spent opening them, 120), BENCH_IDLE_ROOM (people per idle room, 100), BENCH_HOLD (seconds, 30),
# BENCH_FILL_SECONDS (the most time spent filling one room of step 1, 90), BENCH_PING_SECONDS (10), BENCH_PING_CONCURRENCY (16), BENCH_RACE (sockets that say hello at once, 200),
# BENCH_HELLO_DELAY_MS (the other sockets' wait before their hello, 50), BENCH_IDLE_SLOPE_FROM (1000),
# BENCH_REPEAT (3), BENCH_JAVA_OPTS
# (-Xms512m -Xmx2g -XX:+UseG1GC), BENCH_MAX_CONNECTIONS (atrium.http.max-connections, 10000).
# Usage: bootstrap/bench/signaling.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=bootstrap/target/atrium.jar
[ -f "$jar" ] || { echo "build the service first: mvn -B -o -q -pl bootstrap -am package -DskipTests" >&2; exit 1; }
command -v jcmd >/dev/null || { echo "jcmd (from the JDK) is needed to read the heap" >&2; exit 1; }
deps=bootstrap/target/bench-node
if [ ! -f "$deps/node_modules/ws/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$deps" ws@8.23.0 >/dev/null
fi
export BENCH_DEPS="$PWD/$deps"

# Every socket is a file descriptor on both ends (the client runs on this machine too).
ulimit -n "$(ulimit -Hn)"
echo "== file descriptor limit $(ulimit -n)"

port=${BENCH_PORT:-18184}
java_opts=${BENCH_JAVA_OPTS:--Xms512m -Xmx2g -XX:+UseG1GC}
max_connections=${BENCH_MAX_CONNECTIONS:-10000}
work=$(mktemp -d)
key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')

# Defaults everywhere else (presence grace 20 s, so an open socket refreshes its session every 10 s).
# shellcheck disable=SC2086
ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret MICRONAUT_SERVER_PORT=$port \
ATRIUM_DB_URL="jdbc:h2:file:$work/atrium" ATRIUM_DATA_DIR="$work" ATRIUM_HTTP_MAX_CONNECTIONS=$max_connections \
  java $java_opts -jar "$jar" > "$work/service.log" 2>&1 &
service=$!
finish() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  cp "$work/service.log" bootstrap/target/signaling-service.log 2>/dev/null || true
  rm -rf "$work"
}
trap finish EXIT

for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
echo "== service pid $service: java $java_opts, atrium.http.max-connections $max_connections (log: bootstrap/target/signaling-service.log)"
node bootstrap/bench/signaling.mjs "http://127.0.0.1:$port" "$key_id:$secret" "$service"
echo "== service log: $(grep -c ' WARN ' "$work/service.log" || true) WARN, $(grep -c ' ERROR ' "$work/service.log" || true) ERROR lines"
