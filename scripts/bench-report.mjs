// Writes BENCHMARKS.md (to stdout) from the files scripts/bench.sh collected in OUT:
//   node scripts/bench-report.mjs OUT > BENCHMARKS.md
import { readFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';

const out = process.argv[2] ?? 'target/bench';
const read = (f) => (existsSync(join(out, f)) ? readFileSync(join(out, f), 'utf8') : null);
const sh = (c) => { try { return execSync(c, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const b = JSON.parse(read('browser.json'));
const lh = read('lighthouse/scores.json') ? JSON.parse(read('lighthouse/scores.json')) : null;
const lhError = read('lighthouse/error.txt');
const size = read('size.txt') ?? '';
const criterion = read('criterion.txt') ?? '';

const ms = (v) => (v === undefined || v === null ? '–' : `${v.toFixed(1)} ms`);
const spread = (s) => `${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)}, n=${s.n})`;
const firstTotal = (size.match(/^size: first question (\d+) B/m) ?? [])[1];
const totals = [...size.matchAll(/^\s+total\s+(\d+)\s+budget (\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
const landing = totals[0]?.[0];

const benches = [];
const lines = criterion.split('\n');
lines.forEach((line, i) => {
  const m = line.match(/time:\s+\[([^\]]+)\]/);
  if (!m) return;
  const before = line.slice(0, line.indexOf('time:')).trim();
  const name = before || lines[i - 1].trim();
  const [lo, mid, hi] = m[1].split(/\s+(?=[\d.]+\s)/);
  benches.push(`| ${name} | ${mid} | ${lo} – ${hi} |`);
});

const cpu = sh("lscpu | sed -n 's/^Model name:\\s*//p' | head -1");
const goal = (ok) => (ok ? 'met' : '**not met**');
const md = `# Benchmarks

Written by \`scripts/bench.sh\` (do not edit by hand; run it again). Times are reported here, never asserted in
tests; sizes are budgeted by \`scripts/size-budget.sh\` in the test command.

## Machine

| | |
|---|---|
| CPU | ${cpu}, ${sh('nproc')} cores |
| memory | ${sh("free -g | awk '/^Mem:/ {print $2\" GB\"}'")} |
| OS | ${sh('. /etc/os-release && echo $PRETTY_NAME')} |
| browser | ${b.chromium} (Debian's /usr/bin/chromium, headless, through playwright-core and the DevTools protocol) |
| node / rustc | ${sh('node --version')} / ${sh('rustc --version')} |
| date | ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC |

## Method

* The release app (\`scripts/build.sh\`: opt-level z, LTO, wasm-opt -Oz) is served by a local static server (no
  compression on the wire; sizes below are gzip -9, as a static host would send them).
* **Cold load**: a fresh browser context (empty HTTP cache, cache disabled, no service worker) that already holds
  one assessment in LocalStorage opens \`#/assessments/ID/questions\`; the time is \`performance.now()\` when the
  first question card is in the DOM (a MutationObserver installed before any script runs). ${b.runs} runs each,
  CPU unthrottled and 4x throttled (\`Emulation.setCPUThrottlingRate\`). Viewport 412 x 823.
* **Answer → score**: a new assessment (its profile empty, so only the questions that apply to every
  organisation are shown), rounds of answers over every section at changing levels (1, 3, 2, 4, 0) until 200
  answers changed the score summary or five rounds are done: the time from the click to the first change of the
  summary (index, band, progress). Answers that do not change it are counted apart. Long tasks (> 50 ms) are
  observed during the run (they include the section navigations).
* **DOM nodes**: live nodes (\`Performance.getMetrics\` after a forced GC) and elements in the document, on the
  first section, before and after switching sections 10 times and back.
* **CLS**: the sum of layout shifts without recent input during each cold load and 1 s after.
* **Lighthouse**: npm \`lighthouse\` with its default mobile preset (simulated slow 4G, 4x CPU), performance only.
* **Native**: criterion (\`cargo bench -p sansang-core --bench content\`), content decoding and evaluation.

## Results against the goals of issue 9

| metric | before (issue 9) | measured | goal | |
|---|---|---|---|---|
| bytes to the first question (gzip -9) | 658 KB | ${firstTotal} B | ≤ 256,000 B | ${goal(firstTotal <= 256000)} |
| landing page alone (gzip -9) | — | ${landing} B | — | |
| load → first question, CPU 1x (median) | 434 ms | ${spread(b.cold1x.firstQuestionMs)} | ≤ 250 ms | ${goal(b.cold1x.firstQuestionMs.median <= 250)} |
| load → first question, CPU 4x (median) | 1217 ms | ${spread(b.cold4x.firstQuestionMs)} | ≤ 700 ms | ${goal(b.cold4x.firstQuestionMs.median <= 700)} |
| answer → score, 1x: p50 / p95 / max | p95 17.3 ms | ${ms(b.answer1x.answerToScoreMs.p50)} / ${ms(b.answer1x.answerToScoreMs.p95)} / ${ms(b.answer1x.answerToScoreMs.max)} (n=${b.answer1x.answerToScoreMs.n}, ${b.answer1x.answersWithoutScoreChange} without change) | | |
| answer → score, 4x: p50 / p95 / max | p95 39.5 ms | ${ms(b.answer4x.answerToScoreMs.p50)} / ${ms(b.answer4x.answerToScoreMs.p95)} / ${ms(b.answer4x.answerToScoreMs.max)} (n=${b.answer4x.answerToScoreMs.n}, ${b.answer4x.answersWithoutScoreChange} without change) | p95 ≤ 16 ms | ${goal(b.answer4x.answerToScoreMs.p95 <= 16)} |
| long tasks while answering, 1x / 4x | 4x: 18 (382 ms) | ${b.answer1x.longTasksWhileAnsweringAndNavigating} (${b.answer1x.blockingMs} ms blocking) / ${b.answer4x.longTasksWhileAnsweringAndNavigating} (${b.answer4x.blockingMs} ms blocking) | 0 at 4x | ${goal(b.answer4x.longTasksWhileAnsweringAndNavigating === 0)} |
| DOM nodes, live: before → after 10 switches | 3.9 k → 16.4 k | ${b.dom.before.live} → ${b.dom.after.live} (elements in the document ${b.dom.before.inDocument} → ${b.dom.after.inDocument}) | no growth | ${goal(b.dom.after.live <= b.dom.before.live * 1.1)} |
| CLS, questionnaire page (median of cold loads, 1x / 4x) | 0.134 | ${b.cold1x.cls.median.toFixed(3)} / ${b.cold4x.cls.median.toFixed(3)} (max ${Math.max(b.cold1x.cls.max, b.cold4x.cls.max).toFixed(3)}) | ≤ 0.01 | ${goal(Math.max(b.cold1x.cls.median, b.cold4x.cls.median) <= 0.01)} |
| Lighthouse mobile performance, landing / questionnaire | 94 / 76 | ${lh ? `${lh.landing.performance} / ${lh.questionnaire.performance}` : `not measured: ${(lhError ?? '?').trim()}`} | ≥ 98 / ≥ 98 | ${lh ? goal(lh.landing.performance >= 98 && lh.questionnaire.performance >= 98) : ''} |

${lh ? `Lighthouse ${lh.landing.lighthouse} details: ${Object.entries(lh).map(([k, v]) => `${k}: FCP ${ms(v.fcpMs)}, LCP ${ms(v.lcpMs)}, TBT ${ms(v.tbtMs)}, CLS ${v.cls?.toFixed(3)}, SI ${ms(v.siMs)}`).join('; ')}.` : ''}

## Sizes (scripts/size-budget.sh dist)

\`\`\`text
${size.trim()}
\`\`\`

## Native benchmarks (criterion; median and 95 % interval)

| benchmark | median | interval |
|---|---|---|
${benches.join('\n')}
`;
const notes = existsSync("scripts/bench-notes.md") ? readFileSync("scripts/bench-notes.md", "utf8") : "";
process.stdout.write(md + "\n" + notes);
