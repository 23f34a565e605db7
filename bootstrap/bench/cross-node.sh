#!/usr/bin/env bash
# Event delivery across two nodes on one PostgreSQL (ADR 0017; docs/benchmarks.md, "Across nodes"), next to
# the single-node figure measured in the same run:
#   anchor: a room of N welcomed clients, every socket on node A;
#   split:  a room of N, half the sockets on node A and half on node B;
# in both one more participant on A raises and lowers the hand M times through A's REST API, and the
# delivery from the REST answer to every socket is timed (p50/p99 over (event, socket) pairs), with lost
# events and seq order checked; the split room is reported for A's sockets and B's apart. The two rooms
# are driven in turn BENCH_REPEAT times after one warm-up drive each; the medians count.
# Needs Node 20 and npm (ws@8.23.0 into bootstrap/target/bench-node, never committed), psql, PostgreSQL
# on 127.0.0.1:5432 (trust auth, database test, user postgres; BENCH_PG_* to change), and the built jar
# (mvn -B -o -q -pl bootstrap -am package -DskipTests). Both nodes use a fresh schema, dropped at the end.
# Last, the bare notification round trip (NotifyRoundTrip.java) for what a crossing costs at the least.
# Settings: BENCH_CLIENTS (N, 100), BENCH_TOGGLES (M, 30), BENCH_REPEAT (3), BENCH_FILL_SECONDS (90),
# BENCH_HELLO_DELAY_MS (50), BENCH_PORT (node A; node B is the next port, 18191),
# BENCH_JAVA_OPTS (-Xms256m -Xmx1g -XX:+UseG1GC), BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432),
# BENCH_PG_DB (test), BENCH_PG_USER (postgres).
# Usage: bootstrap/bench/cross-node.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=bootstrap/target/atrium.jar
[ -f "$jar" ] || { echo "build the service first: mvn -B -o -q -pl bootstrap -am package -DskipTests" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to make and drop the run's schema" >&2; exit 1; }
deps=bootstrap/target/bench-node
if [ ! -f "$deps/node_modules/ws/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$deps" ws@8.23.0 >/dev/null
fi
export BENCH_DEPS="$PWD/$deps"

pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_db=${BENCH_PG_DB:-test}
pg_user=${BENCH_PG_USER:-postgres}
schema="bench_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
sql() { PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" -c "$1"; }

port_a=${BENCH_PORT:-18191}
port_b=$((port_a + 1))
java_opts=${BENCH_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseG1GC}
work=$(mktemp -d)
key_id=bench-key
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
# Both nodes must sign and read the same join tokens and session credentials.
master_key=$(head -c 32 /dev/urandom | base64)
nodes=()
step=

finish() {
  [ -z "$step" ] || kill "$step" 2>/dev/null || true
  for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${nodes[@]}"; do wait "$pid" 2>/dev/null || true; done
  for node in a b; do cp "$work/node-$node.log" "bootstrap/target/cross-node-$node.log" 2>/dev/null || true; done
  sql "DROP SCHEMA IF EXISTS $schema CASCADE" || echo "could not drop schema $schema" >&2
  rm -rf "$work"
}
trap finish EXIT
trap 'exit 130' INT TERM

sql "CREATE SCHEMA $schema"
db_url="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema"

start_node() {
  local name=$1 port=$2
  mkdir -p "$work/$name"
  # shellcheck disable=SC2086
  ATRIUM_API_KEY_ID=$key_id ATRIUM_API_KEY_SECRET=$secret ATRIUM_MASTER_KEY=$master_key MICRONAUT_SERVER_PORT=$port \
  ATRIUM_DB_URL=$db_url ATRIUM_DB_USER=$pg_user ATRIUM_DATA_DIR="$work/$name" \
    java $java_opts -jar "$jar" > "$work/node-$name.log" 2>&1 &
  nodes+=($!)
}
# In the background and waited for, so a signal ends the run at once (bash holds its traps while a
# foreground command runs).
run_step() {
  "$@" &
  step=$!
  wait "$step"
  step=
}
healthy() {
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 0.5; done
  echo "the node on port $1 did not become healthy" >&2
  return 1
}

# One after the other: both would run the schema's Flyway migrations at once otherwise.
start_node a "$port_a"
healthy "$port_a"
start_node b "$port_b"
healthy "$port_b"
echo "== nodes A (pid ${nodes[0]}, port $port_a) and B (pid ${nodes[1]}, port $port_b): java $java_opts, schema $schema" \
  "(logs: bootstrap/target/cross-node-{a,b}.log)"
run_step node bootstrap/bench/cross-node.mjs "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$key_id:$secret"
# What the crossing costs at the least: a bare notification on its own channel (the nodes do not hear it),
# with the nodes' pgjdbc, while they idle.
echo "== bare NOTIFY round trip, $pg_host:$pg_port/$pg_db, one at a time"
run_step java -cp "$jar" bootstrap/bench/NotifyRoundTrip.java "$db_url" "$pg_user" "$schema" 500
for node in a b; do
  echo "== node $node log: $(grep -c ' WARN ' "$work/node-$node.log" || true) WARN, $(grep -c ' ERROR ' "$work/node-$node.log" || true) ERROR lines"
done
