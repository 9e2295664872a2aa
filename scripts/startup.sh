#!/usr/bin/env bash
# Start-up and resident memory of the embedded default, as the README runs it (java -jar, no JVM
# flags) on an empty data folder: seconds from launch until /q/health/ready answers, and the resident
# set SETTLE seconds after that. Builds the package unless SKIP_BUILD=1 (then APP names a
# quarkus-app folder, target/quarkus-app by default). Alternate builds by calling it with another APP.
#
# Settings: ROUNDS (3), SETTLE (15), PORT (8186), APP.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
SETTLE=${SETTLE:-15}
PORT=${PORT:-8186}
APP=${APP:-target/quarkus-app}
WORK=target/startup
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp package -DskipTests
APP=$(cd "$APP" && pwd)
mkdir -p "$WORK"
cd "$WORK"
for round in $(seq 1 "$ROUNDS"); do
  rm -rf data
  started=$(date +%s%N)
  CREDENCE_BOOTSTRAP_ADMIN_KEY=startup-script-admin-key-0123456789abcdef QUARKUS_HTTP_PORT=$PORT \
    java -jar "$APP/quarkus-run.jar" >service.log 2>&1 &
  pid=$!
  until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $WORK/service.log"; exit 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep "$SETTLE"
  rss_kb=$(ps -o rss= -p "$pid")
  printf 'round %d: ready in %.1f s, resident %d MB %d s after\n' "$round" "$(echo "$ready_ms / 1000" | bc -l)" \
    "$((rss_kb / 1024))" "$SETTLE"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
