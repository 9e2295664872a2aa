#!/usr/bin/env bash
# Fault test, run by CI after the PostgreSQL suite. Builds the service for PostgreSQL and runs it on
# 127.0.0.1 against a database of its own (credence_fault), then:
#  1. Database outage under load: writers register claims and wrk reads them while PostgreSQL is
#     stopped and, after a while, started again. During the outage every request must be answered
#     quickly with 503 problem+json (no 500, no hanging request) and readiness must be DOWN; after
#     it the service must recover by itself.
#  2. SIGKILL during a burst of writes, then a restart on the same database.
# After each: every write the service acknowledged (201) is there, no claim is half-written (each
# has its registration event, its audit chain and its terms), and GET /audit/verification is valid.
# Needs root (pg_ctlcluster stops and starts the local cluster). Prints its figures and writes them
# to target/fault/summary.txt; exits non-zero on the first broken promise.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/json.sh
source scripts/lib/service.sh

PORT=${PORT:-8183}
DB=${FAULT_DB:-credence_fault}
WORK=target/fault
ADMIN_KEY=fault-admin-key-$$-0123456789abcdefghijklmn
BASE=http://127.0.0.1:$PORT
OUTAGE_SECONDS=${OUTAGE_SECONDS:-15}
WRITERS=${WRITERS:-4}
mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/summary.txt
: >"$WORK/service.log"

fail() { echo "FAULT TEST FAILED: $*"; tail -20 "$WORK/service.log"; exit 1; }
note() { echo "$*" | tee -a "$WORK/summary.txt"; }
pg_clusters() { ls /etc/postgresql; }
pg_stop() { for v in $(pg_clusters); do pg_ctlcluster --skip-systemctl-redirect "$v" main stop -m fast; done; }
cleanup() {
  touch "$WORK/stop-writers"
  stop_service
  ensure_postgres >/dev/null   # never leave the machine's database stopped
}
trap cleanup EXIT

ensure_wrk
build_service
ensure_postgres
ensure_credence_role
recreate_database "$DB"
start_service "$DB"
KEY=$(issue_key editor "Fault test")
AUDITOR=$(issue_key auditor "Fault test auditor")

# A writer registers claims one after another and logs "<status> <seconds> <claim id or ->" per request.
writer() {
  local name=$1 n=0 out
  while [ ! -f "$WORK/stop-writers" ]; do
    n=$((n + 1))
    out=$(curl -s -m 20 -D "$WORK/headers-$name" -o "$WORK/body-$name" -w '%{http_code} %{time_total}' \
      -X POST "$BASE/claims" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      -d "{\"text\":\"Fault test $name $n: the depot shipped $n tons of grain\",\"tags\":[\"fault\"]}" || echo "000 20")
    local id
    id=$(first_id <"$WORK/body-$name" 2>/dev/null || true)
    if [[ $out == 201* ]]; then echo "$out $id"; else
      echo "$out - $(grep -i '^content-type' "$WORK/headers-$name" | tr -d '\r' | cut -d' ' -f2)"; fi
  done >>"$WORK/writes-$name.log"
}
start_writers() { rm -f "$WORK/stop-writers"; for i in $(seq 1 "$WRITERS"); do writer "$1$i" & done; }
stop_writers() { touch "$WORK/stop-writers"; wait $(jobs -p | grep -v "^$SERVICE_PID$") 2>/dev/null || true; }

# Checks that every acknowledged claim is there and whole, and that the audit trail verifies.
check_acknowledged_writes() {
  local ids acknowledged missing
  ids=$(cat "$WORK"/writes-*.log | awk '$1 == 201 {print $3}')
  acknowledged=$(echo "$ids" | grep -c . || true)
  missing=0
  for id in $ids; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" "$BASE/claims/$id")" = 200 ] \
      || missing=$((missing + 1))
  done
  [ "$missing" = 0 ] || fail "$missing of $acknowledged acknowledged claims are missing"
  local half
  half=$(psql_admin -d "$DB" -c "select count(*) from claim c where
      not exists (select 1 from audit_event e where e.entity_id = c.id and e.action = 'claim.registered')
      or not exists (select 1 from audit_chain a where a.chain = 'claim:' || c.id)
      or not exists (select 1 from claim_vector v where v.claim_id = c.id)")
  [ "$half" = 0 ] || fail "$half claims are half-written"
  curl -fs -H "Authorization: Bearer $AUDITOR" "$BASE/audit/verification" | grep -q '"valid":true' \
    || fail "audit verification does not pass: $(curl -s -H "Authorization: Bearer $AUDITOR" "$BASE/audit/verification")"
  note "  $acknowledged acknowledged claims all present and whole; audit verification valid"
}

