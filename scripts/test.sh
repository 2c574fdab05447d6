#!/usr/bin/env bash
# Installs what is missing, then runs every test level and prints each level's counts:
#   1. lint        cargo fmt --check; clippy -D warnings (domain natively, app for wasm32)
#   2. domain      native `cargo test` of sansang-core (content, triage, scoring, formats, architecture rules)
#   3. browser     wasm-bindgen-test component tests in headless Chromium
#   4. build       release build of dist/ and the gzip size budgets of what a user downloads
#   5. e2e         the built app driven in headless Chromium (Playwright + Debian's Chromium)
# Exit status is non-zero when any level fails. The last line is "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"   # never pick another driver from PATH
LOG_DIR=target/test-logs; mkdir -p "$LOG_DIR"

passed=0; failed=0; failures=()
summary=()
count() {  # sums "test result: ... N passed; M failed" lines of a cargo/wasm-bindgen log
  awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { printf "%d %d\n", p, f }' "$1"
}
level() {  # level NAME COMMAND... ; runs it, teeing output to a log
  local name=$1; shift
  printf '\n======== %s: %s\n' "$name" "$*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local rc=${PIPESTATUS[0]}
  local secs=$((SECONDS - start))
  if [ "$rc" -ne 0 ]; then failures+=("$name"); fi
  LAST_RC=$rc; LAST_SECS=$secs
}

level lint-fmt cargo fmt --all -- --check
lint_rc=$LAST_RC
level lint-clippy-core cargo clippy --locked --offline -p sansang-core --all-targets -- -D warnings
lint_rc=$((lint_rc | LAST_RC))
level lint-clippy-app cargo clippy --locked --offline -p sansang-app --target wasm32-unknown-unknown --all-targets -- -D warnings
lint_rc=$((lint_rc | LAST_RC))
summary+=("lint       $([ $lint_rc -eq 0 ] && echo ok || echo FAILED)")

level domain cargo test --locked --offline -p sansang-core
read -r p f < <(count "$LOG_DIR/domain.log")
[ "$LAST_RC" -ne 0 ] && [ "$f" -eq 0 ] && f=1   # a build failure counts as a failure
passed=$((passed + p)); failed=$((failed + f))
summary+=("domain     $p passed, $f failed  (native cargo test, ${LAST_SECS}s)")

level browser cargo test --locked --offline -p sansang-app --target wasm32-unknown-unknown
read -r p f < <(count "$LOG_DIR/browser.log")
[ "$LAST_RC" -ne 0 ] && [ "$f" -eq 0 ] && f=1
passed=$((passed + p)); failed=$((failed + f))
summary+=("browser    $p passed, $f failed  (wasm-bindgen-test in headless Chromium, ${LAST_SECS}s)")

level build scripts/build.sh
build_rc=$LAST_RC
if [ "$build_rc" -eq 0 ]; then
  level size scripts/size-budget.sh dist
  summary+=("$(grep -E '^size: first question' "$LOG_DIR/size.log" | sed 's/^size: /size       /' || echo 'size       FAILED (no figure)')")
  [ "$LAST_RC" -ne 0 ] && failed=$((failed + 1))
  level e2e node tests/e2e/run.mjs dist
  read -r p f < <(awk '/^e2e: [0-9]+ passed, [0-9]+ failed/ { print $2, $4 }' "$LOG_DIR/e2e.log" | tail -1)
  p=${p:-0}; f=${f:-0}
  [ "$LAST_RC" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("e2e        $p passed, $f failed  (built app in headless Chromium, ${LAST_SECS}s)")
else
  failed=$((failed + 1))
  summary+=("build      FAILED (size and e2e not run)")
fi

printf '\n======== summary\n'
printf '%s\n' "${summary[@]}"
[ ${#failures[@]} -gt 0 ] && printf 'failed levels: %s\n' "${failures[*]}"
[ "$lint_rc" -ne 0 ] && failed=$((failed + 1))
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failures[@]} -eq 0 ]
