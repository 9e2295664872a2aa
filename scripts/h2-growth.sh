#!/usr/bin/env bash
# The embedded default's file against its data (issue 27): starts the packaged H2 build on a fresh
# data folder, registers claims through POST /claims with wrk (4 connections) for DURATION, stops
# the service as an operator would (SIGTERM), and compares the file with a compacted copy of it
# (H2's SHUTDOWN COMPACT on the copy). Prints claims registered, the rate, both sizes and their
# ratio. Touches only 127.0.0.1 and target/h2-growth; stops by itself.
#
# Settings: DURATION (120s), CONNECTIONS (4), PORT (8185), APP (a packaged H2 quarkus-app folder;
# default: target/quarkus-app, built when missing), EXTRA_URL (appended to the JDBC URL, to try settings).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh

DURATION=${DURATION:-120s}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-8185}
APP=${APP:-target/quarkus-app}
WORK=target/h2-growth
BASE=http://127.0.0.1:$PORT
ADMIN_KEY=growth-admin-key-$$-0123456789abcdefghijklmn
ensure_wrk
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -q -B -ntp package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK/data"
DB_URL="jdbc:h2:file:$PWD/$WORK/data/credence;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0${EXTRA_URL:-}"
if [ -z "${EXTRA_URL:-}" ]; then DB_URL=""; fi   # unset: the build's own default URL, under the work folder

trap stop_service EXIT
if [ -n "$DB_URL" ]; then export CREDENCE_DB_URL=$DB_URL; fi
start_embedded "$WORK"
echo "ready after $READY_MS ms; resident $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVICE_PID/status) / 1024 )) MB"
EDITOR_KEY=$(PORT=$PORT issue_key editor "Growth script $$")
printf 'claim_ids = {}\nsource_ids = {}\n' >"$WORK/ids.lua"
# The file's size every 15 s while the writes go on: it should level off, not grow with the data written.
( while kill -0 "$SERVICE_PID" 2>/dev/null; do sleep 15; echo "$(date +%T) $(( $(stat -c %s "$WORK/data/credence.mv.db") / 1024 )) KiB"; done ) \
  >"$WORK/sizes.txt" 2>/dev/null &
WORKLOAD=register API_KEY=$EDITOR_KEY IDS="$WORK/ids.lua" \
  wrk -t 2 -c "$CONNECTIONS" -d "$DURATION" --latency -s scripts/load/workload.lua "$BASE" >"$WORK/wrk.txt"
claims=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
errors=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$WORK/wrk.txt")
[ -z "$errors" ] || { echo "$errors registrations failed"; exit 1; }
rate=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
file=$WORK/data/credence.mv.db
running=$(stat -c %s "$file")
stopping=$(date +%s%N)
stop_service
echo "stopped in $(( ($(date +%s%N) - stopping) / 1000000 )) ms"
size=$(stat -c %s "$file")
cp "$file" "$WORK/compacted.mv.db"
H2_JAR=$(ls "$APP"/lib/main/com.h2database.h2-*.jar)
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$PWD/$WORK/compacted;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
  -user sa -sql "SHUTDOWN COMPACT" >/dev/null
compacted=$(stat -c %s "$WORK/compacted.mv.db")
echo "registered $claims claims at $rate a second ($CONNECTIONS connections, $DURATION)"
echo "file every 15 s while writing: $(awk '{print $2}' "$WORK/sizes.txt" | paste -sd' ') KiB"
echo "file while running $((running / 1024)) KiB ($(awk -v a="$running" -v b="$compacted" 'BEGIN {printf "%.2f", a / b}') times compacted)"
echo "file after stop $((size / 1024)) KiB, compacted $((compacted / 1024)) KiB: $(awk -v a="$size" -v b="$compacted" 'BEGIN {printf "%.2f", a / b}') times"
