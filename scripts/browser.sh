#!/usr/bin/env bash
# Installs what the console's browser tests use (ConsoleJourneyTest): Debian's Chromium and its
# chromedriver, at /usr/bin/chromium and /usr/bin/chromedriver (when they are not there yet), and the
# npm packages of package.json (axe-core, the accessibility audit injected into each page), exactly
# as package-lock.json pins them. Nothing is downloaded by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
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
