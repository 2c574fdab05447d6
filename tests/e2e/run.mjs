// End-to-end tests: serve a built dist/ from a sub-path of a local static server and drive it in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core; nothing is downloaded).
//   node tests/e2e/run.mjs [DIST]
// Prints one line per test and finally "e2e: N passed, N failed"; exits 1 on any failure.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const DIST = resolve(process.argv[2] ?? 'dist');
// A deep sub-path proves that dist/ uses relative URLs only.
const BASE_PATH = '/static/host/sansang/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

const served = [];
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  served.push(url.pathname);
  if (!url.pathname.startsWith(BASE_PATH)) { res.writeHead(404).end(); return; }
  let rel = url.pathname.slice(BASE_PATH.length) || 'index.html';
  const file = normalize(join(DIST, rel));
  if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
const APP = ORIGIN + BASE_PATH;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A fresh browser profile (empty storage) with a given UI locale; records console errors and requests. */
async function openPage(locale = 'vi-VN') {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return { context, page, problems, requests };
}

async function heading(page) {
  return (await page.locator('main h1').first().textContent()).trim();
}

function assert(condition, message) { if (!condition) throw new Error(message); }
function assertEq(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('loads in Vietnamese for a Vietnamese browser, with no console error and no outside request', async () => {
  const { context, page, problems, requests } = await openPage('vi-VN');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  assert((await heading(page)).includes('Luật Trí tuệ nhân tạo'), `heading: ${await heading(page)}`);
  assertEq(await page.getAttribute('html', 'lang'), 'vi', '<html lang>');
  assert(await page.getByTestId('privacy-note').isVisible(), 'the data-stays-here note is visible');
  assert((await page.getByTestId('legal-note').textContent()).includes('Không phải tư vấn pháp lý'), 'not-legal-advice note');
  assert((await page.title()).startsWith('Sẵn Sàng'), `title: ${await page.title()}`);
  await page.waitForLoadState('networkidle');
  const outside = requests.filter((u) => !u.startsWith(APP) && !u.startsWith('data:'));
  assertEq(outside.join(', '), '', 'requests outside the app origin and path');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('an English browser gets English', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  assertEq(await heading(page), "Is your organisation ready for Vietnam's AI Law?", 'heading');
  assertEq(await page.getAttribute('html', 'lang'), 'en', '<html lang>');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('the language switch changes the page at once and is remembered across a reload', async () => {
  const { context, page, problems } = await openPage('vi-VN');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  assertEq(await heading(page), "Is your organisation ready for Vietnam's AI Law?", 'heading after switch');
  assertEq(await page.evaluate(() => localStorage.getItem('sansang.lang')), 'en', 'stored language');
  await page.reload();
  await page.locator('main h1').waitFor();
  assertEq(await heading(page), "Is your organisation ready for Vietnam's AI Law?", 'heading after reload');
  assertEq(await page.getAttribute('button[data-lang=en]', 'aria-pressed'), 'true', 'switch state after reload');
  assertEq(await page.getAttribute('html', 'lang'), 'en', '<html lang> after reload');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  assert((await heading(page)).includes('Luật Trí tuệ nhân tạo'), 'back to Vietnamese');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('navigation: nav links, the back button, deep links and unknown routes', async () => {
  const { context, page, problems } = await openPage('vi-VN');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Các bản đánh giá' }).click();
  assert(page.url().endsWith('#/assessments'), `url: ${page.url()}`);
  assertEq(await heading(page), 'Các bản đánh giá', 'library heading');
  assertEq(await page.getAttribute('a[aria-current=page]', 'href'), '#/assessments', 'current nav link');
  await page.goBack();
  assert((await heading(page)).includes('Luật Trí tuệ nhân tạo'), 'home after back');
  await page.goto(APP + '#/how-scores-work');
  assertEq(await heading(page), 'Cách tính điểm', 'deep link heading');
  await page.goto(APP + '#/no/such/page');
  assertEq(await heading(page), 'Không tìm thấy trang', 'unknown route');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
  const { context, page } = await openPage('en-US');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  await page.keyboard.press('Tab');
  assertEq(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content', 'first focus');
  await page.keyboard.press('Enter');
  assertEq(await page.evaluate(() => document.activeElement.id), 'main', 'focus after skip link');
  await context.close();
});

test('the theme follows the system until chosen, and the choice is remembered', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assertEq(await background(), 'rgb(18, 24, 22)', 'dark background from the system preference');
  await page.getByLabel('Theme').selectOption('light');
  assertEq(await background(), 'rgb(255, 255, 255)', 'light background after choosing light');
  assertEq(await page.evaluate(() => localStorage.getItem('sansang.theme')), 'light', 'stored theme');
  await page.reload();
  await page.locator('main h1').waitFor();
  assertEq(await background(), 'rgb(255, 255, 255)', 'light background after reload');
  await page.getByLabel('Theme').selectOption('system');
  assertEq(await page.evaluate(() => localStorage.getItem('sansang.theme')), null, 'system choice clears the key');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('after the first visit the app works offline (service worker)', async () => {
  const { context, page, problems } = await openPage('vi-VN');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  const ready = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 10000)),
  ]));
  assert(ready, 'a service worker is active within 10 s');
  await context.setOffline(true);
  await page.reload();
  await page.locator('main h1').waitFor({ timeout: 10000 });
  assert((await heading(page)).includes('Luật Trí tuệ nhân tạo'), 'home page rendered offline');
  await page.getByRole('navigation').getByRole('link', { name: 'Các bản đánh giá' }).click();
  assertEq(await heading(page), 'Các bản đánh giá', 'navigation offline');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('every served file came from under the sub-path (relative URLs only)', async () => {
  const stray = served.filter((p) => !p.startsWith(BASE_PATH));
  assert(served.length > 0, 'the server saw requests');
  assertEq(stray.join(', '), '', 'requests outside the sub-path');
});

let passed = 0, failed = 0;
for (const { name, fn } of tests) {
  try {
    await fn();
    passed++;
    console.log(`ok   - ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL - ${name}\n       ${String(error.message ?? error).replaceAll('\n', '\n       ')}`);
  }
}
await browser.close();
server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
