#!/usr/bin/env bash
# JMH benchmark of join token signing and verification (HS256 and ES256) with the real codec.
# Usage: bootstrap/bench/jmh.sh                 (defaults: 1 fork, 3 warm-up and 5 measured iterations)
#        JMH_OPTS="-f 1 -wi 2 -i 3" bootstrap/bench/jmh.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -DskipTests install
mvn -q -pl bootstrap dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench-classpath.txt)" \
  org.openjdk.jmh.Main TokenCodecBenchmark ${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 3s}
