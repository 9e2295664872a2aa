#!/usr/bin/env bash
# Writes the 10,373 Snopes claims of CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching, or
# $CLAIM_MATCHING_DATA) as a schema.org ClaimReview DataFeed, to import with POST /claim-reviews/import
# (docs/NEWSROOM.md). Review urls and ratings are made up: the data set has neither (SnopesFeed).
#   scripts/snopes-feed.sh [out.json]     default target/snopes-claimreview-feed.json
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${CLAIM_MATCHING_DATA:-../shared/data/claim-matching}
if [ ! -f "$DATA/verified_claims.docs.tsv" ]; then
  echo "No $DATA/verified_claims.docs.tsv: set CLAIM_MATCHING_DATA to the claim-matching data folder" >&2
  exit 2
fi
export CLAIM_MATCHING_DATA=$DATA
source scripts/lib/java.sh
CP=$(test_classpath)
exec java -cp "$CP" io.credence.claimreview.SnopesFeed "$@"
