#!/usr/bin/env bash
# The service's CPU time per request of one workload, for builds measured one after the other on the
# database scripts/load.sh seeded: each build (a quarkus-app folder built for PostgreSQL) is started on
# credence_load, warmed up with the workload, then driven for DURATION with CONNECTIONS; the service's
# user+system CPU time (/proc/<pid>/stat) over that run is divided by the requests wrk counted. Less
# moved by a noisy machine than latency: name the builds in alternation (A B A B) and compare rows.
#   scripts/cpu-per-request.sh target/load/app /tmp/other-app ...
# Settings: WORKLOAD (check), WARMUP (40s), DURATION (30s), CONNECTIONS (1), PORT (8181),
# INDEX: load (default) starts each build on a copy of the claim index as scripts/load.sh left it;
# rebuild starts it with none, so that the keeper rebuilds (and merges) it from the database, and waits
# REBUILD_WAIT (60 s) before measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh
WORKLOAD=${WORKLOAD:-check}
WARMUP=${WARMUP:-40s}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-1}
PORT=${PORT:-8181}
DB=${LOAD_DB:-credence_load}
WORK=target/cpu-per-request
BASE=http://127.0.0.1:$PORT
ADMIN_KEY=load-admin-key-$$-0123456789abcdefghijklmn
[ -f target/load/ids.lua ] || { echo "run scripts/load.sh once first (it seeds and writes target/load/ids.lua)"; exit 1; }
mkdir -p "$WORK"
ensure_wrk
trap stop_service EXIT
printf '%-40s %9s %14s %9s %9s\n' build requests "CPU ms/req" "p50 ms" "p99 ms"
for app in "$@"; do
  rm -rf "$WORK/app" && cp -r "$app" "$WORK/app"
  rm -rf "$WORK/claim-index"
  if [ "${INDEX:-load}" = load ]; then cp -r target/load/claim-index "$WORK/claim-index"; fi
  : >"$WORK/service.log"
  start_service "$DB" >/dev/null
  if [ "${INDEX:-load}" = rebuild ]; then sleep "${REBUILD_WAIT:-60}"; fi
  key=$(issue_key editor "cpu-per-request $(date +%s%N)")
  WORKLOAD=$WORKLOAD API_KEY=$key IDS=target/load/ids.lua \
    wrk -t1 -c "$CONNECTIONS" -d "$WARMUP" -s scripts/load/workload.lua "$BASE" >/dev/null
  before=$(cpu_ticks_of "$SERVICE_PID")
  WORKLOAD=$WORKLOAD API_KEY=$key IDS=target/load/ids.lua \
    wrk -t1 -c "$CONNECTIONS" -d "$DURATION" --latency -s scripts/load/workload.lua "$BASE" >"$WORK/wrk.txt"
  after=$(cpu_ticks_of "$SERVICE_PID")
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  ticks_per_second=$(getconf CLK_TCK)
  printf '%-40s %9s %14.1f %9s %9s\n' "$app" "$requests" \
    "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" 'BEGIN {print t * 1000 / hz / n}')" \
    "$(percentile 50% "$WORK/wrk.txt")" "$(percentile 99% "$WORK/wrk.txt")"
  stop_service
done
