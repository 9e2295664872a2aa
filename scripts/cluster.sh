#!/usr/bin/env bash
# Several instances behind a load balancer, run for real. Builds the service for PostgreSQL, starts
# INSTANCES (3; CI: 2) packaged instances on one local PostgreSQL database (credence_cluster), with the
# same keys, behind HAProxy (Debian's package, installed when missing) that routes by readiness, and a
# webhook receiver. Then writers register claims and wrk drives the mixed workload through HAProxy
# while, STEP seconds apart (15; CI: 10), instance 1 is killed with SIGKILL and started again, and
# instance 2 is stopped cleanly (SIGTERM) and started again. Afterwards:
#  - every claim the load balancer acknowledged (201) is there, asked of each instance directly;
#  - the error rate of writes and of wrk's requests, overall and while an instance was down;
#  - each acknowledged registration announced to the webhook under exactly one delivery id (a
#    delivery in flight when an instance is killed arrives again under its id: reported, not refused;
#    receivers drop ids they have seen);
#  - each instance's search finds the claims (SEARCH_SAMPLE of them, 150; "all" for every one);
#  - audit verification valid; no unexpected error (500) in any log.
# Prints its figures and writes them to target/cluster/summary.txt; exits non-zero on the first broken
# promise. Needs root or sudo for the package install only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/json.sh
PORT=8190   # scripts/lib/service.sh's build and key helpers talk to $PORT: the load balancer
source scripts/lib/service.sh

