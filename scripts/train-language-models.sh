#!/usr/bin/env bash
# Trains the shipped sentence scorers from the shared data and writes them with their model cards
# into src/main/resources/models/ (docs/LANGUAGE.md). Deterministic: fixed seed, fixed split, the
# same data gives the same weights. Takes about ten minutes on 2 cores.
#   scripts/train-language-models.sh [uncertainty|checkworthiness|both] [shared data folder]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# A copy of the classes, so that a build running meanwhile cannot change them under the training.
rm -rf target/training && mkdir -p target/training && cp -r target/classes target/test-classes target/training/
exec java -Xmx6g -cp "target/training/test-classes:target/training/classes:$(cat target/test-classpath.txt)" \
  io.credence.classify.ModelTraining "${1:-both}" "${2:-../shared/data}" src/main/resources/models
