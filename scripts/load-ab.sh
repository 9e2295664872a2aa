#!/usr/bin/env bash
# Two builds side by side: starts build A and build B (quarkus-app folders) at once against the
# seeded load database (run scripts/load.sh once first), warms both up, then drives WORKLOAD and
# the trivial /q/health/live at each in turn, ROUNDS times, with short runs. This machine's speed
# moves by a factor of several within minutes, so a before/after measured minutes apart can show
# either build ahead; runs taken in turn see the same machine. Prints each round and each build's
# medians: requests/s, the ratio to its own live endpoint's, and its CPU time per request
# (microseconds, from /proc). scripts/cpu-per-request.sh measures builds one after the other, with
# the claim index of the load run (for the heavy calls); this one is for the light, many-connection
# workloads, whose rates move most with the machine.
#
# Usage: scripts/load-ab.sh A_APP_DIR B_APP_DIR
# Settings: WORKLOAD (read; any of scripts/load/workload.lua's), ROUNDS (6), DURATION (10s),
# WARMUP (60s of WORKLOAD per build), CONNECTIONS (64), THREADS (2), PORT_A (8181), PORT_B (8182).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/service.sh

A_APP=$(cd "${1:?build A: a quarkus-app folder}" && pwd)
B_APP=$(cd "${2:?build B: a quarkus-app folder}" && pwd)
WORKLOAD=${WORKLOAD:-read}
ROUNDS=${ROUNDS:-6}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DB=${LOAD_DB:-credence_load}
WORK=target/load-ab
ADMIN_KEY=load-admin-key-$$-0123456789abcdefghijklmn
mkdir -p "$WORK"
[ "$(seeded_claims "$DB")" != 0 ] || { echo "run scripts/load.sh first (it seeds $DB)"; exit 1; }

ensure_wrk
ensure_postgres
declare -A PID
stop_both() { for b in A B; do [ -z "${PID[$b]:-}" ] || kill "${PID[$b]}" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_both EXIT

port_of() { if [ "$1" = A ]; then echo "${PORT_A:-8181}"; else echo "${PORT_B:-8182}"; fi; }

for b in A B; do
  app=$A_APP; [ "$b" = B ] && app=$B_APP
  PORT=$(port_of $b)
  start_service "$DB" "$app" "$b"
  PID[$b]=$SERVICE_PID
done
PORT=$(port_of A)
await_jobs
EDITOR_KEY=$(issue_key editor "Load A/B $(date +%s%N)")
write_ids "$DB" "$WORK/ids.lua"

# run BUILD WORKLOAD DURATION: prints "requests/s cpu-us-per-request"
run() {
  local b=$1 workload=$2 duration=$3 before out="$WORK/wrk-$1-$2.txt"
  before=$(cpu_ticks_of "${PID[$b]}")
  WORKLOAD=$workload API_KEY=$EDITOR_KEY IDS="$WORK/ids.lua" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --latency -s scripts/load/workload.lua \
    "http://127.0.0.1:$(port_of "$b")" >"$out"
  awk -v t="$(( $(cpu_ticks_of "${PID[$b]}") - before ))" -v hz="$(getconf CLK_TCK)" \
    '/requests in/ {n = $1} /^Requests\/sec/ {r = $2} END {printf "%.0f %.0f\n", r, t / hz * 1e6 / n}' "$out"
}

echo "== Warming up both builds ($WORKLOAD, $WARMUP each, in turn)"
half=$(( ${WARMUP%s} / 2 ))s
for _ in 1 2; do for b in A B; do run "$b" "$WORKLOAD" "$half" >/dev/null; done; done

echo "== $ROUNDS rounds of $DURATION: live and $WORKLOAD at A, then at B ($CONNECTIONS connections)"
printf '%-6s %-5s %10s %10s %8s %14s %14s\n' round build "live/s" "$WORKLOAD/s" ratio "live us/req" "$WORKLOAD us/req"
: >"$WORK/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  # Alternate which build goes first, so that neither always runs right after the other.
  order="A B"; [ $((round % 2)) = 0 ] && order="B A"
  for b in $order; do
    read -r live_rps live_cpu <<<"$(run "$b" live "$DURATION")"
    read -r rps cpu <<<"$(run "$b" "$WORKLOAD" "$DURATION")"
    ratio=$(awk -v a="$rps" -v l="$live_rps" 'BEGIN {printf "%.3f", a / l}')
    echo "$b $live_rps $rps $ratio $live_cpu $cpu" >>"$WORK/rounds.txt"
    printf '%-6s %-5s %10s %10s %8s %14s %14s\n' "$round" "$b" "$live_rps" "$rps" "$ratio" "$live_cpu" "$cpu"
  done
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "== Medians"
printf '%-5s %10s %10s %8s %14s %14s\n' build "live/s" "$WORKLOAD/s" ratio "live us/req" "$WORKLOAD us/req"
for b in A B; do
  cols=()
  for c in 2 3 4 5 6; do cols+=("$(awk -v b="$b" -v c="$c" '$1 == b {print $c}' "$WORK/rounds.txt" | median)"); done
  printf '%-5s %10s %10s %8s %14s %14s\n' "$b" "${cols[@]}"
done
