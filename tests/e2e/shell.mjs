// End-to-end tests of the app shell: loading, languages, navigation, keyboard, theme, offline.
import { APP, openPage, heading, assert, assertEq, test } from './lib.mjs';

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

test('a strict Content-Security-Policy is in force: no inline code, no other origin', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.goto(APP);
  await page.locator('main h1').waitFor();
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert(policy && policy.includes("default-src 'none'"), `policy: ${policy}`);
  assert(!policy.includes('unsafe-inline') && !policy.includes("'unsafe-eval'"), 'no unsafe-inline or unsafe-eval');
  // An injected inline script must be refused (and reported as a violation, which we then clear).
  const ran = await page.evaluate(() => {
    window.__inline = false;
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.appendChild(s);
    return window.__inline;
  });
  assertEq(ran, false, 'an inline script does not run');
  assert(problems.some((p) => p.includes('Content Security Policy')), 'the blocked script is reported');
  await context.close();
});
