#!/usr/bin/env bash
# Release build of the app and its on-demand worker into dist/ (wasm-opt -Oz with npm's binaryen 132), then its
# Content-Security-Policy.
# Arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # npm binaryen's wasm-opt must win over any system one
trunk build --release --offline "$@"
# trunk names a worker's files without a hash; the app, the service worker and the size budget rely on them.
for f in sansang-worker_loader.js sansang-worker.js sansang-worker_bg.wasm; do
  [ -f "dist/$f" ] || { echo "build: dist/$f is missing (the on-demand worker)" >&2; exit 1; }
done
node scripts/csp.mjs dist/index.html
