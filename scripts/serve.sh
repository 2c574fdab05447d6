#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it locally, rebuilding on every change.
#   scripts/serve.sh            -> http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh  -> another port
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo
echo "Sẵn Sàng: building, then serving at  http://127.0.0.1:${PORT}/   (Ctrl+C stops)"
echo
# A separate dist directory: serving never overwrites the release build in dist/.
exec trunk serve --release --offline --address 127.0.0.1 --port "$PORT" --dist target/serve-dist
