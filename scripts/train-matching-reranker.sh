#!/usr/bin/env bash
# Trains the claim-matching reranker from CLEF2020-CheckThat! Task 2 train tweets (../shared/data/
# claim-matching, or $CLAIM_MATCHING_DATA) and writes it with its model card into
# src/main/resources/models/ (docs/MATCHING.md). Deterministic: fixed seed, the same data gives the
# same weights. Takes about five minutes on 2 cores (embedding the 10,375 claims and their titles
# the first time; cached under target/matching-cache after that).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath target/training-reranker)
exec java -Xmx4g -cp "$CP" \
  io.credence.matching.RerankerTraining src/main/resources/models
