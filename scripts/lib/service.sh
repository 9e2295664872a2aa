# Builds and runs the packaged service for PostgreSQL, for the measurement scripts (sourced, not
# run). Expects WORK (a folder under target/), PORT and ADMIN_KEY, and scripts/lib/postgres.sh.

# Builds the service for PostgreSQL into $WORK/app, unless SKIP_BUILD=1 reuses the last build.
build_service() {
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$WORK/app/quarkus-run.jar" ]; then
    echo "== Building the service for PostgreSQL"
    ./mvnw -q -B -ntp -Ppostgresql package -DskipTests
    rm -rf "$WORK/app" && cp -r target/quarkus-app "$WORK/app"
  fi
}

SERVICE_PID=
# Starts the service on 127.0.0.1:$PORT against database $1 and waits until it is ready. Seeded
# claims have no vectors; embedding them in the background would load the measured service, so the
# backfill is off unless CREDENCE_MATCHING_BACKFILL_EVERY says otherwise; so is the /check text
# budget per key (the check workload measures the service's cost, not the budget's refusals).
# $2: the build (a quarkus-app folder; $WORK/app by default). $3: a name, for an instance started
# beside another: its claim index and log are then $WORK/claim-index-<name> and $WORK/service-<name>.log.
start_service() {
  local db=$1 app=${2:-$WORK/app} suffix=${3:+-$3} base=http://127.0.0.1:$PORT
  local log="$WORK/service$suffix.log"
  if curl -s -o /dev/null "$base/q/health/live"; then
    echo "something already answers on port $PORT; stop it or choose another PORT"; exit 1
  fi
  CREDENCE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" CREDENCE_DB_USER=credence CREDENCE_DB_PASSWORD=credence \
  CREDENCE_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  CREDENCE_MATCHING_INDEX_DIR="$PWD/$WORK/claim-index$suffix" \
  CREDENCE_MATCHING_BACKFILL_EVERY=${CREDENCE_MATCHING_BACKFILL_EVERY:-off} \
  CREDENCE_CHECK_CHARACTERS_PER_KEY_MINUTE=${CREDENCE_CHECK_CHARACTERS_PER_KEY_MINUTE:-2000000000} \
    java -jar "$app/quarkus-run.jar" >>"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 3600); do
    if curl -fs "$base/q/health/ready" >/dev/null; then return; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$log"; echo "the service stopped"; exit 1; }
    sleep 1
  done
  echo "the service did not become ready"; exit 1
}

# Writes the ids wrk's workload script draws from (scripts/load/workload.lua): 5,000 of database $1's
# claims and all its sources, as Lua, to file $2.
write_ids() {
  local db=$1 file=$2
  {
    echo "claim_ids = {"
    psql_admin -d "$db" -c "select '\"' || id || '\",' from claim order by md5(id::text) limit 5000"
    echo "}"
    echo "source_ids = {"
    psql_admin -d "$db" -c "select '\"' || id || '\",' from source"
    echo "}"
  } >"$file"
}

# Starts the embedded-default build in folder $APP (a quarkus-app folder) from inside folder $1, so that
# its ./data (file, index, keys) lands there, on 127.0.0.1:$PORT, and waits until it is ready. Sets
# SERVICE_PID, and READY_MS to the milliseconds from launch to ready. A CREDENCE_DB_URL in the
# environment replaces the build's default database.
READY_MS=
start_embedded() {
  local dir=$1 jar started
  jar=$(cd "$APP" && pwd)/quarkus-run.jar
  started=$(date +%s%N)
  (cd "$dir" && CREDENCE_BOOTSTRAP_ADMIN_KEY=$ADMIN_KEY QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT     exec java -jar "$jar" >service.log 2>&1) &
  SERVICE_PID=$!
  until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$dir/service.log"; echo "the service stopped"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# Waits until no reassessment job is queued or running (after a seed, start-up queues one for
# every claim); prints how long it waited.
await_jobs() {
  local base=http://127.0.0.1:$PORT waited=0
  while curl -fs "$base/jobs?state=RUNNING&size=1" -H "Authorization: Bearer $ADMIN_KEY" | grep -q '"id"' \
     || curl -fs "$base/jobs?state=QUEUED&size=1" -H "Authorization: Bearer $ADMIN_KEY" | grep -q '"id"'; do
    sleep 2; waited=$((waited + 2))
  done
  echo "reassessment jobs done after ${waited} s"
}

# The CPU time (user + system, in clock ticks) process $1 has used so far: what a run cost the service
# itself, whatever else the machine was doing.
cpu_ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

# Creates database $1 with the service's schema (Flyway runs at start-up) and seeds it with
# scripts/load/seed.sql: $2 sources, $3 claims.
seed_database() {
  echo "== Seeding $2 sources and $3 claims into $1"
  recreate_database "$1"
  start_service "$1" && stop_service
  psql_credence "$1" -v sources="$2" -v claims="$3" -f scripts/load/seed.sql
}

# Installs wrk (Debian's package) when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "== Installing wrk"
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# A percentile of wrk's latency distribution (wrk --latency) in milliseconds: "    99%   12.34ms" -> 12.34
# percentile 99% wrk-output.txt
percentile() {
  awk -v p="$1" '$1 == p {
    v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
    if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000;
    printf "%.2f", v }' "$2"
}

# Issues an API key through the running service with the bootstrap admin key; prints the key.
# issue_key ROLE OWNER
issue_key() {
  curl -fs -X POST "http://127.0.0.1:$PORT/keys" -H "Authorization: Bearer $ADMIN_KEY" \
    -H 'Content-Type: application/json' -d "{\"owner\":\"$2\",\"role\":\"$1\"}" | sed -E 's/.*"key":"([^"]+)".*/\1/'
}

# How many seeded claims database $1 holds (0 when it does not exist).
seeded_claims() {
  psql_admin -d "$1" -c "select count(*) from claim where claimant like 'Seed claimant %'" 2>/dev/null || echo 0
}
