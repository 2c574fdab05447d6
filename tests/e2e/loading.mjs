// End-to-end tests of loading (issue 9): what a cold load to the first readiness question requests (exactly the
// files scripts/size-budget.sh sums), the other language fetched on a switch without losing what was typed,
// and offline use in both languages and every section after the first visit.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { APP, DIST, BASE_PATH, browser, openPage, assert, assertEq, test } from './lib.mjs';

const readiness = JSON.parse(readFileSync(new URL('../../questionnaires/readiness.json', import.meta.url)));
const firstSection = readiness.sections[0];
// Questions shown whatever the profile (no applies_if).
const always = (q) => !q.applies_if;
const naQuestion = readiness.sections.flatMap((s) => s.questions.map((q) => ({ s, q }))).find(({ q }) => q.na && always(q));

/** A new assessment made in a throw-away context; returns its id and the storage to start other contexts with. */
async function assessmentStorage(locale) {
  const { context, page } = await openPage(locale);
  await page.goto(APP + '#/assessments');
  await page.locator('main button.button--primary').first().click();
  await page.waitForURL(/#\/assessments\/[^/]+\/profile$/);
  const id = page.url().match(/#\/assessments\/([^/]+)\/profile$/)[1];
  const storageState = await context.storageState();
  await context.close();
  return { id, storageState };
}

/** The path of a request relative to the app, `index.html` for the app itself. */
const relative = (url) => {
  const path = new URL(url).pathname;
  assert(path.startsWith(BASE_PATH), `request outside the app: ${url}`);
  return path.slice(BASE_PATH.length) || 'index.html';
};

test('a cold load to the first readiness question requests exactly the files the size budget sums', async () => {
  const { id, storageState } = await assessmentStorage('vi-VN');
  // No service worker: it would start pre-caching every file, which is not part of what the question needs.
  const context = await browser.newContext({ locale: 'vi-VN', storageState, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${APP}#/assessments/${id}/questions`);
  await page.locator('.q-card').first().waitFor();
  const atFirstQuestion = [...new Set(requests.map(relative))].sort();
  const budgeted = execFileSync('scripts/size-budget.sh', ['--list', DIST], { encoding: 'utf8' })
    .split('\n').filter(Boolean).sort();
  assertEq(atFirstQuestion.join('\n'), budgeted.join('\n'), 'files requested before the first question shows');
  assert(budgeted.includes(`content/vi/readiness.${firstSection.id}.bin`), 'the first section is budgeted');
  // The rest of the language follows in the background, the source register included; English never.
  await page.waitForRequest((r) => r.url().endsWith('content/vi/sources.bin'), { timeout: 10000 });
  await page.waitForTimeout(500);
  assert(!requests.some((u) => u.includes('/content/en/')), 'no English file is fetched');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('switching language fetches the other language and keeps what was typed', async () => {
  const { id, storageState } = await assessmentStorage('vi-VN');
  const context = await browser.newContext({ locale: 'vi-VN', storageState, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${APP}#/assessments/${id}/questions/${naQuestion.s.id}`);
  const card = page.locator(`[data-question="${naQuestion.q.id}"]`);
  await card.waitFor();
  assert((await card.textContent()).includes(naQuestion.q.text.vi), 'the question shows in Vietnamese');
  await card.locator('input[type="radio"]').last().check();
  const reason = 'Không áp dụng: hệ thống chỉ dùng nội bộ <b>&amp;</b>';
  await card.locator('textarea[aria-invalid]').fill(reason);
  // Straight to the switch: the field is still focused, its change is committed by leaving it.
  await page.locator('.lang-switch__option[data-lang="en"]').click();
  await page.waitForFunction((text) => document.querySelector('main')?.textContent.includes(text), naQuestion.q.text.en);
  assert(requests.some((u) => u.endsWith(`content/en/readiness.${naQuestion.s.id}.bin`)), 'the English section is fetched');
  assertEq(await page.locator(`[data-question="${naQuestion.q.id}"] textarea[aria-invalid]`).inputValue(), reason, 'typed reason after the switch');
  await page.reload();
  const again = page.locator(`[data-question="${naQuestion.q.id}"] textarea[aria-invalid]`);
  await again.waitFor();
  assertEq(await again.inputValue(), reason, 'typed reason after a reload');
  await context.close();
});

test('after the first visit every section works offline in both languages', async () => {
  const { id, storageState } = await assessmentStorage('vi-VN');
  const context = await browser.newContext({ locale: 'vi-VN', storageState });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${APP}#/assessments/${id}/questions`);
  await page.locator('.q-card').first().waitFor();
  // The service worker keeps every content file once it is installed.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const index = await (await fetch('content/files.txt')).text();
    const files = index.split('\n').filter(Boolean);
    for (let i = 0; i < 100; i++) {
      const cache = await caches.open('sansang-app');
      const keys = (await cache.keys()).map((r) => r.url);
      if (files.every((f) => keys.some((k) => k.endsWith(`/content/${f}`)))) return files.length;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return 0;
  });
  assert(cached > 20, `every content file is cached (${cached})`);
  await context.setOffline(true);
  let checked = 0;
  for (const lang of ['vi', 'en']) {
    if (lang === 'en') await page.locator('.lang-switch__option[data-lang="en"]').click();
    for (const section of readiness.sections) {
      await page.goto(`${APP}#/assessments/${id}/questions/${section.id}`);
      // The section's title (the questionnaire's part), then the text of its first shown question (its own part).
      await page.waitForFunction((text) => document.querySelector('main')?.textContent.includes(text), section.title[lang],
        { timeout: 10000 });
      const shown = await page.locator('.q-card').first().getAttribute('data-question', { timeout: 10000 }).catch(() => null);
      const question = section.questions.find((q) => q.id === shown);
      if (question) {
        assert((await page.locator('.q-card').first().textContent()).includes(question.text[lang]),
          `${section.id} in ${lang}: question text offline`);
        checked++;
      }
    }
  }
  assert(checked >= 10, `questions checked offline: ${checked}`);
  await page.reload();
  await page.locator('.q-card').first().waitFor({ timeout: 10000 });
  await page.goto(`${APP}#/assessments/${id}/results`);
  await page.locator('main h1').waitFor();
  assert(!(await page.locator('[role="alert"]').count()), 'no error banner offline');
  assertEq(problems.join('\n'), '', 'page errors');
  await context.close();
});

test('the on-demand worker is not loaded with the app and renders an assessment export with its file name', async () => {
  const { id, storageState } = await assessmentStorage('en-US');
  const context = await browser.newContext({ locale: 'en-US', storageState, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${APP}#/assessments/${id}/questions`);
  await page.locator('.q-card').first().waitFor();
  assert(!requests.some((u) => /worker/.test(u)), 'no worker file is fetched before it is used');
  const reply = await page.evaluate(async (id) => {
    const doc = localStorage.getItem(`sansang.assessment.${id}`);
    const worker = new Worker('sansang-worker_loader.js');
    const next = () => new Promise((resolve) => {
      worker.onmessage = (event) => resolve(event.data);
      setTimeout(() => resolve('timeout'), 10000);
    });
    const ready = await next();
    if (ready !== 'ready') return { ready };
    const ask = (message) => { const reply = next(); worker.postMessage(message); return reply; };
    const file = await ask(`export-json\n2026-12-04\n${doc}`);
    const refused = await ask('export-json\n2026-12-04\n{"format":"sansang.assessment","version":99}');
    const unknown = await ask('render-docx\n2026-12-04\n{}');
    worker.terminate();
    return { name: file[0], text: new TextDecoder().decode(file[1]), doc, refused, unknown };
  }, id);
  assertEq(reply.ready, undefined, 'the worker says it is ready');
  assertEq(reply.name, `sansang-${id}-2026-12-04.json`, 'file name');
  assertEq(JSON.stringify(JSON.parse(reply.text)), JSON.stringify(JSON.parse(reply.doc)), 'the exported document');
  assert(typeof reply.refused === 'string' && reply.refused.includes(' / '), `a bilingual refusal: ${reply.refused}`);
  assert(typeof reply.unknown === 'string' && reply.unknown.includes('unknown request'), `unknown kind: ${reply.unknown}`);
  assert(requests.some((u) => u.endsWith('/sansang-worker_loader.js')) && requests.some((u) => u.endsWith('/sansang-worker_bg.wasm')),
    'the worker and its wasm are fetched on first use');
  await context.close();
});
