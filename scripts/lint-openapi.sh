#!/usr/bin/env bash
# Lints the committed OpenAPI spec with Spectral (npm package @stoplight/spectral-cli, installed
# under target/ when missing). Errors fail; warnings are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
SPECTRAL=target/spectral/node_modules/.bin/spectral
if [ ! -x "$SPECTRAL" ]; then
  mkdir -p target/spectral
  npm install --silent --no-audit --no-fund --prefix target/spectral @stoplight/spectral-cli@6 >/dev/null
fi
"$SPECTRAL" lint openapi/openapi.yaml --ruleset .spectral.yaml --fail-severity error --display-only-failures
