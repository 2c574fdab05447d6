#!/usr/bin/env bash
# Release build of the app into dist/ (wasm-opt -Oz with npm's binaryen 132), then its Content-Security-Policy.
# Arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # npm binaryen's wasm-opt must win over any system one
trunk build --release --offline "$@"
node scripts/csp.mjs dist/index.html
