#!/usr/bin/env bash
# What a user downloads, in gzip -9 bytes, from a built dist/, checked against budgets that only ever go down.
#   scripts/size-budget.sh [DIST]            print every part and fail when one is over its budget
#   scripts/size-budget.sh --list [DIST]     print the files of a cold load to the first readiness question
#                                            (tests/e2e/loading.mjs compares them with what the app requests)
# Parts:
#   landing         index.html + JS + wasm + CSS (the home page needs no content)
#   first question  landing + the content the first question of a readiness section needs: the structure, the
#                   readiness questionnaire's texts and the first section's texts, in Vietnamese
#   on demand       each further readiness section, the other questionnaires, the source register, the whole
#                   of English; measured one part at a time (the largest one is budgeted); the service worker
#   all content     every content file of both languages (what the service worker keeps for offline use)
set -euo pipefail
list=0
if [ "${1:-}" = "--list" ]; then list=1; shift; fi
DIST="${1:-dist}"
# Budgets in bytes (gzip -9). Set at or just above what was measured (issue 9); only ever lower them.
# The first two are above the former 400 KB (409,600 B) budget of wasm + JS + CSS: they now also count index.html
# and, for the first question, the content it needs (23.8 KB; before issue 9 the same load also fetched the whole
# 247 KB content.json, which no budget counted: 658 KB in all). The wasm is 403 KB of it; the goal of 250 KB
# needs the rarely used code out of the first module (BENCHMARKS.md, "What remains").
LANDING_BUDGET=${LANDING_BUDGET:-417500}
FIRST_QUESTION_BUDGET=${FIRST_QUESTION_BUDGET:-441500}
SECTION_BUDGET=${SECTION_BUDGET:-11000}                   # the largest readiness section, one language
QUESTIONNAIRE_BUDGET=${QUESTIONNAIRE_BUDGET:-12000}       # the largest other part (profile, triage), one language
SOURCES_BUDGET=${SOURCES_BUDGET:-27000}                   # the source register, one language
ALL_CONTENT_BUDGET=${ALL_CONTENT_BUDGET:-256000}          # every content file (what the service worker keeps)
SERVICE_WORKER_BUDGET=${SERVICE_WORKER_BUDGET:-2000}      # sw.js and content/files.txt
WORKER_BUDGET=${WORKER_BUDGET:-72500}                     # the worker's loader + JS + wasm

shopt -s nullglob
index="$DIST/content/files.txt"
[ -f "$DIST/index.html" ] && [ -f "$index" ] || { echo "size: no $DIST/index.html or $index (build first)" >&2; exit 1; }
shell=("$DIST"/index.html)
worker=()
for f in "$DIST"/*.js "$DIST"/*.wasm "$DIST"/*.css; do
  case "$(basename "$f")" in
    sw.js) ;;                                         # after the first load
    sansang-worker*) worker+=("$f") ;;               # the on-demand module
    *) shell+=("$f") ;;
  esac
done
first_section=$(grep -m1 -E '^vi/readiness\.[^/]+\.bin$' "$index") \
  || { echo "size: no readiness section in $index" >&2; exit 1; }
content=("$DIST/content/structure.bin" "$DIST/content/vi/readiness.bin" "$DIST/content/$first_section")
if [ "$list" = 1 ]; then
  for f in "${shell[@]}" "${content[@]}"; do echo "${f#"$DIST"/}"; done
  exit 0
fi

gz() { gzip -9 -c "$1" | wc -c; }
failed=0
sum() {  # sum NAME BUDGET FILE...: prints each file and the total against the budget
  local name=$1 budget=$2 total=0 raw gzb; shift 2
  printf '\n%s\n' "$name"
  for f in "$@"; do
    raw=$(wc -c < "$f"); gzb=$(gz "$f"); total=$((total + gzb))
    printf '  %-52s %9d %9d\n' "${f#"$DIST"/}" "$raw" "$gzb"
  done
  printf '  %-52s %9s %9d  budget %d' "total" "" "$total" "$budget"
  if [ "$total" -gt "$budget" ]; then printf '  OVER\n'; failed=1; else printf '  ok\n'; fi
  LAST_TOTAL=$total
}
largest() {  # largest NAME BUDGET FILE...: the biggest single file against the budget
  local name=$1 budget=$2 best=0 bestf="" gzb; shift 2
  for f in "$@"; do gzb=$(gz "$f"); if [ "$gzb" -gt "$best" ]; then best=$gzb; bestf=$f; fi; done
  printf '\n%s: largest %s %d B gzip of %d files  budget %d' "$name" "${bestf#"$DIST"/}" "$best" "$#" "$budget"
  if [ "$best" -gt "$budget" ]; then printf '  OVER\n'; failed=1; else printf '  ok\n'; fi
}
printf '%-54s %9s %9s\n' "gzip -9 bytes" "raw B" "gzip B"
sum "landing page (no content)" "$LANDING_BUDGET" "${shell[@]}"
sum "first readiness question, cold load" "$FIRST_QUESTION_BUDGET" "${shell[@]}" "${content[@]}"
first_total=$LAST_TOTAL
sections=(); others=()
while read -r f; do
  case "$f" in
    */readiness.bin|structure.bin|*/sources.bin) ;;
    */readiness.*.bin) sections+=("$DIST/content/$f") ;;
    *.bin) others+=("$DIST/content/$f") ;;
  esac
done < "$index"
largest "on demand: a readiness section" "$SECTION_BUDGET" "${sections[@]}"
largest "on demand: profile or triage texts" "$QUESTIONNAIRE_BUDGET" "${others[@]}"
largest "on demand: the source register" "$SOURCES_BUDGET" "$DIST"/content/*/sources.bin
[ ${#worker[@]} -eq 3 ] || { echo "size: expected the worker's loader, JS and wasm in $DIST" >&2; exit 1; }
sum "on demand: the export worker (a second wasm module, loaded on first use)" "$WORKER_BUDGET" "${worker[@]}"
sum "after the first load: the service worker and its file list" "$SERVICE_WORKER_BUDGET" "$DIST/sw.js" "$DIST/content/files.txt"
all=("$DIST/content/structure.bin"); while read -r f; do [ "$f" = structure.bin ] || all+=("$DIST/content/$f"); done < "$index"
sum "all content (kept by the service worker)" "$ALL_CONTENT_BUDGET" "${all[@]}"
if [ "$failed" -ne 0 ]; then echo "size: first question $first_total B gzip (budget $FIRST_QUESTION_BUDGET) FAILED, a part is over its budget"; exit 1; fi
echo "size: first question $first_total B gzip (budget $FIRST_QUESTION_BUDGET) ok"
