#!/usr/bin/env bash
# Sentence-level precision, recall and F1 of the rumour-language analyzer on a labelled file
# (label<TAB>text with a header line; default: the development set in ../shared/data/rumour/).
#   scripts/eval-language.sh [file.tsv]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath)
exec java -cp "$CP" \
  io.credence.language.LanguageEvaluation "$@"