INSTANCES=${INSTANCES:-3}
STEP=${STEP:-15}
WRITERS=${WRITERS:-2}
SEARCH_SAMPLE=${SEARCH_SAMPLE:-150}
DB=${CLUSTER_DB:-credence_cluster}
WORK=target/cluster
BASE=http://127.0.0.1:$PORT
HOOK_PORT=8189
ADMIN_KEY=cluster-admin-key-$$-0123456789abcdefghijklmn
SECRETS_KEY=$(head -c 32 /dev/urandom | base64)
SIGNING_KEY=$(openssl genpkey -algorithm ed25519 -outform DER 2>/dev/null | base64 -w0)
mkdir -p "$WORK"
rm -rf "$WORK"/*.log "$WORK"/summary.txt "$WORK"/instance-* "$WORK"/stop-writers
PIDS=()
HAPROXY_PID=
RECEIVER_PID=

fail() { echo "CLUSTER TEST FAILED: $*"; exit 1; }
note() { echo "$*" | tee -a "$WORK/summary.txt"; }
instance_port() { echo $((8190 + $1)); }
cleanup() {
  touch "$WORK/stop-writers"
  for pid in "${PIDS[@]}" $HAPROXY_PID $RECEIVER_PID; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

ensure_haproxy() {
  command -v haproxy >/dev/null && return
  echo "== Installing haproxy"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy >/dev/null \
    || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy >/dev/null; }
}

# start_instance N: instance N on its own port and claim index, the cluster's keys, and waits for readiness.
start_instance() {
  local n=$1 port; port=$(instance_port "$1")
  mkdir -p "$WORK/instance-$n"
  CREDENCE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CREDENCE_DB_USER=credence CREDENCE_DB_PASSWORD=credence \
  CREDENCE_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
  CREDENCE_SECRETS_KEY=$SECRETS_KEY CREDENCE_AUDIT_SIGNING_KEY=$SIGNING_KEY \
  CREDENCE_DATA_DIR="$PWD/$WORK/instance-$n/data" CREDENCE_MATCHING_INDEX_DIR="$PWD/$WORK/instance-$n/claim-index" \
  CREDENCE_WEBHOOKS_ALLOW_PRIVATE=true CREDENCE_WEBHOOKS_LEASE=5s CREDENCE_MATCHING_BACKFILL_EVERY=off \
  CREDENCE_PUBLIC_BASE_URL=$BASE CREDENCE_CHECK_CHARACTERS_PER_KEY_MINUTE=2000000000 \
    java -Xmx512m -jar "$WORK/app/quarkus-run.jar" >>"$WORK/instance-$n.log" 2>&1 &
  PIDS[$n]=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return
    kill -0 "${PIDS[$n]}" 2>/dev/null || { tail -30 "$WORK/instance-$n.log"; fail "instance $n stopped at start"; }
    sleep 1
  done
  fail "instance $n did not become ready"
}

write_haproxy_config() {
  {
    echo "global"
    echo "  maxconn 4096"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 2s"
    echo "  timeout client 60s"
    echo "  timeout server 60s"
    # A request that could not be sent to an instance (refused connection) goes to another one; one
    # that was sent is never sent twice (a POST may have been applied).
    echo "  retries 3"
    echo "  option redispatch"
    echo "frontend credence"
    echo "  bind 127.0.0.1:$PORT"
    echo "  default_backend instances"
    echo "backend instances"
    echo "  balance roundrobin"
    echo "  option httpchk GET /q/health/ready"
    echo "  http-check expect status 200"
    for n in $(seq 1 "$INSTANCES"); do
      echo "  server i$n 127.0.0.1:$(instance_port "$n") check inter 1s fall 2 rise 2"
    done
  } >"$WORK/haproxy.cfg"
}

# A writer registers claims through the load balancer: "<status> <epoch ms> <claim id or ->" per request.
writer() {
  local name=$1 n=0 out id
  while [ ! -f "$WORK/stop-writers" ]; do
    n=$((n + 1))
    out=$(curl -s -m 30 -o "$WORK/body-$name" -w '%{http_code}' -X POST "$BASE/claims" -H "Authorization: Bearer $KEY" \
      -H 'Content-Type: application/json' \
      -d "{\"text\":\"Cluster run $name $n: the port of Ostrel handled $n thousand containers in $((2000 + n % 26))\"}" \
      || echo 000)
    id=$(first_id <"$WORK/body-$name" 2>/dev/null || true)
    echo "$out $(date +%s%3N) ${id:--}"
  done >>"$WORK/writes-$name.log"
}

ensure_haproxy
ensure_wrk
build_service
ensure_postgres
ensure_credence_role
recreate_database "$DB"
psql_credence "$DB" -c "select 1" >/dev/null

note "== $INSTANCES instances on one PostgreSQL behind HAProxy"
java scripts/cluster/Receiver.java "$HOOK_PORT" "$WORK/deliveries.log" &
RECEIVER_PID=$!
start_instance 1
for n in $(seq 2 "$INSTANCES"); do start_instance "$n"; done
write_haproxy_config
haproxy -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 1 30); do curl -fs -o /dev/null "$BASE/q/health/ready" && break; sleep 0.5; done

KEY=$(issue_key editor "Cluster editor $$")
AUDITOR=$(issue_key auditor "Cluster auditor $$")
curl -fs -o /dev/null -X POST "$BASE/webhooks" -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"events\":[\"claim.registered\"],\"secret\":\"cluster-test-secret-0123456789\"}" \
  || fail "the webhook subscription was refused"
# Seed: sources and claims for the mixed workload's reads and evidence.
SOURCES=()
for i in 1 2 3 4; do
  SOURCES+=("$(curl -fs -X POST "$BASE/sources" -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Cluster wire $$ $i\",\"kind\":\"OUTLET\",\"reliability\":\"B\"}" | first_id)")
done
{
  echo "claim_ids = {"
  for i in $(seq 1 50); do
    curl -fs -X POST "$BASE/claims" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      -d "{\"text\":\"Seeded cluster claim $i: the dam at Vantor holds $i million cubic metres\"}" \
      | first_id | sed 's/.*/"&",/'
  done
  echo "}"
  echo "source_ids = {"; printf '"%s",\n' "${SOURCES[@]}"; echo "}"
} >"$WORK/ids.lua"

