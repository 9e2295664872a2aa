#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/io/credence/bench. Arguments go to JMH, e.g.
#   scripts/bench.sh EngineBenchmark            all sizes
#   scripts/bench.sh EngineBenchmark -p items=1000
# Benchmarks measure; they never gate CI. Quote figures with the machine they came from.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath)
exec java -cp "$CP" \
  org.openjdk.jmh.Main "$@"
