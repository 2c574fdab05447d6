#!/usr/bin/env bash
# Release build of the app into dist/ (wasm-opt -Oz with npm's binaryen 132). Arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # npm binaryen's wasm-opt must win over any system one
exec trunk build --release --offline "$@"