started=$(date +%s%3N)
at() { echo $(( ($1 - started) / 1000 )); }
WRITER_PIDS=()
for i in $(seq 1 "$WRITERS"); do writer "w$i" & WRITER_PIDS+=($!); done
WORKLOAD=mixed API_KEY=$KEY IDS="$WORK/ids.lua" wrk -t 1 -c 4 -d 1h -s scripts/load/workload.lua "$BASE" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep "$STEP"
down1=$(date +%s%3N); kill -9 "${PIDS[1]}"; note "  instance 1 killed (SIGKILL) at $(at "$down1") s"
sleep 3
start_instance 1; up1=$(date +%s%3N); note "  instance 1 started again, ready at $(at "$up1") s"
sleep "$STEP"
down2=$(date +%s%3N); kill "${PIDS[2]}"; wait "${PIDS[2]}" 2>/dev/null || true; stopped2=$(date +%s%3N)
note "  instance 2 stopped cleanly (SIGTERM) at $(at "$down2") s; the stop took $(( stopped2 - down2 )) ms"
start_instance 2; up2=$(date +%s%3N); note "  instance 2 started again, ready at $(at "$up2") s"
sleep "$STEP"
touch "$WORK/stop-writers"; kill -INT "$WRK_PID"; wait "$WRK_PID" 2>/dev/null || true
wait "${WRITER_PIDS[@]}" 2>/dev/null || true
note "  load stopped at $(at "$(date +%s%3N)") s"

note "== Answers through the load balancer"
cat "$WORK"/writes-*.log >"$WORK/writes.log"
# Windows: from the kill (or the stop) until the load balancer has taken the instance back (rise: 2 s).
window() {
  awk -v a="$1" -v b="$2" -v what="$3" '$2 >= a && $2 <= b { n++; if ($1 != 201) bad++ }
    END { printf "  %s: %d writes, not 201: %d (%.2f %%)\n", what, n, bad, 100 * bad / (n ? n : 1) }' "$WORK/writes.log" \
    | tee -a "$WORK/summary.txt"
}
awk '{ n++; if ($1 != 201) bad++ } END { printf "  all writes: %d, not 201: %d (%.2f %%)\n", n, bad, 100 * bad / (n ? n : 1) }' \
  "$WORK/writes.log" | tee -a "$WORK/summary.txt"
window "$down1" $((up1 + 3000)) "instance 1 killed until back"
window "$down2" $((up2 + 3000)) "instance 2 stopped cleanly until back"
clean_errors=$(awk -v a="$down2" -v b=$((up2 + 3000)) '$2 >= a && $2 <= b && $1 != 201' "$WORK/writes.log" | wc -l)
note "  wrk mixed: $(grep -E 'requests in' "$WORK/wrk.txt" | xargs); $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | xargs || true)"
note "  statuses of writes: $(awk '{print $1}' "$WORK/writes.log" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
# A killed instance's requests in flight are cut (HAProxy answers 502: the client cannot know whether
# the write was applied); a clean stop must cut none.
awk '$1 != 201 && $1 != 502 && $1 != 503 && $1 != 000 {bad++} END {exit bad > 0}' "$WORK/writes.log" \
  || fail "writes answered other than 201, 502, 503 or a cut connection: $(awk '$1 != 201 && $1 != 502 && $1 != 503' "$WORK/writes.log" | head -3)"
[ "$clean_errors" = 0 ] || fail "$clean_errors writes failed around the clean stop"

note "== Every acknowledged write, on every instance"
awk '$1 == 201 {print $3}' "$WORK/writes.log" >"$WORK/acknowledged.txt"
acknowledged=$(wc -l <"$WORK/acknowledged.txt")
for n in $(seq 1 "$INSTANCES"); do
  missing=0
  while read -r id; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" "http://127.0.0.1:$(instance_port "$n")/claims/$id")" = 200 ] \
      || missing=$((missing + 1))
  done <"$WORK/acknowledged.txt"
  [ "$missing" = 0 ] || fail "instance $n: $missing of $acknowledged acknowledged claims missing"
done
note "  $acknowledged acknowledged claims present on each of the $INSTANCES instances"

