#!/usr/bin/env bash
# Makes sure a NATS server with JetStream listens on 127.0.0.1:4222 for the event stream's tests
# (StreamPublisherTest, StreamKillIT): when nothing answers there, installs Debian's nats-server if it
# is missing and starts it in the background, its store under ${NATS_STORE:-/tmp/credence-nats}.
set -euo pipefail

listening() { (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; }

if listening; then
  exit 0
fi
if ! command -v nats-server >/dev/null; then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq nats-server >/dev/null
fi
STORE=${NATS_STORE:-/tmp/credence-nats}
mkdir -p "$STORE"
nohup nats-server -a 127.0.0.1 -p 4222 -js -sd "$STORE" >"$STORE/nats-server.log" 2>&1 &
for _ in $(seq 1 50); do
  if listening; then
    echo "nats-server started on 127.0.0.1:4222 with JetStream (store $STORE)"
    exit 0
  fi
  sleep 0.2
done
echo "nats-server did not start; see $STORE/nats-server.log" >&2
exit 1
