#!/usr/bin/env bash
# Sentence-level precision, recall and F1 of the rumour-language analyzer on a labelled file
# (label<TAB>text with a header line; default: the development set in ../shared/data/rumour/).
#   scripts/eval-language.sh [file.tsv]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  io.credence.language.LanguageEvaluation "$@"
