#!/usr/bin/env bash
# Takes the console's screenshots in docs/console/ (README, docs/CONSOLE.md) by running its browser
# journeys (ConsoleJourneyTest) with the screenshot folder pointed there; needs scripts/browser.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/browser.sh
./mvnw -B -ntp -q test -Dtest=ConsoleJourneyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcredence.console.screenshots="$PWD/docs/console" "$@"
ls -1 docs/console
