#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/io/credence/bench. Arguments go to JMH, e.g.
#   scripts/bench.sh EngineBenchmark            all sizes
#   scripts/bench.sh EngineBenchmark -p items=1000
# Benchmarks measure; they never gate CI. Quote figures with the machine they came from.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "$@"
