#!/usr/bin/env bash
# One command from a fresh clone to every test: installs what is missing (Node 24, packages,
# Chromium), builds the site, checks provenance, then runs all vitest projects (unit, built
# HTML, browser) and prints a plain "N passed, N failed" line.
source "$(dirname "$0")/env.sh"
ensure_chromium
SOURCES="$ROOT/data/sources"
mkdir -p out
status=0
extra=0   # failures outside vitest (provenance, typecheck), counted in the closing line
npm run build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
npm run -s check:sources -- "$SOURCES" || { status=1; extra=$((extra + 1)); }
npx tsc --noEmit -p . || { echo "typecheck failed"; status=1; extra=$((extra + 1)); }
npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json || status=1
node -e '
  const r = require("./out/vitest.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + Number(process.argv[1])} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$extra"
exit $status
