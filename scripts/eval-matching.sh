#!/usr/bin/env bash
# MAP@5 of claim matching on CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching, or
# $CLAIM_MATCHING_DATA). Tune on train, report on dev (docs/MATCHING.md).
#   scripts/eval-matching.sh --offline [--tune]   the ranker in process, no HTTP
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  io.credence.matching.MatchingEvaluation "$@"
