#!/usr/bin/env bash
# Trains the claim-matching reranker from CLEF2020-CheckThat! Task 2 train tweets (../shared/data/
# claim-matching, or $CLAIM_MATCHING_DATA) and writes it with its model card into
# src/main/resources/models/ (docs/MATCHING.md). Deterministic: fixed seed, the same data gives the
# same weights. Takes about five minutes on 2 cores (embedding the 10,375 claims and their titles
# the first time; cached under target/matching-cache after that).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# A copy of the classes, so that a build running meanwhile cannot change them under the training.
rm -rf target/training-reranker && mkdir -p target/training-reranker && cp -r target/classes target/test-classes target/training-reranker/
exec java -Xmx4g -cp "target/training-reranker/test-classes:target/training-reranker/classes:$(cat target/test-classpath.txt)" \
  io.credence.matching.RerankerTraining src/main/resources/models
