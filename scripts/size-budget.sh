#!/usr/bin/env bash
# Reports the gzip size (-9) of the wasm, js and css in a built dist/ and fails above the budget.
#   scripts/size-budget.sh [DIST] [BUDGET_BYTES]
set -euo pipefail
DIST="${1:-dist}"
# 400 KB (409,600 B). A later issue tightens it to 250 KB for the first render.
BUDGET="${2:-${SIZE_BUDGET_BYTES:-409600}}"
total=0
shopt -s nullglob
files=("$DIST"/*.wasm "$DIST"/*.js "$DIST"/*.css)
[ ${#files[@]} -gt 0 ] || { echo "size: no wasm/js/css in $DIST (build first)" >&2; exit 1; }
printf '%-48s %10s %10s\n' "file" "raw B" "gzip B"
for f in "${files[@]}"; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-48s %10s %10d  (budget %d)\n' "total" "" "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "size: FAILED, ${total} B gzip is over the budget of ${BUDGET} B" >&2
  exit 1
fi
echo "size: ok, $((BUDGET - total)) B under budget"
