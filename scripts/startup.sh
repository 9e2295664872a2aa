#!/usr/bin/env bash
# Start-up and resident memory of the embedded default, as the README runs it (java -jar, no JVM
# flags) on an empty data folder: seconds from launch until /q/health/ready answers, and the resident
# set SETTLE seconds after that. Builds the package unless SKIP_BUILD=1 (then APP names a
# quarkus-app folder, target/quarkus-app by default). Alternate builds by calling it with another APP.
#
# Settings: ROUNDS (3), SETTLE (15), PORT (8186), APP.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/service.sh
ROUNDS=${ROUNDS:-3}
SETTLE=${SETTLE:-15}
PORT=${PORT:-8186}
APP=${APP:-target/quarkus-app}
WORK=target/startup
ADMIN_KEY=startup-script-admin-key-$$-0123456789abcdef
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp package -DskipTests
trap stop_service EXIT
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK" && mkdir -p "$WORK"
  start_embedded "$WORK"
  sleep "$SETTLE"
  rss_kb=$(ps -o rss= -p "$SERVICE_PID")
  printf 'round %d: ready in %.1f s, resident %d MB %d s after\n' "$round" "$(echo "$READY_MS / 1000" | bc -l)" \
    "$((rss_kb / 1024))" "$SETTLE"
  stop_service
done
