#!/usr/bin/env bash
# Installs what the console's browser tests drive (ConsoleJourneyTest): Debian's Chromium and its
# chromedriver, at /usr/bin/chromium and /usr/bin/chromedriver. Nothing is downloaded by the tests
# themselves. Does nothing when both are there already.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
