// Shared set-up of the end-to-end tests: a static server for dist/ under a sub-path, headless Chromium, helpers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.argv[2] ?? 'dist');
// A deep sub-path proves that dist/ uses relative URLs only.
export const BASE_PATH = '/static/host/sansang/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

export const served = [];
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
export const ORIGIN = `http://127.0.0.1:${server.address().port}`;
export const APP = ORIGIN + BASE_PATH;

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A fresh browser profile (empty storage) with a given UI locale; records console errors and requests. */
export async function openPage(locale = 'vi-VN', options = {}) {
  const context = await browser.newContext({ locale, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return { context, page, problems, requests };
}

export async function heading(page) {
  return (await page.locator('main h1').first().textContent()).trim();
}

export function assert(condition, message) { if (!condition) throw new Error(message); }
export function assertEq(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}


/** The registered tests, in order. */
export const tests = [];
export const test = (name, fn) => tests.push({ name, fn });

/** Runs axe-core (from node_modules) on the page; fails with the violations, listed. */
export async function expectNoAxeViolations(page, where) {
  await page.addScriptTag({ path: new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assertEq(violations.join('\n'), '', `axe violations on ${where}`);
}

export async function closeAll() {
  await browser.close();
  server.close();
}
