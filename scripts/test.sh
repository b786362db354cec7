#!/usr/bin/env bash
# One command from a fresh clone to every test: installs what is missing (Node 24, packages,
# Chromium), builds the site, checks provenance and types, then runs all vitest projects (unit,
# components, built HTML, browser) after Biome's format and lint check and prints a plain "N passed, N failed" line in which "failed"
# counts everything that went wrong: failed tests, test files that failed to load or whose hooks
# failed, unhandled errors, and each failed step outside vitest (tests/reporters/closing-line.ts).
source "$(dirname "$0")/env.sh"
# In CI a missing browser is a failure, never a reason to skip: ensure_chromium installs it or
# says why it cannot, and the browser tests then fail loudly in their beforeAll.
ensure_chromium || echo "env: no Chromium; the browser tests will fail" >&2
mkdir -p out
failed_steps=()
step() { # step NAME command…: run a step, remember it by name when it fails
  local name="$1"; shift
  echo "── $name" >&2
  "$@" || failed_steps+=(--step "$name")
}
# The install must reproduce the lockfile, not rewrite it (npm ci; every platform's optional
# packages are in it): a changed package-lock.json after set-up is a failure.
if [ -d .git ] && command -v git >/dev/null 2>&1; then
  step "lockfile unchanged by the install" git diff --quiet -- package-lock.json
fi
# A stale dist/ or summary from an earlier run must not stand in for this one.
rm -rf dist out/test-summary.json out/vitest.json
# Biome: formatting and lint over the whole tree (biome.jsonc); cheap, so it runs first.
step "biome (format and lint)" npx biome check .
step build npm run build
step provenance npm run -s check:sources
step typecheck npx tsc --noEmit -p .
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json \
  --reporter="$ROOT/tests/reporters/summary-reporter.ts"
vitest_exit=$?
set -e
node tests/reporters/closing-line.ts out/test-summary.json "$vitest_exit" "${failed_steps[@]}"
