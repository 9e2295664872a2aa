#!/usr/bin/env bash
# Trains the pairwise similarity of claim matching (the probability that a text and a registered
# claim state the same claim, from the two alone) from CLEF2020-CheckThat! Task 2 train tweets
# (../shared/data/claim-matching, or $CLAIM_MATCHING_DATA) and writes it with its model card into
# src/main/resources/models/ (docs/MATCHING.md). Deterministic: fixed seed. Cross-validates on
# train, chooses the SAME threshold there, measures once on dev. Reads the shipped reranker for the
# order in which /check shows matches.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath target/training-pair)
exec java -Xmx4g -cp "$CP" \
  io.credence.matching.PairTraining "${1:-src/main/resources/models}"
