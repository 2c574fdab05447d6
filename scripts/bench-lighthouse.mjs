// Lighthouse (npm `lighthouse`, its default mobile preset: simulated slow 4G and 4x CPU) on the landing page and
// the questionnaire page of a built dist/, with Debian's Chromium. Called by scripts/bench.sh:
//   node scripts/bench-lighthouse.mjs DIST OUT_DIR
// The questionnaire page needs an assessment: one is created first in a Chromium profile that Lighthouse then
// reuses (--disable-storage-reset).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { APP, closeAll } from '../tests/e2e/lib.mjs';

const dir = process.argv[3];
const profile = mkdtempSync(join(tmpdir(), 'sansang-lh-'));
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: flags, locale: 'vi-VN' });
const page = await context.newPage();
await page.goto(APP + '#/assessments');
await page.locator('main button.button--primary').first().click();
await page.waitForURL(/#\/assessments\/[^/]+\/profile$/);
const id = page.url().match(/#\/assessments\/([^/]+)\/profile$/)[1];
await context.close();

const scores = {};
for (const [name, url] of [['landing', APP], ['questionnaire', `${APP}#/assessments/${id}/questions`]]) {
  const output = join(dir, `${name}.json`);
  execFileSync(join(dir, 'node_modules/.bin/lighthouse'), [url, '--only-categories=performance', '--output=json',
    `--output-path=${output}`, '--disable-storage-reset', '--quiet', `--chrome-flags=${[...flags, `--user-data-dir=${profile}`].join(' ')}`],
  { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180000 });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (k) => report.audits[k]?.numericValue;
  scores[name] = {
    performance: Math.round(report.categories.performance.score * 100),
    fcpMs: audit('first-contentful-paint'), lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), siMs: audit('speed-index'),
    lighthouse: report.lighthouseVersion,
  };
}
writeFileSync(join(dir, 'scores.json'), JSON.stringify(scores, null, 2));
console.log(JSON.stringify(scores, null, 2));
await closeAll();
