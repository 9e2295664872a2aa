#!/usr/bin/env bash
# Background reassessment at scale (issue 13, rule 10): on a PostgreSQL database (credence_reassess)
# with 1,000,000 seeded claims (2.5 evidence items each), start the packaged service with a changed
# engine parameter and measure how long the reassessment job it queues takes to reassess every
# claim, while readiness is polled every second and must never be DOWN.
#
#   scripts/reassess.sh
#
# Settings (environment): CLAIMS (1000000), SOURCES (1000), RESEED=1, SKIP_BUILD=1, PORT (8185).
# The first run seeds the database and lets the service assess the seeded claims once (reported,
# not the figure); each run then flips credence.assessment.confirmed-from between 0.80 and 0.95,
# so every run reassesses after a real change. Touches only 127.0.0.1; stops the service itself.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh

CLAIMS=${CLAIMS:-1000000}
SOURCES=${SOURCES:-1000}
PORT=${PORT:-8185}
DB=${REASSESS_DB:-credence_reassess}
WORK=target/reassess
ADMIN_KEY=reassess-admin-key-$$-0123456789abcdefghijklmn
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"
: >"$WORK/service.log"

ensure_postgres
ensure_credence_role
trap stop_service EXIT
build_service
db() { psql_credence "$DB" -tA "$@"; }

if [ "${RESEED:-0}" = 1 ] || [ "$(seeded_claims "$DB")" != "$CLAIMS" ]; then
  seed_database "$DB" "$SOURCES" "$CLAIMS"
  echo "== First start on the seed: every claim assessed once in the background"
  start_service "$DB"
  await_jobs
  stop_service
  db -c "vacuum analyze claim, evidence, audit_chain, audit_event"
fi

if db -c "select parameters from engine_parameters order by version desc limit 1" | grep -q '"confirmedFrom":0.95'; then
  CONFIRMED=0.80
else
  CONFIRMED=0.95
fi
echo "== Starting with credence.assessment.confirmed-from=$CONFIRMED (a new parameters version)"
export CREDENCE_ASSESSMENT_CONFIRMED_FROM=$CONFIRMED
started=$SECONDS
start_service "$DB"
echo "ready $((SECONDS - started)) s after launch"
job=$(curl -fs "$BASE/jobs?size=1" -H "Authorization: Bearer $ADMIN_KEY" | sed -n 's/.*"items":\[{"id":"\([0-9a-f-]*\)".*/\1/p')
[ -n "$job" ] || { echo "no reassessment job was queued"; exit 1; }
polls=0; down=0
while true; do
  polls=$((polls + 1))
  [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] || down=$((down + 1))
  state=$(curl -fs "$BASE/jobs/$job" -H "Authorization: Bearer $ADMIN_KEY")
  case $state in *'"state":"DONE"'*) break ;; esac
  sleep 1
done
read -r seconds total changed <<<"$(db -F ' ' -c "select round(extract(epoch from finished_at - created_at)::numeric, 1), total, changed from reassessment_job where id = '$job'")"
echo "reassessed $total claims in $seconds s ($(awk -v n="$total" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') claims/s), $changed changed status"
echo "readiness polled $polls times during the job: $down answers other than 200"
[ "$down" = 0 ] || { echo "readiness went DOWN during reassessment"; exit 1; }
