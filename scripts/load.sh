#!/usr/bin/env bash
# Load measurement: builds the packaged service for PostgreSQL, starts it on 127.0.0.1 against the
# local PostgreSQL (database credence_load), seeds 1,000 sources and 100,000 claims with evidence,
# then drives it with wrk: the mixed workload, each of its four requests alone, and the trivial
# /q/health/live with the same settings; prints requests/s, p50 and p99 for each, each throughput as
# a ratio of the trivial endpoint's, and the service's own CPU time per request (microseconds, from
# /proc: steadier than a rate on a shared machine). Stops by itself and stops the service.
#
# Settings (environment): DURATION per run (30s), WARMUP (120s of the mixed workload first: after
# 40 s the compilers still took a fifth of a read's CPU, and reads ran at half their steady rate),
# CONNECTIONS (64), THREADS (2), PORT (8181),
# SOURCES (1000), CLAIMS (100000), RESEED=1 to seed again although the database has the data,
# SKIP_BUILD=1 to use the last build in target/load/app, WORKLOADS (live mixed read list evidence
# analyze; also register, search and check: the newsroom's heavy calls, best with fewer CONNECTIONS,
# each warmed up alone for WARMUP_HEAVY (30s) before it is measured, as evidence is; and import: a
# schema.org DataFeed of 1,000 new ClaimReviews posted to /claim-reviews/import, one import at a time,
# IMPORTS (3) times after one that warms up), INDEXED=1 to
# embed every seeded claim (the matching backfill) before measuring, so that search and /check search an indexed database
# (seeded claims have no vectors; the embedded claims stay in the database for later runs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORKLOADS=${WORKLOADS:-live mixed read list evidence analyze}
WARMUP=${WARMUP:-120s}
WARMUP_HEAVY=${WARMUP_HEAVY:-30s}
case " $WORKLOADS " in *" live "*) ;; *) WORKLOADS="live $WORKLOADS" ;; esac   # every ratio is to live
PORT=${PORT:-8181}
SOURCES=${SOURCES:-1000}
CLAIMS=${CLAIMS:-100000}
DB=${LOAD_DB:-credence_load}
WORK=target/load
BASE=http://127.0.0.1:$PORT
ADMIN_KEY=load-admin-key-$$-0123456789abcdefghijklmn
mkdir -p "$WORK"
: >"$WORK/service.log"
rm -f "$WORK"/pgbench-*.txt "$WORK"/import-*   # the summary reads only what this run measured

ensure_wrk

build_service
ensure_postgres
ensure_credence_role
trap stop_service EXIT
if [ "${RESEED:-0}" = 1 ] || [ "$(seeded_claims "$DB")" != "$CLAIMS" ]; then
  seed_database "$DB" "$SOURCES" "$CLAIMS"
fi

echo "== Starting the service (seeded claims are assessed in the background on first start)"
started=$(date +%s)
if [ "${INDEXED:-0}" = 1 ]; then export CREDENCE_MATCHING_BACKFILL_EVERY=1s; fi
start_service "$DB"
echo "ready after $(( $(date +%s) - started )) s"
await_jobs
if [ "${INDEXED:-0}" = 1 ]; then
  waited=0
  until [ "$(psql_admin -d "$DB" -c "select count(*) >= (select count(*) from claim) from claim_vector")" = t ]; do
    sleep 2; waited=$((waited + 2))
  done
  echo "every claim embedded and indexed (waited ${waited} s)"
fi
# The job rewrote every seeded claim; measure on a vacuumed database with fresh statistics.
psql_credence "$DB" -c "vacuum analyze claim, evidence, claim_vector, audit_chain"

EDITOR_KEY=$(issue_key editor "Load script $(date +%s%N)")
write_ids "$DB" "$WORK/ids.lua"

run() {
  local workload=$1 duration=$2 out="$WORK/wrk-$1.txt" before
  before=$(cpu_ticks_of "$SERVICE_PID")
  WORKLOAD=$workload API_KEY=$EDITOR_KEY IDS="$WORK/ids.lua" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --latency -s scripts/load/workload.lua "$BASE" >"$out"
  echo $(( $(cpu_ticks_of "$SERVICE_PID") - before )) >"$WORK/ticks-$workload.txt"
}

# Microseconds of the service's CPU per request of the workload's last run.
cpu_per_request() {
  local requests
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$1.txt")
  awk -v t="$(cat "$WORK/ticks-$1.txt")" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.0f", t / hz * 1e6 / n}'
}

# POST /claim-reviews/import of a feed of 1,000 reviews no run sent before (scripts/load/claim-reviews.py),
# one import at a time: the first warms up, the next IMPORTS are timed. Each writes "<ms> <cpu ticks>" to
# $WORK/import-runs.txt and its report (counts of what it did) to $WORK/import-report-<n>.json.
IMPORTS=${IMPORTS:-3}
run_import() {
  local n feed="$WORK/import-feed.json" before started
  : >"$WORK/import-runs.txt"
  for n in $(seq 0 "$IMPORTS"); do
    python3 scripts/load/claim-reviews.py 1000 "load-$$-$(date +%s%N)" >"$feed"
    before=$(cpu_ticks_of "$SERVICE_PID")
    started=$(date +%s%N)
    curl -fsS -o "$WORK/import-report-$n.json" -X POST "$BASE/claim-reviews/import" \
      -H "Authorization: Bearer $EDITOR_KEY" -H 'Content-Type: application/ld+json' --data-binary @"$feed"
    if [ "$n" -gt 0 ]; then
      echo "$(( ($(date +%s%N) - started) / 1000000 )) $(( $(cpu_ticks_of "$SERVICE_PID") - before ))" >>"$WORK/import-runs.txt"
    fi
  done
}

