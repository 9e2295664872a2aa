#!/usr/bin/env bash
# Trains the shipped sentence scorers from the shared data and writes them with their model cards
# into src/main/resources/models/ (docs/LANGUAGE.md). Deterministic: fixed seed, fixed split, the
# same data gives the same weights. Takes about ten minutes on 2 cores.
#   scripts/train-language-models.sh [uncertainty|checkworthiness|both] [shared data folder]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath target/training)
exec java -Xmx6g -cp "$CP" \
  io.credence.classify.ModelTraining "${1:-both}" "${2:-../shared/data}" src/main/resources/models
