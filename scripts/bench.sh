#!/usr/bin/env bash
# Benchmarks (not a test: figures are reported, never asserted). Builds the release app, measures it in headless
# Chromium, runs Lighthouse (mobile) when npm's lighthouse installs and runs, runs the native criterion
# benchmarks, and writes BENCHMARKS.md with the machine, the method and the figures.
#   scripts/bench.sh            build, measure, write BENCHMARKS.md
#   SKIP_BUILD=1 scripts/bench.sh   measure the dist/ already built
# Takes about 10 minutes on 2 cores (the release build is most of it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
OUT=target/bench; mkdir -p "$OUT"
[ "${SKIP_BUILD:-0}" = 1 ] || scripts/build.sh
scripts/size-budget.sh dist > "$OUT/size.txt" || true

echo "==> browser measurements (headless Chromium, 10 cold loads x 2, >= 200 answers x 2)"
node scripts/bench.mjs dist "$OUT/browser.json"

echo "==> Lighthouse (npm lighthouse, mobile preset, Debian's Chromium)"
LH="$OUT/lighthouse"; mkdir -p "$LH"
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$LH" --no-audit --no-fund --no-save lighthouse@12 > "$LH/install.log" 2>&1 \
    || echo "lighthouse: npm install failed (see $LH/install.log)" > "$LH/error.txt"
fi
if [ -x "$LH/node_modules/.bin/lighthouse" ]; then
  rm -f "$LH/error.txt"
  node scripts/bench-lighthouse.mjs dist "$LH" > "$LH/run.log" 2>&1 \
    || echo "lighthouse: installed from npm, but the run failed or took over 3 minutes with Debian's Chromium (see $LH/run.log)" > "$LH/error.txt"
fi

echo "==> native benchmarks (criterion)"
cargo bench --locked --offline -p sansang-core --bench content -- --noplot 2>&1 | tee "$OUT/criterion.txt"

node scripts/bench-report.mjs "$OUT" > BENCHMARKS.md
echo "wrote BENCHMARKS.md"
