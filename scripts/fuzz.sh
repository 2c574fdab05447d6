#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo fuzz / libFuzzer) of every decoder of untrusted input: see docs/fuzzing.md.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Runs each target (default: all of them: import stored compiled route) for SECONDS (default 60), one process
# and one worker each, so that it shares a small machine. Not part of scripts/test.sh or CI.
# Installs cargo-fuzz if it is missing (idempotent). The machine has only the stable toolchain: RUSTC_BOOTSTRAP=1
# lets it accept the unstable flags cargo fuzz passes (-Zsanitizer=address, …).
# The corpus of each target (fuzz/corpus/TARGET, not in git) starts from the fixtures and the shipped content, and
# grows from run to run. A crash is saved in fuzz/artifacts/TARGET/ and this script exits non-zero; each run's
# libFuzzer log, with its final statistics (stat::number_of_executed_units), is in fuzz/logs/TARGET.log.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(import stored compiled route)
export RUSTC_BOOTSTRAP=1
# The fuzz crate is its own workspace with its own target directory (fuzz/target, ignored by git).
unset CARGO_TARGET_DIR

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked || exit 1
fi

echo "==> seed corpora"
seed() {  # seed TARGET FILE... : copies each file into the target's corpus (same name: replaced)
  local target=$1; shift
  mkdir -p "fuzz/corpus/$target"
  for file in "$@"; do cp "$file" "fuzz/corpus/$target/seed-$(basename "$file")"; done
}
FIXTURES=(core/tests/fixtures/assessment-sample.json core/tests/fixtures/storage/v1/*.json)
seed import "${FIXTURES[@]}" questionnaires/profile.json seeds/law-134-2025.json
seed stored "${FIXTURES[@]}"
# The compiled content, as the app fetches it (written by `sansang bundle`).
mkdir -p fuzz/corpus/compiled
cargo run -q --manifest-path core/Cargo.toml --target-dir fuzz/target/native --bin sansang -- \
  bundle --out fuzz/corpus/compiled/seed-content.json || exit 1
# Small catalogs cut from it (a few sources, sections and questions; triage rules and duties), which the fuzzer
# mutates far faster than the whole 1 MB. Node.js is already needed by the end-to-end tests.
if command -v node >/dev/null 2>&1; then
  node -e '
    const fs = require("fs");
    const dir = "fuzz/corpus/compiled/";
    const whole = JSON.parse(fs.readFileSync(dir + "seed-content.json", "utf8"));
    const [sources, questionnaires] = whole.catalog;
    const few = (list, n) => list.slice(0, n);
    const small = sources.slice(0, 2).map((s) => { s = s.slice(); s[13] = few(s[13], 2); return s; });
    const cut = (q) => {
      q = JSON.parse(JSON.stringify(q));
      q[4] = few(q[4], 2).map((section) => { section[5] = few(section[5], 3); return section; });
      if (q[5][0] === 1) q[5] = [1, few(q[5][1], 4), few(q[5][2], 2), few(q[5][3], 4)];
      return q;
    };
    const write = (name, qs) => fs.writeFileSync(dir + "seed-small-" + name + ".json",
      JSON.stringify({ format: whole.format, version: whole.version, catalog: [small, qs] }));
    write("all", questionnaires.map(cut));
    for (const q of questionnaires) write(q[0], [cut(q)]);
  ' || exit 1
fi
mkdir -p fuzz/corpus/route
i=0
for fragment in "/" "/assessments" "/assessments/a-20261123-x7k2/profile" "/assessments/a_1/systems/s1" \
  "/assessments/a-1/questions/risk_management?x=1" "/assessments/a-1/results/" "/reports" "/how-scores-work"; do
  printf '%s' "$fragment" > "fuzz/corpus/route/seed-$i"; i=$((i + 1))
done

mkdir -p fuzz/logs
failed=()
for target in "${TARGETS[@]}"; do
  echo "==> $target: ${SECONDS_PER_TARGET}s"
  mkdir -p "fuzz/artifacts/$target"
  # Inputs up to 64 KiB; the compiled content is kept whole (libFuzzer cuts a longer input to -max_len).
  max_len=65536; [ "$target" = compiled ] && max_len=1048576
  # The keys and values of the assessment format help the fuzzer past the decoder's first checks.
  dict=(); case $target in import | stored) dict=(-dict=dict/assessment.dict) ;; esac
  (cd fuzz && cargo fuzz run "$target" "corpus/$target" -- \
      -max_total_time="$SECONDS_PER_TARGET" -jobs=1 -workers=1 -max_len="$max_len" -print_final_stats=1 "${dict[@]}" \
      -artifact_prefix="artifacts/$target/" >/dev/null 2>&1)
  rc=$?
  # With -jobs, libFuzzer writes the run's output to fuzz-0.log in the working directory.
  mv -f fuzz/fuzz-0.log "fuzz/logs/$target.log" 2>/dev/null || true
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "fuzz/logs/$target.log" 2>/dev/null | awk '{s += $2} END {print s + 0}')
  cov=$(grep -Eo 'cov: [0-9]+' "fuzz/logs/$target.log" 2>/dev/null | tail -1)
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  crashes=$(find "fuzz/artifacts/$target" -type f | wc -l)
  echo "    executions: $runs; ${cov:-cov: ?}; corpus: $corpus files; artifacts: $crashes (exit $rc)"
  if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then failed+=("$target"); fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (see fuzz/artifacts/ and fuzz/logs/)"
  exit 1
fi
echo "fuzz: no findings"
