#!/usr/bin/env bash
# Soak test (issue 11): the packaged service writes and idles in turns with a pool that drops idle
# connections within seconds, and every answer must be below 500 and readiness UP throughout.
# On H2 2.4.240 the second round failed: the pool had closed the connection that ran the
# migrations, and with it every CHECK (… IN (…)) constraint (503 answers beside a ready service).
#
#   scripts/soak.sh [h2|postgresql]      # KIND, default h2
#
# Environment: DURATION (seconds of soaking, default 60), IDLE (seconds of idling between rounds,
# default 5), POOL_IDLE (the pool's idle-removal interval, default 2S), APP (a packaged
# quarkus-app folder of the right kind to use instead of building one), PORT (default 8184).
# SOAK_URL and SOAK_ADMIN_KEY soak a service that is already running (the README's run command,
# say) instead of starting one; the pool is then as that service was configured.
# Each run starts on a fresh database (H2: a new file under target/soak; PostgreSQL: credence_soak).
# Touches only 127.0.0.1; stops the service itself. Exits non-zero on the first 5xx.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/json.sh

KIND=${1:-h2}
DURATION=${DURATION:-60}
IDLE=${IDLE:-5}
POOL_IDLE=${POOL_IDLE:-2S}
PORT=${PORT:-8184}
WORK=target/soak/$KIND
BASE=${SOAK_URL:-http://127.0.0.1:$PORT}
ADMIN_KEY=${SOAK_ADMIN_KEY:-soak-admin-key-$$-0123456789abcdefghijklmn}
# A port nothing listens on: webhook deliveries fail and are retried, so the outbox keeps writing.
DEAD_RECEIVER=http://127.0.0.1:9/hook
mkdir -p "$WORK"
: >"$WORK/service.log"

SERVICE_PID=
stop() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; }
trap stop EXIT
# To stderr: a failure inside $(call …) must still be seen; set -e then ends the script.
fail() { { echo "SOAK FAILED ($KIND): $*"; tail -30 "$WORK/service.log"; } >&2; exit 1; }

start_service() {
  local profile db_url db_user db_password
  case $KIND in
    h2) profile=(); rm -rf "$WORK/data" "$WORK/claim-index"
        db_url="jdbc:h2:file:$PWD/$WORK/data/credence;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
        db_user=sa; db_password= ;;
    postgresql) profile=(-Ppostgresql); ensure_postgres; ensure_credence_role; recreate_database credence_soak
        db_url="jdbc:postgresql://$PGHOST:$PGPORT/credence_soak"; db_user=credence; db_password=credence ;;
    *) echo "usage: scripts/soak.sh [h2|postgresql]"; exit 2 ;;
  esac
  if [ -z "${APP:-}" ]; then
    echo "== Building the service ($KIND)"
    ./mvnw -q -B -ntp "${profile[@]}" package -DskipTests
    rm -rf "$WORK/app" && cp -r target/quarkus-app "$WORK/app"
    APP=$WORK/app
  fi
  CREDENCE_DB_URL=$db_url CREDENCE_DB_USER=$db_user CREDENCE_DB_PASSWORD=$db_password \
  CREDENCE_MATCHING_INDEX_DIR="$PWD/$WORK/claim-index" \
  CREDENCE_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY CREDENCE_WEBHOOKS_ALLOW_PRIVATE=true \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_MIN_SIZE=0 QUARKUS_DATASOURCE_JDBC_INITIAL_SIZE=0 \
  QUARKUS_DATASOURCE_JDBC_IDLE_REMOVAL_INTERVAL=$POOL_IDLE \
    java -jar "$APP/quarkus-run.jar" >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BASE/q/health/ready" >/dev/null && return
    kill -0 "$SERVICE_PID" 2>/dev/null || fail "the service stopped at start"
    sleep 1
  done
  fail "the service did not become ready"
}
[ -n "${SOAK_URL:-}" ] || start_service

