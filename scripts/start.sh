#!/usr/bin/env bash
# One command for the whole local system: install if needed, build the H5 app and the functions (when their
# sources changed), start the local CloudBase (seeded demo world, functions, H5 app) and print the URL.
# Extra flags go to the emulator:
#   npm start -- --fresh          wipe and reseed the data
#   npm start -- --export f.json  / --import f.json
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Each build is skipped when nothing it reads changed since the last one (scripts/build-if-changed.ts).
npx tsx scripts/build-if-changed.ts dist/functions build:functions
npx tsx scripts/build-if-changed.ts dist/h5 build:h5
echo "› the app: http://127.0.0.1:${PORT:-8787}/  (pick a demo persona on 我的)"
exec npx tsx emulator/cli.ts \
  --port "${PORT:-8787}" \
  --data-dir "${DATA_DIR:-.emulator-data}" \
  --functions dist/functions \
  --static dist/h5 \
  --seed emulator/seed \
  --contracts dist/functions/contracts.json \
  --collections dist/functions/collections.json \
  "$@"