note "== Webhook deliveries (claim.registered)"
for _ in $(seq 1 60); do
  delivered=$(awk '$2 == "claim.registered" {print $3}' "$WORK/deliveries.log" | sort -u | grep -cFxf "$WORK/acknowledged.txt" || true)
  [ "$delivered" -ge "$acknowledged" ] && break
  sleep 1
done
[ "$delivered" -ge "$acknowledged" ] || fail "only $delivered of $acknowledged acknowledged registrations announced"
ids_per_claim=$(awk '$2 == "claim.registered" {print $3, $1}' "$WORK/deliveries.log" | sort -u | awk '{print $1}' | uniq -d | wc -l)
[ "$ids_per_claim" = 0 ] || fail "$ids_per_claim claims announced under more than one delivery id"
again=$(awk '{print $1}' "$WORK/deliveries.log" | sort | uniq -d | wc -l)
note "  each of the $acknowledged announced under one delivery id; $again delivery ids arrived twice (sent when an instance was killed, before it recorded them)"

note "== Each instance's search finds the claims"
if [ "$SEARCH_SAMPLE" = all ]; then cp "$WORK/acknowledged.txt" "$WORK/sample.txt"; else shuf -n "$SEARCH_SAMPLE" "$WORK/acknowledged.txt" >"$WORK/sample.txt"; fi
sample=$(wc -l <"$WORK/sample.txt")
for n in $(seq 1 "$INSTANCES"); do
  base=http://127.0.0.1:$(instance_port "$n") lost=0
  while read -r id; do
    text=$(curl -fs -H "Authorization: Bearer $KEY" "$base/claims/$id" | grep -o '"text":"[^"]*"' | head -1 | cut -d'"' -f4)
    curl -fs -X POST "$base/claims/search" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      -d "{\"text\":\"$text\",\"limit\":3}" | grep -q "\"id\":\"$id\"" || lost=$((lost + 1))
  done <"$WORK/sample.txt"
  [ "$lost" = 0 ] || fail "instance $n: search did not find $lost of $sample claims"
done
note "  each instance's search finds each of $sample claims (of $acknowledged)"

note "== Catch-up: a claim registered on one instance, found by the others' search"
: >"$WORK/catch-up.txt"
for i in $(seq 1 10); do
  text="Catch-up probe $$ $i: the ferry from Kelvara to Ostrel carried $((i * 37)) cars on its first day"
  from=$(( (i % INSTANCES) + 1 )) to=$(( ((i + 1) % INSTANCES) + 1 ))
  t0=$(date +%s%3N)
  id=$(curl -fs -X POST "http://127.0.0.1:$(instance_port "$from")/claims" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' -d "{\"text\":\"$text\"}" | first_id)
  until curl -fs -X POST "http://127.0.0.1:$(instance_port "$to")/claims/search" -H "Authorization: Bearer $KEY" \
      -H 'Content-Type: application/json' -d "{\"text\":\"$text\",\"limit\":3}" | grep -q "\"id\":\"$id\""; do
    [ $(( $(date +%s%3N) - t0 )) -lt 60000 ] || fail "claim $id registered on instance $from not found on instance $to in 60 s"
    sleep 0.1
  done
  echo $(( $(date +%s%3N) - t0 )) >>"$WORK/catch-up.txt"
done
note "  found after (ms, 10 probes): median $(sort -n "$WORK/catch-up.txt" | sed -n 5p), max $(sort -n "$WORK/catch-up.txt" | tail -1)"

curl -fs -H "Authorization: Bearer $AUDITOR" "$BASE/audit/verification" | grep -q '"valid":true' \
  || fail "audit verification: $(curl -s -H "Authorization: Bearer $AUDITOR" "$BASE/audit/verification")"
errors=$(cat "$WORK"/instance-*.log | grep -c "Unexpected error" || true)
[ "$errors" = 0 ] || fail "$errors unexpected errors (500) in the instances' logs"
note "  audit verification valid; no unexpected error in any log"
