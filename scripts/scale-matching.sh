#!/usr/bin/env bash
# The claim index at scale, in process (docs/MATCHING.md): N claims (default 1,000,000) with vectors
# made from the CLEF2020 verified claims' (../shared/data/claim-matching) plus noise, built on disk
# under target/index-scale; prints build time, index size, heap, and ranking latency of the dev tweets.
#   scripts/scale-matching.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath)
exec java -Xmx4g -cp "$CP" \
  io.credence.matching.ClaimIndexScale "${1:-1000000}"