echo "== Warming up (mixed workload, $WARMUP)"
run mixed "$WARMUP"
echo "== Measuring: $DURATION per run, $CONNECTIONS connections, $THREADS wrk threads"
for workload in $WORKLOADS; do
  # The mixed warm-up does not reach the heavy calls' code (Lucene's write path, the model), which the
  # JIT compiles for a minute once it runs: measured cold, they report the compiler, not the service.
  # Evidence is a tenth of the mix, so how warm it was depended on how fast the reads around it were
  # (faster reads once made evidence look a third faster: docs/PERFORMANCE.md); it is warmed alone too.
  case $workload in register|search|check|evidence) run "$workload" "$WARMUP_HEAVY" ;; esac
  if [ "$workload" = import ]; then run_import; else run "$workload" "$DURATION"; fi
done

# The database's own limit for the statements a database-bound workload sends (scripts/load/<name>.sql,
# captured from PostgreSQL's statement log), same clients, same database, same minute.
# The service keeps its pool open meanwhile, so pgbench takes at most the connections PostgreSQL has left.
# A script may carry a weight (name.sql@70): the mixed workload's replay draws each transaction from
# its requests' scripts in the mix's proportions.
pgbench_lines=()
pgbench_of() {
  local workload=$1 scripts=$2 what=$3
  local free clients tps rps script files=()
  for script in $scripts; do files+=(-f "scripts/load/$script"); done
  free=$(psql_admin -c "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
                               - (select count(*) from pg_stat_activity where backend_type = 'client backend') - 2")
  clients=$(( CONNECTIONS < free ? CONNECTIONS : free ))
  PGPASSWORD=credence pgbench -h "$PGHOST" -p "$PGPORT" -U credence -n -M prepared -c "$clients" -j "$THREADS" \
    -T "${DURATION%s}" -D claims="$CLAIMS" -D sources="$SOURCES" "${files[@]}" "$DB" >"$WORK/pgbench-$workload.txt"
  tps=$(awk '/^tps = / {print $3}' "$WORK/pgbench-$workload.txt")
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk-$workload.txt")
  pgbench_lines+=("$(printf 'pgbench of %s (%s clients): %.0f tps; %s / pgbench %.2f' "$what" "$clients" "$tps" "$workload" \
    "$(awk -v a="$rps" -v b="$tps" 'BEGIN {print a / b}')")")
}
case " $WORKLOADS " in *" read "*) pgbench_of read read-claim.sql "the read's statement" ;; esac
case " $WORKLOADS " in *" evidence "*) pgbench_of evidence add-evidence.sql "adding evidence's transaction" ;; esac
case " $WORKLOADS " in *" list "*) pgbench_of list list-claims.sql "a listing's statements" ;; esac
case " $WORKLOADS " in *" mixed "*)
  pgbench_of mixed "read-claim.sql@70 list-claims.sql@15 add-evidence.sql@10 analyze.sql@5" "the mix's statements" ;;
esac
live_rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk-live.txt")
{
  echo "Machine: $(nproc) cores, $(awk '/model name/ {$1=$2=$3=""; print; exit}' /proc/cpuinfo | xargs), $(java -version 2>&1 | head -1)"
  echo "Data: $SOURCES sources, $CLAIMS claims; $DURATION per run, $CONNECTIONS connections, $THREADS wrk threads"
  printf '%-9s %10s %8s %9s %9s %8s %12s\n' workload "req/s" "ratio" "p50 ms" "p99 ms" errors "cpu us/req"
  for workload in $WORKLOADS; do
    [ "$workload" = import ] && continue
    out="$WORK/wrk-$workload.txt"
    rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
    errors=$(awk '/Non-2xx or 3xx responses/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$out")
    printf '%-9s %10.0f %8.2f %9s %9s %8s %12s\n' "$workload" "$rps" "$(awk -v a="$rps" -v b="$live_rps" 'BEGIN {print a / b}')" \
      "$(percentile 50% "$out")" "$(percentile 99% "$out")" "$errors" "$(cpu_per_request "$workload")"
  done
  for line in "${pgbench_lines[@]}"; do echo "$line"; done
  if [ -s "$WORK/import-runs.txt" ]; then
    # The median import; a review costs about a registration (each embeds one claim), so its rate is
    # set beside the register workload's when that ran too.
    sort -n "$WORK/import-runs.txt" | awk -v hz="$(getconf CLK_TCK)" '{ms[NR] = $1; ticks[NR] = $2}
      END {m = int((NR + 1) / 2); printf "import of 1,000 ClaimReviews (median of %d): %.1f s, %.0f reviews/s, %.0f cpu us/review\n",
           NR, ms[m] / 1000, 1000 / (ms[m] / 1000), ticks[m] / hz * 1e6 / 1000}'
    sed -E 's/"problems".*//' "$WORK/import-report-$IMPORTS.json"; echo
  fi
  # The database's own limit against the trivial endpoint: a workload's ratio to live cannot exceed it.
  if [ -f "$WORK/pgbench-mixed.txt" ]; then
    printf 'pgbench of the mix / live: %.2f\n' "$(awk -v a="$(awk '/^tps = / {print $3}' "$WORK/pgbench-mixed.txt")" -v b="$live_rps" 'BEGIN {print a / b}')"
  fi
} | tee "$WORK/summary.txt"
