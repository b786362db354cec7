# Sourced by serve.sh and test.sh: make sure this shell has Node 24 (.nvmrc) and the packages.
# On a machine whose Node is older (Debian's is 20), Node 24 comes from the npm registry's
# `node` package into .tools/ (git-ignored), and is put first on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export ASTRO_TELEMETRY_DISABLED=1 TZ=UTC LANG=C.UTF-8

node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a,b]=process.versions.node.split(".").map(Number);
    process.exit(a>=24?0:1)'
}
if [ -x "$ROOT/.tools/node24/node_modules/.bin/node" ]; then
  export PATH="$ROOT/.tools/node24/node_modules/.bin:$PATH"
fi
if ! node_ok; then
  echo "env: Node $(node --version 2>/dev/null || echo none) is older than 24; installing Node 24 from the npm registry into .tools/" >&2
  npm install --prefix "$ROOT/.tools/node24" --no-audit --no-fund node@24 >&2
  export PATH="$ROOT/.tools/node24/node_modules/.bin:$PATH"
fi
echo "env: node $(node --version), npm $(npm --version)" >&2
# `npm ci` installs exactly the lockfile, which holds every platform's optional packages (Linux,
# macOS, Windows; x64 and ARM), so every machine gets the same tree and the lock is never rewritten.
# It runs when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi

# Chromium for the end-to-end tests, screenshots and Lighthouse (Debian's package; as root).
ensure_chromium() {
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then return 0; fi
  if command -v chromium >/dev/null 2>&1; then export CHROME_PATH="$(command -v chromium)"; return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "env: installing Debian's chromium" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
    export CHROME_PATH="$(command -v chromium)"
  else
    echo "env: Chromium is required for the browser tests. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
    return 1
  fi
}
