#!/usr/bin/env bash
# Installs exactly the locked npm packages (npm ci) when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm packages (first run takes a few minutes)…"
  npm ci --no-audit --no-fund
fi
