#!/usr/bin/env bash
# MAP@5 of claim matching on CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching, or
# $CLAIM_MATCHING_DATA), docs/MATCHING.md. Tune on train, report on dev.
#   scripts/eval-matching.sh [dev|train]   the served path: a fresh packaged service on the embedded
#                                          H2, every verified claim registered through POST /claims,
#                                          each tweet ranked through POST /claims/search (timed)
#   scripts/eval-matching.sh --offline     the ranker in process: blend weights on train, the learned
#                                          reranker cross-validated on train, both on dev
# Environment: PORT (default 8185), SKIP_BUILD=1 reuses target/eval-matching/app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java.sh
CP=$(test_classpath)
if [ "${1:-}" = --offline ]; then
  exec java -cp "$CP" io.credence.matching.MatchingEvaluation
fi

SPLIT=${1:-dev}
PORT=${PORT:-8185}
WORK=target/eval-matching
ADMIN_KEY=eval-admin-key-$$-0123456789abcdefghijklmn
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$WORK/app/quarkus-run.jar" ]; then
  echo "== Building the service"
  ./mvnw -q -B -ntp package -DskipTests
  rm -rf "$WORK/app" && cp -r target/quarkus-app "$WORK/app"
fi
rm -rf "$WORK/data"
SERVICE_PID=
stop() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; }
trap stop EXIT
CREDENCE_DB_URL="jdbc:h2:file:$PWD/$WORK/data/credence;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
CREDENCE_MATCHING_INDEX_DIR="$PWD/$WORK/data/claim-index" CREDENCE_CHECK_CHARACTERS_PER_KEY_MINUTE=2000000000 \
CREDENCE_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  java -jar "$WORK/app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/q/health/ready" >/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
  sleep 1
done
EDITOR_KEY=$(curl -fs -X POST "$BASE/keys" -H "Authorization: Bearer $ADMIN_KEY" \
  -H 'Content-Type: application/json' -d '{"owner":"matching evaluation","role":"editor"}' \
  | sed -E 's/.*"key":"([^"]+)".*/\1/')
java -cp "$CP" io.credence.matching.HttpMatchingEvaluation "$BASE" "$EDITOR_KEY" "$SPLIT"
