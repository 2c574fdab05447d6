// Browser measurements of a built dist/ in headless Chromium (Debian's /usr/bin/chromium via playwright-core and
// the DevTools protocol). Not a test: it reports figures, it asserts nothing. Run by scripts/bench.sh:
//   node scripts/bench.mjs DIST OUT.json
// Measures: cold loads to the first readiness question (10 runs, CPU 1x and 4x), answer -> score updated over
// >= 200 answers on the full questionnaire (1x and 4x) with long tasks, DOM nodes after 10 section switches,
// and the layout shift (CLS) of the questionnaire page.
import { writeFileSync, readFileSync } from 'node:fs';
import { APP, browser, closeAll } from '../tests/e2e/lib.mjs';

const out = process.argv[3] ?? 'target/bench/browser.json';
const readiness = JSON.parse(readFileSync(new URL('../questionnaires/readiness.json', import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return {
    n: sorted.length, min: sorted[0], p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1],
    median: sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2,
  };
};

// Records, from the very start of the page: when the first question card appears, long tasks and layout shifts.
const OBSERVE = () => {
  window.__bench = { firstQuestion: null, longTasks: [], shifts: [] };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.q-card')) {
      window.__bench.firstQuestion = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
};

async function assessmentStorage() {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(APP + '#/assessments');
  await page.locator('main button.button--primary').first().click();
  await page.waitForURL(/#\/assessments\/[^/]+\/profile$/);
  const id = page.url().match(/#\/assessments\/([^/]+)\/profile$/)[1];
  const storageState = await context.storageState();
  await context.close();
  return { id, storageState };
}

async function fresh(storageState, throttle) {
  const context = await browser.newContext({ locale: 'vi-VN', storageState, serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(OBSERVE);
  return { context, page, cdp };
}

async function coldLoads(id, storageState, throttle) {
  const times = [], shifts = [], bytes = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page, cdp } = await fresh(storageState, throttle);
    let transferred = 0;
    cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; });
    await page.goto(`${APP}#/assessments/${id}/questions`);
    await page.waitForFunction(() => window.__bench.firstQuestion !== null, null, { timeout: 60000 });
    const firstQuestion = await page.evaluate(() => window.__bench.firstQuestion);
    times.push(firstQuestion);
    bytes.push(transferred);
    await page.waitForTimeout(1000);
    shifts.push(await page.evaluate(() => window.__bench.shifts.reduce((a, b) => a + b, 0)));
    await context.close();
  }
  return { firstQuestionMs: stats(times), cls: stats(shifts), bytesBeforeSettled: stats(bytes) };
}

async function answering(id, storageState, throttle) {
  const { context, page } = await fresh(storageState, throttle);
  const durations = [];
  let unchanged = 0;
  // Rounds of answers at changing levels until at least 200 answers changed the score summary.
  const levels = ['level-1', 'level-3', 'level-2', 'level-4', 'level-0'];
  for (let round = 0; round < levels.length && durations.length < 200; round++) {
    for (const section of readiness.sections) {
      await page.goto(`${APP}#/assessments/${id}/questions/${section.id}`);
      await page.locator('[data-testid="score-summary"]').waitFor({ timeout: 60000 });
      await page.waitForTimeout(200);
      const level = levels[round];
      const n = await page.locator(`.q-card input[value="${level}"]`).count();
      for (let i = 0; i < n; i++) {
        const t = await page.evaluate(async ([level, i]) => {
          const input = document.querySelectorAll(`.q-card input[value="${level}"]`)[i];
          const summary = document.querySelector('[data-testid="score-summary"]');
          if (!input || !summary) return null;
          const done = new Promise((resolve) => {
            const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
            observer.observe(summary, { subtree: true, childList: true, characterData: true });
            setTimeout(() => { observer.disconnect(); resolve(null); }, 1000);
          });
          const start = performance.now();
          input.click();
          const end = await done;
          return end === null ? null : end - start;
        }, [level, i]);
        if (t === null) unchanged++; else durations.push(t);
      }
    }
  }
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  await context.close();
  return {
    answerToScoreMs: stats(durations),
    answersWithoutScoreChange: unchanged,
    longTasksWhileAnsweringAndNavigating: tasks.length,
    blockingMs: Math.round(tasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0)),
  };
}

async function domGrowth(id, storageState) {
  const { context, page, cdp } = await fresh(storageState, 1);
  await page.goto(`${APP}#/assessments/${id}/questions`);
  await page.locator('.q-card').first().waitFor();
  await page.waitForTimeout(2500);
  await cdp.send('Performance.enable');
  const nodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return {
      live: metrics.find((m) => m.name === 'Nodes').value,
      inDocument: await page.evaluate(() => document.getElementsByTagName('*').length),
    };
  };
  const before = await nodes();
  for (let i = 0; i < 10; i++) {
    const section = readiness.sections[(i + 1) % readiness.sections.length];
    await page.goto(`${APP}#/assessments/${id}/questions/${section.id}`);
    await page.waitForFunction((title) => document.querySelector('main h2, main h1')?.textContent !== undefined
      && document.querySelector('main')?.textContent.includes(title), section.title.vi);
    await page.locator('[data-testid="score-summary"]').waitFor();
    await page.waitForTimeout(300);
  }
  await page.goto(`${APP}#/assessments/${id}/questions/${readiness.sections[0].id}`);
  await page.locator('.q-card').first().waitFor();
  await page.waitForTimeout(500);
  const after = await nodes();
  await context.close();
  return { before, after };
}

const { id, storageState } = await assessmentStorage();
const result = { runs: RUNS, chromium: browser.version() };
const stages = [['cold1x', () => coldLoads(id, storageState, 1)], ['cold4x', () => coldLoads(id, storageState, 4)],
  ['answer1x', () => answering(id, storageState, 1)], ['answer4x', () => answering(id, storageState, 4)],
  ['dom', () => domGrowth(id, storageState)]];
for (const [name, run] of stages) {
  result[name] = await run();
  writeFileSync(out, JSON.stringify(result, null, 2));   // kept stage by stage
}
console.log(JSON.stringify(result, null, 2));
await closeAll();