note "== 1. PostgreSQL stopped for ${OUTAGE_SECONDS} s under load"
echo "claim_ids = {}" >"$WORK/ids.lua"; echo "source_ids = {}" >>"$WORK/ids.lua"
start_writers outage
sleep 5
# Readers list claims by status through the outage.
(WORKLOAD=list API_KEY=$KEY IDS="$WORK/ids.lua" wrk -t 1 -c 16 -d $((OUTAGE_SECONDS + 20))s -s scripts/load/workload.lua \
  "$BASE" >"$WORK/wrk-outage.txt" 2>&1 || true) &
sleep 3
before_outage=$(cat "$WORK"/writes-*.log | awk '$1 == 201' | wc -l)
pg_stop
outage_started=$(date +%s)
sleep 2
ready=$(curl -s -m 10 -o "$WORK/ready.json" -w '%{http_code} %{time_total}' "$BASE/q/health/ready")
[[ $ready == 503* ]] && grep -q '"DOWN"' "$WORK/ready.json" || fail "readiness during the outage: $ready $(cat "$WORK/ready.json")"
note "  readiness during the outage: 503 DOWN in $(echo "$ready" | cut -d' ' -f2) s"
# A read during the outage must answer 503 problem+json with Retry-After; $1 names it in the summary.
expect_unavailable() {
  local label=$1 path=$2 name=$3 probe
  probe=$(curl -s -m 10 -D "$WORK/probe-$name-headers" -o "$WORK/probe-$name.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $KEY" "$BASE$path")
  grep -qi '^content-type: application/problem+json' "$WORK/probe-$name-headers" && [[ $probe == 503* ]] \
    || fail "GET $label during the outage: $probe $(cat "$WORK/probe-$name.json")"
  grep -qi '^retry-after:' "$WORK/probe-$name-headers" || fail "GET $label: 503 without Retry-After"
  note "  GET $label during the outage: 503 problem+json with Retry-After in $(echo "$probe" | cut -d' ' -f2) s"
}
expect_unavailable /claims "/claims?status=UNVERIFIED" list
# A claim's read goes through PostgreSQL's non-blocking client, not JDBC: the same promise.
expect_unavailable "/claims/{id}" "/claims/$(cat "$WORK"/writes-*.log | awk '$1 == 201 {print $3; exit}')" one
sleep $((OUTAGE_SECONDS - 2 - ($(date +%s) - outage_started) > 0 ? OUTAGE_SECONDS - 2 - ($(date +%s) - outage_started) : 0))
ensure_postgres >/dev/null
restarted=$(date +%s)
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$BASE/q/health/ready" && break
  sleep 1
done
curl -fs -o /dev/null "$BASE/q/health/ready" || fail "the service did not recover within 60 s of the restart"
note "  ready again $(( $(date +%s) - restarted )) s after PostgreSQL accepted connections, without a restart"
sleep 5
stop_writers
statuses=$(cat "$WORK"/writes-*.log | awk '{print $1}' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
note "  writes: $statuses(before the outage $before_outage acknowledged)"
cat "$WORK"/writes-*.log | awk '$1 != 201 && $1 != 503 {bad++} END {exit bad > 0}' \
  || fail "writes answered other than 201 or 503: $(cat "$WORK"/writes-*.log | awk '$1 != 201 && $1 != 503' | head -3)"
cat "$WORK"/writes-*.log | awk '$1 == 503 && $4 != "application/problem+json" {bad++} END {exit bad > 0}' \
  || fail "a 503 without problem+json"
slowest=$(cat "$WORK"/writes-*.log | awk '$1 == 503 {if ($2 > m) m = $2} END {print m + 0}')
awk -v s="$slowest" 'BEGIN {exit !(s < 6)}' || fail "a refused write took $slowest s"
note "  slowest 503 answer to a write: $slowest s (connection wait bound: 5 s)"
errors=$(grep -c "Unexpected error" "$WORK/service.log" || true)
[ "$errors" = 0 ] || fail "$errors unexpected errors (500) in the service log"
note "  reads under wrk: $(grep -E 'requests in' "$WORK/wrk-outage.txt" | xargs), $(grep -E 'Non-2xx' "$WORK/wrk-outage.txt" | xargs) (503s)"
check_acknowledged_writes

note "== 2. SIGKILL during a burst of writes"
rm -f "$WORK"/writes-*.log
start_writers burst
sleep 4
kill -9 "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=
stop_writers
note "  killed after $(cat "$WORK"/writes-*.log | awk '$1 == 201' | wc -l) acknowledged writes; $(cat "$WORK"/writes-*.log | awk '$1 != 201' | wc -l) requests cut off"
start_service "$DB"
check_acknowledged_writes
note "== Fault test passed"
