// End-to-end tests of data safety: export and import, rejected files, hostile text, data kept aside, two tabs.
import { readFileSync } from 'node:fs';
import { APP, ORIGIN, openPage, assert, assertEq, test } from './lib.mjs';

const READINESS = JSON.parse(readFileSync(new URL('../../questionnaires/readiness.json', import.meta.url)));
/** A readiness question that is always shown and allows "not applicable", with its section. */
const NA_QUESTION = READINESS.sections.flatMap((s) => s.questions.map((q) => ({ section: s.id, q })))
  .find(({ q }) => q.na && !q.applies_if);
export const SAMPLE = JSON.parse(readFileSync(new URL('../../core/tests/fixtures/assessment-sample.json', import.meta.url)));
const clone = (v) => JSON.parse(JSON.stringify(v));

/** Imports a file (name, text) through the library's file input. */
export async function importFile(page, name, text) {
  await page.goto(APP + '#/assessments');
  await page.getByTestId('import-file').waitFor();
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const rows = (page) => page.locator('table.library tbody tr');

test('export, import into a fresh browser, re-import identical, and a conflict resolved by replacing', async () => {
  const a = await openPage('en-US');
  await importFile(a.page, 'sample.json', JSON.stringify(SAMPLE));
  await a.page.getByText('Import finished').waitFor();
  assertEq(await rows(a.page).count(), 1, 'imported into the library');
  const [download] = await Promise.all([
    a.page.waitForEvent('download'),
    a.page.locator(`tr[data-assessment="${SAMPLE.id}"]`).getByRole('button', { name: 'Export' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  const doc = JSON.parse(exported);
  assertEq(doc.format, 'sansang.assessment', 'exported format');
  assertEq(doc.name, SAMPLE.name, 'exported name');
  const outside = a.requests.filter((u) => !u.startsWith(ORIGIN));
  assertEq(outside.join(', '), '', 'no request outside the origin during import and export');
  assertEq(a.problems.join('\n'), '', 'console errors (first browser)');
  await a.context.close();

  const b = await openPage('en-US');
  await importFile(b.page, 'export.json', exported);
  await b.page.getByText('Import finished').waitFor();
  await importFile(b.page, 'export.json', exported);
  await b.page.getByText('already here, identical').waitFor();
  const changed = clone(doc);
  changed.name = 'Renamed in the file';
  changed.updated = '2026-12-01T08:00:00.000Z';
  await importFile(b.page, 'changed.json', JSON.stringify(changed));
  await b.page.getByText('already exist in this browser with different content').waitFor();
  await b.page.getByLabel('Replace with the file\'s version').check();
  await b.page.getByRole('button', { name: 'Import', exact: true }).click();
  await b.page.getByText('Import finished').waitFor();
  assertEq(await rows(b.page).count(), 1, 'replaced, not duplicated');
  assert((await rows(b.page).first().textContent()).includes('Renamed in the file'), 'replaced content');
  const outsideB = b.requests.filter((u) => !u.startsWith(ORIGIN));
  assertEq(outsideB.join(', '), '', 'no request outside the origin (second browser)');
  assertEq(b.problems.join('\n'), '', 'console errors (second browser)');
  await b.context.close();
});

test('a rejected file gets a specific message in the user\'s language and changes nothing', async () => {
  const { context, page, problems } = await openPage('vi-VN');
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await page.getByTestId('import-result').getByText('Đã nhập xong').waitFor();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const newer = clone(SAMPLE); newer.version = 2;
  const badLevel = clone(SAMPLE); badLevel.readiness['risk.inventory'] = { level: 9 };
  const duplicate = { format: 'sansang.backup', version: 1, assessments: [SAMPLE, SAMPLE] };
  const jsLink = clone(SAMPLE); jsLink.evidence[Object.keys(jsLink.evidence)[0]].links = ['javascript:alert(1)'];
  const cases = [
    ['not-json.json', '{ this is not json'],
    ['questionnaire.json', readFileSync(new URL('../../questionnaires/profile.json', import.meta.url), 'utf8')],
    ['newer.json', JSON.stringify(newer)],
    ['bad-level.json', JSON.stringify(badLevel)],
    ['duplicate-ids.json', JSON.stringify(duplicate)],
    ['other.json', JSON.stringify({ hello: 'world' })],
    ['javascript-link.json', JSON.stringify(jsLink)],
  ];
  const messages = new Set();
  for (const [name, text] of cases) {
    await importFile(page, name, text);
    const box = page.getByTestId('import-rejected');
    await box.waitFor();
    assert((await box.textContent()).includes('Không nhập được tệp này'), `${name}: Vietnamese rejection`);
    const detail = (await box.locator('li').allTextContents()).join(' | ');
    assert(detail.length > 0, `${name}: a specific reason`);
    messages.add(detail);
    const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    assertEq(after, before, `${name}: storage unchanged`);
  }
  assertEq(messages.size, cases.length, 'each kind of bad file gets its own message');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('import messages: skipped is not identical, a backup names the assessment, Vietnamese labels, a cut file', async () => {
  const { context, page, problems } = await openPage('vi-VN');
  const result = page.getByTestId('import-result');
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await result.getByText('Đã nhập xong').waitFor();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  // A conflict resolved with "Bỏ qua" (skip): the message says skipped, never "identical".
  const changed = clone(SAMPLE);
  changed.name = 'Đổi tên trong tệp';
  await importFile(page, 'changed.json', JSON.stringify(changed));
  await page.getByLabel('Bỏ qua').check();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await result.getByText('Bỏ qua: 1').waitFor();
  const skipped = await result.textContent();
  assert(!skipped.includes('giống hệt'), `skip reported as identical: ${skipped}`);
  assert(!skipped.includes('Đã nhập xong'), `skip reported as an import: ${skipped}`);
  assertEq(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, 'skip changed nothing');
  // A bad answer in the second assessment of a backup: the message says which assessment holds it.
  const other = clone(SAMPLE); other.id = 'a-20270101-other';
  other.readiness['risk.inventory'] = { level: 9 };
  await importFile(page, 'backup.json', JSON.stringify({ format: 'sansang.backup', version: 1, assessments: [SAMPLE, other] }));
  const box = page.getByTestId('import-rejected');
  await box.waitFor();
  const detail = (await box.locator('li').allTextContents()).join(' | ');
  assert(detail.startsWith('/assessments/1/readiness/risk.inventory/level: '), `path of the assessment: ${detail}`);
  // A file cut short: a Vietnamese location label, the line where it stops, and no "cột 0".
  const cut = JSON.stringify(SAMPLE, null, 2).slice(0, 300);
  await importFile(page, 'cut.json', cut);
  await box.getByText('kết thúc đột ngột').waitFor();
  const truncated = (await box.locator('li').allTextContents()).join(' | ');
  const line = cut.trimEnd().split('\n').length;
  assert(truncated.startsWith('(tài liệu): '), `localised label: ${truncated}`);
  assert(truncated.includes(`dòng ${line}`), `line ${line}: ${truncated}`);
  assert(!truncated.includes('(document)') && !truncated.includes('cột 0'), truncated);
  assertEq(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, 'rejected files changed nothing');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('hostile text from an import is shown as text, links only as http(s), and the layout holds', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.addInitScript(() => { window.__xss = 0; window.alert = () => { window.__xss += 1; }; });
  const evil = clone(SAMPLE);
  const payloads = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">', '"><svg onload=window.__xss=1>'];
  evil.name = payloads[0] + 'x'.repeat(150);
  evil.organisation = payloads[1];
  evil.systems[0].name = payloads[2];
  const first = Object.keys(evil.readiness)[0];
  evil.evidence[first] = { note: payloads.join(' ') + ' ' + 'W'.repeat(9000), links: ['https://example.vn/policy.pdf'] };
  await importFile(page, 'evil.json', JSON.stringify(evil));
  await page.getByTestId('import-result').locator('p').first().waitFor();
  const outcome = await page.getByTestId('import-result').textContent();
  assert(outcome.includes('Import finished'), `imported: ${outcome}`);
  const section = first.split('.')[0];
  for (const hash of ['#/assessments', `#/assessments/${evil.id}/systems`, `#/assessments/${evil.id}/questions/${section}`, `#/assessments/${evil.id}/results`,
    `#/assessments/${evil.id}/results/sections`, `#/assessments/${evil.id}/results/systems`, `#/assessments/${evil.id}/results/plan`]) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    if (hash.includes('questions')) {
      // Typed by hand, a javascript: link is kept as text and never becomes a link.
      const card = page.locator(`[data-question="${first}"]`);
      await card.getByLabel('Links to evidence').fill('https://example.vn/policy.pdf\njavascript:window.__xss=1');
      await card.getByLabel('Links to evidence').press('Tab');
      await card.getByText('not an http(s) link').waitFor();
      assertEq(await page.locator('a[href^="javascript"]').count(), 0, 'no javascript: link');
      assertEq(await page.locator('a[href="https://example.vn/policy.pdf"]').count(), 1, 'the https link is a link');
    }
    assertEq(await page.evaluate(() => window.__xss), 0, `nothing executed on ${hash}`);
    assertEq(await page.locator('main img, main script').count(), 0, `no injected element on ${hash}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `no horizontal overflow on ${hash} (${overflow}px)`);
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('corrupt or foreign data under our keys is kept aside, reported and never overwritten', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: 'New assessment' }).waitFor(); // content loaded: no fetch in flight
  await page.evaluate(() => {
    localStorage.setItem('sansang.assessment.broken', '{ not json');
    localStorage.setItem('sansang.assessment.future', JSON.stringify({ format: 'sansang.assessment', version: 99,
      name: 'Made by a future version', organisation: 'Future Co', updated: '2027-05-01T10:00:00.000Z', newShape: {} }));
    localStorage.setItem('someone-else', 'keep me');
  });
  await page.reload();
  await page.getByTestId('unreadable').waitFor();
  assertEq(await page.getByTestId('unreadable').locator('li').count(), 2, 'both entries reported');
  const newer = await page.getByTestId('newer-version').textContent();
  assert(newer.includes('Made by a future version') && newer.includes('Future Co') && newer.includes('newer version'), `shown read-only: ${newer}`);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.locator('main h1').waitFor();
  const kept = await page.evaluate(() => [localStorage.getItem('sansang.assessment.broken'), localStorage.getItem('someone-else'),
    JSON.parse(localStorage.getItem('sansang.assessment.future')).name]);
  assertEq(kept[0], '{ not json', 'corrupt entry untouched');
  assertEq(kept[1], 'keep me', 'foreign key untouched');
  assertEq(kept[2], 'Made by a future version', 'newer-version entry untouched');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('two tabs on one assessment: a change in one appears in the other', async () => {
  const { context, page, problems } = await openPage('en-US');
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await page.getByText('Import finished').waitFor();
  const other = await context.newPage();
  await other.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  await other.locator('main h1').waitFor();
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  await page.getByLabel('Organisation name').fill('Changed in tab one');
  await page.getByLabel('Organisation name').press('Tab');
  let seen = '';
  for (let i = 0; i < 20 && seen !== 'Changed in tab one'; i++) {
    seen = await other.getByLabel('Organisation name').inputValue();
    if (seen !== 'Changed in tab one') await other.waitForTimeout(100);
  }
  assertEq(seen, 'Changed in tab one', 'the other tab follows');
  // An edit in the second tab keeps the first tab's change.
  await other.getByLabel('Assessment name').fill('Renamed in tab two');
  await other.getByLabel('Assessment name').press('Tab');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `sansang.assessment.${SAMPLE.id}`);
  assertEq(saved.organisation, 'Changed in tab one', 'first tab\'s change kept');
  assertEq(saved.name, 'Renamed in tab two', 'second tab\'s change saved');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('storage unavailable: the app works in memory and says so', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('storage is disabled', 'SecurityError'); } });
  });
  await page.goto(APP + '#/assessments');
  await page.getByText('This browser does not allow saving data').waitFor();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.locator('main h1').waitFor();
  await page.getByLabel('Organisation name').fill('In memory only');
  await page.getByLabel('Organisation name').press('Tab');
  await page.getByText('Kept in this tab only').waitFor();
  await page.locator('[data-question="org.sector"] input[value="finance"]').check();
  assert(await page.locator('[data-question="org.sector"] input[value="finance"]').isChecked(), 'answers still work');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('quota exceeded on a write: a clear error, and the saved version stays intact', async () => {
  const { context, page, problems } = await openPage('en-US');
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await page.getByText('Import finished').waitFor();
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  await page.locator('main h1').waitFor();
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('sansang.assessment.')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.getByLabel('Organisation name').fill('This change does not fit');
  await page.getByLabel('Organisation name').press('Tab');
  await page.getByText('The last change could not be saved; the previously saved version is intact').waitFor();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).organisation, `sansang.assessment.${SAMPLE.id}`);
  assertEq(saved, SAMPLE.organisation, 'previously saved version intact');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('hostile text typed into every text field stays text and the layout holds', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.addInitScript(() => { window.__xss = 0; window.alert = () => { window.__xss += 1; }; });
  const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>' + 'Đ'.repeat(180);
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.locator('main h1').waitFor();
  const id = page.url().match(/assessments\/([^/]+)/)[1];
  for (const label of ['Assessment name', 'Organisation name']) {
    await page.getByLabel(label).fill(evil.slice(0, 200));
    await page.getByLabel(label).press('Tab');
  }
  await page.goto(`${APP}#/assessments/${id}/systems`);
  await page.getByLabel('System name').last().fill(evil.slice(0, 200));
  await page.getByRole('button', { name: 'Add system' }).click();
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  const card = page.locator('.q-card').first();
  await card.locator('summary', { hasText: 'Notes and evidence' }).click();
  await card.getByLabel('Which documents exist').fill(evil + ' ' + 'x'.repeat(5000));
  await card.getByLabel('Which documents exist').press('Tab');
  await card.getByLabel('Links to evidence').fill('javascript:window.__xss=1\n' + evil);
  await card.getByLabel('Links to evidence').press('Tab');
  await page.goto(`${APP}#/assessments/${id}/questions/${NA_QUESTION.section}`);
  const naCard = page.locator(`[data-question="${NA_QUESTION.q.id}"]`);
  await naCard.locator('input[value="na"]').check();
  await naCard.getByLabel('Why it does not apply').fill(evil);
  await naCard.getByLabel('Why it does not apply').press('Tab');
  await page.goto(`${APP}#/assessments/${id}/results/plan`);
  const action = page.getByTestId('action-plan').locator('li.action').first();
  await action.getByLabel('Owner').fill(evil.slice(0, 200));
  await action.getByLabel('Owner').press('Tab');
  for (const hash of ['#/assessments', `#/assessments/${id}/systems`, `#/assessments/${id}/questions/risk`, `#/assessments/${id}/results`,
    `#/assessments/${id}/results/sections`, `#/assessments/${id}/results/systems`, `#/assessments/${id}/results/plan`]) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    assertEq(await page.evaluate(() => window.__xss), 0, `nothing executed on ${hash}`);
    assertEq(await page.locator('main img, main script, a[href^="javascript"]').count(), 0, `no injected element on ${hash}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `no horizontal overflow on ${hash} (${overflow}px)`);
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});
