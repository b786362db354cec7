#!/usr/bin/env bash
# One command from a fresh clone to the site on http://127.0.0.1:4321/
source "$(dirname "$0")/env.sh"
npm run build
echo "serving dist/ on http://127.0.0.1:4321/ (Ctrl-C to stop)"
exec npx astro preview --host 127.0.0.1 --port "${PORT:-4321}"
