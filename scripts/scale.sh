#!/usr/bin/env bash
# Scale measurement: a PostgreSQL database (credence_scale) with 1,000,000 seeded claims, the query
# plans (EXPLAIN ANALYZE) of the first page of GET /claims?status= and ?q=, and their latency under
# pgbench: the statements the service sends for one such request (Hibernate's SQL, from its log),
# from 4 clients for 30 s each; prints p50/p99 per listing. Writes target/scale/plans.txt.
#
# The service itself runs only to create the schema: on a million seeded claims its start-up would
# spend long reassessing them, and the listings read nothing it computes but the status, which
# scripts/scale/statuses.sql spreads. The service's own cost per listing is what scripts/load.sh
# measures.
#
# Settings (environment): CLAIMS (1000000), SOURCES (1000), CLIENTS (4), DURATION seconds (30),
# RESEED=1, SKIP_BUILD=1, PORT (8182).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh

CLAIMS=${CLAIMS:-1000000}
SOURCES=${SOURCES:-1000}
CLIENTS=${CLIENTS:-4}
DURATION=${DURATION:-30}
PORT=${PORT:-8182}
DB=${SCALE_DB:-credence_scale}
WORK=target/scale
ADMIN_KEY=scale-admin-key-$$-0123456789abcdefghijklmn
mkdir -p "$WORK"
: >"$WORK/service.log"

ensure_postgres
ensure_credence_role
trap stop_service EXIT
if [ "${RESEED:-0}" = 1 ] || [ "$(seeded_claims "$DB")" != "$CLAIMS" ]; then
  build_service
  seed_database "$DB" "$SOURCES" "$CLAIMS"
  psql_credence "$DB" -f scripts/scale/statuses.sql
fi
db() { psql_credence "$DB" -tA "$@"; }

COLUMNS=$(sed -n 's/^select \(c1_0\.id,[^ ]*\) from claim.*/\1/p' scripts/scale/list-by-status.pgbench | head -1)
explain() { # $1: title, $2: condition, $3: count limit + 1
  echo "### $1"
  echo '```'
  db -c "explain (analyze, buffers) select $COLUMNS from claim c1_0 where $2 order by c1_0.created_at desc, c1_0.id offset 0 rows fetch first 20 rows only"
  db -c "explain (analyze, buffers) select count(*) from (select 1 from claim c1_0 where $2 order by 1 fetch first $3 rows only) derived1_0(one)"
  echo '```'
}
{
  echo "Machine: $(nproc) cores, $(awk '/model name/ {$1=$2=$3=""; print; exit}' /proc/cpuinfo | xargs); $(db -c 'select version()' | cut -d, -f1)"
  echo "Data: $(db -c 'select count(*) from claim') claims; by status: $(db -c "select string_agg(status || ' ' || n, ', ' order by n desc) from (select status, count(*) n from claim group by 1) s")"
  explain "status=UNVERIFIED (55 % of claims)" "c1_0.status='UNVERIFIED'" 1001
  explain "status=CONFIRMED (0.5 %)" "c1_0.status='CONFIRMED'" 1001
  explain "q=moscow (1 claim in 12)" "lower(c1_0.text) like '%moscow%' escape '\\'" 21
  explain "q=grain in secret (1 in 80)" "lower(c1_0.text) like '%grain in secret%' escape '\\'" 21
  explain "q=' 417 ' (1 in 1,000)" "lower(c1_0.text) like '% 417 %' escape '\\'" 21
  explain "q=zeppelin (none)" "lower(c1_0.text) like '%zeppelin%' escape '\\'" 21
} >"$WORK/plans.txt"

# pgbench's per-transaction log: the third field is the latency in microseconds.
latency() { # $1: script name
  rm -f "$WORK/$1".[0-9]*
  # Prepared like pgjdbc's, planned per execution like the service's connections (application.properties).
  PGOPTIONS="-c plan_cache_mode=force_custom_plan" \
  pgbench -h "$PGHOST" -p "$PGPORT" -U credence -n -c "$CLIENTS" -j 2 -T "$DURATION" -M prepared \
    -f "scripts/scale/$1.pgbench" -l --log-prefix="$WORK/$1" "$DB" >"$WORK/$1.txt"
  cat "$WORK/$1".[0-9]* | awk '{print $3 / 1000}' | sort -n | awk -v name="$1" '
    { v[NR] = $1 } END { printf "%-16s %8d requests  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
      name, NR, v[int(NR * 0.5)], v[int(NR * 0.99)], v[NR] }'
}
{
  echo "pgbench: $CLIENTS clients, ${DURATION} s per listing, prepared statements, plan_cache_mode=force_custom_plan"
  latency list-by-status
  latency search-text
} | tee "$WORK/latency.txt"
echo "Query plans: $WORK/plans.txt"