# Calls run in subshells ($(call …)), so each one counts itself in a file.
: >"$WORK/requests"
# call METHOD PATH KEY [BODY]: prints the body; fails the soak on a 4xx, a 5xx or no answer.
call() {
  local out status
  out=$(curl -s -m 30 -w '\n%{http_code}' -X "$1" "$BASE$2" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' ${4:+-d "$4"}) || fail "no answer to $1 $2"
  status=${out##*$'\n'}
  echo "$status" >>"$WORK/requests"
  [ "$status" -lt 500 ] || fail "$1 $2 answered $status: ${out%$'\n'*}"
  [ "$status" -lt 400 ] || fail "$1 $2 refused a valid request with $status: ${out%$'\n'*}"
  printf '%s' "${out%$'\n'*}"
}

EDITOR=$(call POST /keys "$ADMIN_KEY" '{"owner":"Soak editor","role":"editor"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
# (Only on a service of its own: a service started elsewhere refuses loopback webhook targets.)
[ -n "${SOAK_URL:-}" ] || call POST /webhooks "$ADMIN_KEY" "{\"url\":\"$DEAD_RECEIVER\",\"events\":[\"claim.registered\",\"evidence.added\"],\"secret\":\"soak-secret-0123456789\"}" >/dev/null

# One round writes a row into every table that has a CHECK constraint: sources and their ratings,
# API keys, claims, evidence (stance, credibility), verdicts; the outbox writes webhook deliveries.
round() {
  local n=$1 source claim item etag
  source=$(call POST /sources "$ADMIN_KEY" "{\"name\":\"Soak wire $n\",\"kind\":\"AGENCY\",\"reliability\":\"B\"}" | first_id)
  call PUT "/sources/$source/reliability" "$ADMIN_KEY" '{"reliability":"C","rationale":"Soak re-rating"}' >/dev/null
  call POST /keys "$ADMIN_KEY" "{\"owner\":\"Soak CMS $n\",\"role\":\"cms\"}" >/dev/null
  claim=$(call POST /claims "$EDITOR" "{\"text\":\"Soak round $n: the port handled $n thousand containers\"}" | first_id)
  item=$(call POST "/claims/$claim/evidence" "$EDITOR" "{\"sourceId\":\"$source\",\"stance\":\"SUPPORTS\",\"credibility\":2}" | first_id)
  call POST "/claims/$claim/evidence" "$EDITOR" "{\"sourceId\":\"$source\",\"stance\":\"REFUTES\",\"credibility\":4}" >/dev/null
  call POST "/claims/$claim/evidence/$item/withdrawal" "$EDITOR" '{"reason":"Soak withdrawal"}' >/dev/null
  etag=$(curl -s -o /dev/null -D - "$BASE/claims/$claim" -H "Authorization: Bearer $EDITOR" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  out=$(curl -s -w '\n%{http_code}' -X PUT "$BASE/claims/$claim/verdict" -H "Authorization: Bearer $EDITOR" \
    -H "If-Match: $etag" -H 'Content-Type: application/json' -d '{"rating":2,"rationale":"Soak verdict"}')
  echo "${out##*$'\n'}" >>"$WORK/requests"
  [ "${out##*$'\n'}" = 200 ] || [ "${out##*$'\n'}" = 201 ] || fail "verdict answered ${out##*$'\n'}: ${out%$'\n'*}"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] || fail "readiness is not UP after round $n"
}

echo "== Soaking $KIND for ${DURATION}s: write, idle ${IDLE}s (pool drops idle connections after $POOL_IDLE), repeat"
deadline=$((SECONDS + DURATION)); rounds=0
while [ $SECONDS -lt $deadline ]; do
  rounds=$((rounds + 1))
  round "$rounds"
  sleep "$IDLE"
done
server_errors=$(grep -c 'Unexpected error\|Database unavailable' "$WORK/service.log" || true)
[ "$server_errors" = 0 ] || fail "$server_errors unexpected errors in the service log"
echo "soak $KIND: $rounds rounds, $(wc -l <"$WORK/requests") requests, 0 answers of 5xx, readiness UP after every round"
