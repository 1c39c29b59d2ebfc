#!/usr/bin/env bash
# Every test: type-check, build what the tests execute (functions, H5, weapp), then one jest run over the
# domain, the local CloudBase, the functions through it, the weapp runtime and the H5 app in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "› type-check"; npm run --silent typecheck
echo "› build functions"; npm run --silent build:functions
echo "› build h5"; npm run --silent build:h5 > /tmp/yiwang-build-h5.log 2>&1 || { cat /tmp/yiwang-build-h5.log; exit 1; }
echo "› build weapp"; npm run --silent build:weapp > /tmp/yiwang-build-weapp.log 2>&1 || { cat /tmp/yiwang-build-weapp.log; exit 1; }
echo "› tests"
results=$(mktemp)
status=0
npx jest --ci --maxWorkers=2 --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed")).length;
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : "") + (broken ? `, ${broken} suite(s) failed outside any test` : ""));
' "$results" 2>/dev/null || echo "jest: no results written"
rm -f "$results"
exit "$status"
