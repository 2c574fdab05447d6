// End-to-end tests of the journey a newcomer takes (issue 10): nothing typed is ever lost (another tab
// saving, a reload mid-sentence, a language switch), the guided triage, an honest live score, results summary
// first, a phone layout, geometry (no word broken, text inside its card) on screen and in print, the library
// for several clients, and the clicks it takes to reach a first section score.
import { readFileSync } from 'node:fs';
import { APP, openPage, assert, assertEq, test } from './lib.mjs';
import { SAMPLE, importFile } from './data.mjs';
import { CHATBOT_TRIAGE, walkTriage } from './assessment.mjs';

const READINESS = JSON.parse(readFileSync(new URL('../../questionnaires/readiness.json', import.meta.url)));
const q = (id) => `[data-question="${id}"]`;
const stored = (page, id) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `sansang.assessment.${id}`);

/** Opens the sample assessment (imported) on its risk questions in a page. */
async function openSample(context, page) {
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await page.getByText('Import finished').waitFor();
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/questions/risk`);
  await page.locator('.q-card').first().waitFor();
}

/** Waits until `fn` (in the page) returns true, or fails with `what`. */
async function until(page, fn, arg, what) {
  try {
    await page.waitForFunction(fn, arg, { timeout: 3000 });
  } catch {
    throw new Error(`timed out: ${what}`);
  }
}

test('typing is never lost when another tab saves, and a clash on the same field is shown, not overwritten', async () => {
  const { context, page, problems } = await openPage('en-US');
  await openSample(context, page);
  const other = await context.newPage();
  await other.goto(`${APP}#/assessments/${SAMPLE.id}/questions/risk`);
  await other.locator('.q-card').first().waitFor();
  const [first, second] = ['risk.inventory', 'risk.roles'];
  const note = page.locator(q(first)).getByLabel('Which documents exist');
  if (!(await note.isVisible())) await page.locator(q(first)).locator('summary', { hasText: 'Notes and evidence' }).click();
  await note.fill('');
  await note.pressSequentially('Sổ đăng ký đang được cập nhật');
  // The other tab saves a different question while this tab is typing.
  await other.locator(q(second)).locator('input[value="level-1"]').check();
  await page.waitForTimeout(300);
  await note.pressSequentially(', bản 3');
  await page.waitForTimeout(300);
  assertEq(await note.inputValue(), 'Sổ đăng ký đang được cập nhật, bản 3', 'the draft survives another tab\'s save');
  await until(page, ([key, text]) => JSON.parse(localStorage.getItem(key)).evidence['risk.inventory']?.note === text,
    [`sansang.assessment.${SAMPLE.id}`, 'Sổ đăng ký đang được cập nhật, bản 3'], 'the draft is saved while typing');
  assert(await page.locator(q(second)).locator('input[value="level-1"]').isChecked(), 'the other tab\'s answer arrived');
  // Both tabs change the same field: this tab (still in the field) keeps its text and is told.
  const otherNote = other.locator(q(first)).getByLabel('Which documents exist');
  if (!(await otherNote.isVisible())) await other.locator(q(first)).locator('summary', { hasText: 'Notes and evidence' }).click();
  await otherNote.fill('Changed in the other tab');
  await otherNote.press('Tab');
  await page.locator(q(first)).getByTestId('changed-elsewhere').waitFor();
  assertEq(await note.inputValue(), 'Sổ đăng ký đang được cập nhật, bản 3', 'the field being edited is not overwritten');
  assert((await page.locator(q(first)).getByTestId('changed-elsewhere').textContent()).includes('Changed in the other tab'),
    'the other version is shown');
  await page.locator(q(first)).getByRole('button', { name: 'Keep mine' }).click();
  await until(page, ([key, text]) => JSON.parse(localStorage.getItem(key)).evidence['risk.inventory']?.note === text,
    [`sansang.assessment.${SAMPLE.id}`, 'Sổ đăng ký đang được cập nhật, bản 3'], '"Keep mine" saves this tab\'s text');
  // The assessment name, typed while the other tab saves.
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  await other.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  const name = page.getByLabel('Assessment name');
  await name.fill('');
  await name.pressSequentially('Đánh giá quý IV');
  await other.locator('[data-question="org.size"] input[value="small"]').check();
  await page.waitForTimeout(300);
  assertEq(await name.inputValue(), 'Đánh giá quý IV', 'the name being typed survives another tab\'s save');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('a reload in the middle of a sentence keeps every word typed', async () => {
  const { context, page, problems } = await openPage('en-US');
  await openSample(context, page);
  const card = page.locator(q('risk.inventory'));
  const note = card.getByLabel('Which documents exist');
  if (!(await note.isVisible())) await card.locator('summary', { hasText: 'Notes and evidence' }).click();
  await note.fill('');
  await note.pressSequentially('Câu đang viết dở');
  // No blur, no pause: the page is reloaded at once (pagehide saves the draft).
  await page.reload();
  await page.locator('.q-card').first().waitFor();
  const doc = await stored(page, SAMPLE.id);
  assertEq(doc.evidence['risk.inventory']?.note, 'Câu đang viết dở', 'the half-typed note after a reload');
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/profile`);
  const org = page.getByLabel('Organisation name');
  await org.fill('');
  await org.pressSequentially('Công ty Cổ phần Ánh Dương');
  await page.reload();
  await page.getByLabel('Organisation name').waitFor();
  assertEq(await page.getByLabel('Organisation name').inputValue(), 'Công ty Cổ phần Ánh Dương', 'the organisation after a reload');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('a language switch keeps half-typed text, open sections and the page, and re-renders text in place', async () => {
  const { context, page, problems } = await openPage('en-US');
  await openSample(context, page);
  const card = page.locator(q('risk.inventory'));
  const note = card.getByLabel('Which documents exist');
  if (!(await note.isVisible())) await card.locator('summary', { hasText: 'Notes and evidence' }).click();
  await card.locator('summary', { hasText: 'Explanation' }).click();
  await note.fill('');
  await note.pressSequentially('Half a sent');
  const marker = await page.evaluate(() => { document.querySelector('main h1').dataset.marker = 'same'; return 'same'; });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.waitForTimeout(200);
  const legend = (await card.locator('legend').textContent()).trim();
  const text = READINESS.sections[0].questions.find((x) => x.id === 'risk.inventory').text.vi;
  assert(legend.startsWith(text), `the question is in Vietnamese: ${legend}`);
  assertEq(await page.evaluate(() => document.querySelector('main h1').dataset.marker), marker, 'the page was not rebuilt');
  const noteVi = card.getByLabel('Tài liệu nào đã có, lưu ở đâu, ai phụ trách.');
  assertEq(await noteVi.inputValue(), 'Half a sent', 'the half-typed note is still there');
  assertEq(await card.locator('details.question__notes').getAttribute('open'), '', 'notes still open');
  assertEq(await card.locator('details.question__help').first().getAttribute('open'), '', 'help still open');
  const doc = await stored(page, SAMPLE.id);
  assertEq(doc.evidence['risk.inventory']?.note, 'Half a sent', 'the draft was saved before the switch');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('triage is a guided sequence: one topic per step, the tier always in view, and a way on at the end', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.locator('main h1').waitFor();
  const id = page.url().match(/assessments\/([^/]+)/)[1];
  await page.goto(`${APP}#/assessments/${id}/systems`);
  await page.getByLabel('System name').last().fill('Trợ lý ảo');
  await page.getByRole('button', { name: 'Add system' }).click();
  await page.getByTestId('triage-progress').waitFor();
  assert(/^Step 1\/\d+$/.test((await page.getByTestId('triage-progress').textContent()).trim()), 'progress on the first step');
  assert((await page.getByTestId('tier').textContent()).startsWith('Not yet classified'), 'a new system is not yet classified');
  const topic = await page.getByTestId('triage-topic').textContent();
  await page.getByTestId('triage-next').click();
  await page.getByTestId('triage-back').waitFor();
  assert((await page.getByTestId('triage-topic').textContent()) !== topic, 'Next moves to another topic');
  await page.getByTestId('triage-back').click();
  await page.getByTestId('triage-next').waitFor();
  assertEq(await page.getByTestId('triage-topic').textContent(), topic, 'Back returns');
  await page.goto(`${APP}#/assessments/${id}/systems`);
  await page.locator('[data-testid="tier"]').first().waitFor();
  assertEq((await page.getByTestId('tier').first().textContent()).trim(), 'Not yet classified', 'the systems list says so too');
  await page.getByRole('link', { name: 'Risk triage' }).click();
  // "No to the rest" answers every plain yes/no question of a step still open.
  const steps = await walkTriage(page, CHATBOT_TRIAGE.filter(([question]) => !question.startsWith('triage.prohibited')), {
    onStep: async () => {
      if (await page.locator('[data-question^="triage.prohibited"]').count()) await page.getByTestId('no-to-rest').click();
    },
  });
  assert(steps >= 5, `steps walked: ${steps}`);
  const doc = await stored(page, id);
  assertEq(doc.systems[0].answers['triage.prohibited.deception']?.choice, 'no', '"No to the rest" answered the prohibited-use screen');
  assertEq(await page.getAttribute('.triage-verdict', 'data-complete'), 'true', 'complete');
  assertEq((await page.getByTestId('tier').textContent()).trim(), 'Medium risk', 'tier at the end');
  assert((await page.locator('.triage-result .obligation').count()) > 0, 'the obligations are listed at the end');
  await page.getByTestId('triage-done').click();
  await page.getByTestId('score-summary').waitFor();
  assert(page.url().includes('/questions'), 'the way on leads to the questionnaire');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('the live score is honest: the section\'s own score, and the index with its coverage and no verdict', async () => {
  const { context, page, problems } = await openPage('en-US');
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.locator('main h1').waitFor();
  const id = page.url().match(/assessments\/([^/]+)/)[1];
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  const cards = page.locator('.q-card');
  await cards.first().waitFor();
  const count = await cards.count();
  for (let i = 0; i < count; i++) await cards.nth(i).locator('input[value="level-2"]').check();
  await until(page, (n) => document.querySelector('[data-testid="section-progress"]').textContent.startsWith(`${n} of ${n}`), count, 'section progress');
  assertEq((await page.getByTestId('section-index').textContent()).trim(), '66.7', 'the section\'s own score (every item at level 2)');
  const band = (await page.getByTestId('band').textContent()).trim();
  assert(band.startsWith('provisional') && band.includes(`${count} of`), `the index says it is provisional, with its coverage: ${band}`);
  for (const verdict of ['Not ready', 'Partly ready', 'Largely ready', 'Ready']) {
    assert(!band.includes(verdict), `no band verdict while provisional: ${band}`);
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('results put the summary first; each item once; actions titled as actions; "no evidence yet" is not "not met"', async () => {
  const { context, page, problems } = await openPage('en-US');
  await openSample(context, page);
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/results`);
  await page.getByTestId('results-headline').waitFor();
  assert(/\d/.test(await page.getByTestId('index').textContent()), 'the index');
  assert((await page.getByTestId('band').textContent()).trim().length > 0, 'the band in words');
  assert(await page.getByTestId('results-headline').getAttribute('data-band-rank'), 'the band\'s colour goes with its name');
  const top = page.getByTestId('top-actions').locator('li');
  assert((await top.count()) > 0 && (await top.count()) <= 5, 'a handful of first actions');
  const summaryHeight = await page.evaluate(() => document.querySelector('main').scrollHeight);
  assert(summaryHeight < 2600, `the summary is about one screen, not 21,000 px (${summaryHeight}px)`);
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/results/plan`);
  await page.getByTestId('action-plan').waitFor();
  const titles = await page.locator('li.action .action__head a').allTextContents();
  assert(titles.length > 0, 'the plan lists actions');
  assertEq(titles.filter((t) => t.trim().endsWith('?')).join(' | '), '', 'no action title is a question');
  assertEq(new Set(titles).size, titles.length, 'each action once');
  const ids = await page.locator('li.action').evaluateAll((els) => els.map((e) => e.dataset.question));
  assertEq(new Set(ids).size, ids.length, 'each item once in the plan');
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/results/systems`);
  await page.getByTestId('systems-results').waitFor();
  const statuses = await page.locator('.obligation').evaluateAll((els) => els.map((e) => [e.dataset.status, e.querySelector('.status').textContent]));
  for (const [status, label] of statuses) {
    if (status === 'unknown') assertEq(label, 'No evidence yet', 'an unevidenced obligation');
    if (status === 'not_met') assertEq(label, 'Not met', 'an unmet obligation');
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

/** Elements whose words must never break across lines, and which must stay inside their card. */
const GEOMETRY = String.raw`(() => {
  const broken = [];
  const words = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      const re = /\S+/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  };
  for (const el of document.querySelectorAll('main th, main td, main h1, main h2, main h3, main legend, main .button, .site-header a, main .badge, main .status, main .steps__link, main .num, main .score-summary, .site-header button')) {
    if (el.offsetParent !== null || el.getClientRects().length) words(el);
  }
  const outside = [];
  for (const card of document.querySelectorAll('.q-card')) {
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll('legend, summary, label, p, button')) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) {
        outside.push((el.textContent || el.tagName).trim().slice(0, 40));
      }
    }
  }
  // Chart text: whole (never cut with an ellipsis), at least 12 px high as drawn, inside its chart.
  for (const svg of document.querySelectorAll('.chart svg')) {
    if (!svg.checkVisibility()) continue;
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('.chart--radar .chart__label, .chart--radar .chart__value, text.chart__label')) {
      const r = text.getBoundingClientRect();
      if (text.closest('.chart--radar') && text.textContent.includes('…')) outside.push('cut: ' + text.textContent.slice(0, 30));
      if (r.height < 12) outside.push('small (' + r.height.toFixed(1) + 'px): ' + text.textContent.slice(0, 30));
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        outside.push('outside its chart: ' + text.textContent.slice(0, 30));
      }
    }
  }
  return { broken: [...new Set(broken)].slice(0, 10), outside: outside.slice(0, 10) };
})()`;

for (const [label, viewport, media] of [['1366 px', { width: 1366, height: 900 }, 'screen'], ['360 px', { width: 360, height: 740 }, 'screen'], ['print', { width: 1366, height: 900 }, 'print']]) {
  test(`geometry at ${label}: no header or number broken inside a word, and card text inside its card`, async () => {
    const { context, page, problems } = await openPage('vi-VN', { viewport });
    await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
    await page.getByText('Đã nhập xong').waitFor();
    await page.emulateMedia({ media });
    for (const hash of ['#/assessments', `#/assessments/${SAMPLE.id}/profile`, `#/assessments/${SAMPLE.id}/questions/risk`,
      `#/assessments/${SAMPLE.id}/results`, `#/assessments/${SAMPLE.id}/results/sections`,
      `#/assessments/${SAMPLE.id}/results/systems`, `#/assessments/${SAMPLE.id}/results/plan`]) {
      await page.goto(APP + hash);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(100);
      const { broken, outside } = await page.evaluate(GEOMETRY);
      assertEq(broken.join(' | '), '', `words broken across lines on ${hash}`);
      assertEq(outside.join(' | '), '', `text outside its card on ${hash}`);
    }
    assertEq(problems.join('\n'), '', 'console errors');
    await context.close();
  });
}

test('a phone: the header takes at most a quarter of the screen, the first question is on the first screen, every field is labelled', async () => {
  const { context, page, problems } = await openPage('vi-VN', { viewport: { width: 360, height: 740 } });
  await importFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await page.getByText('Đã nhập xong').waitFor();
  for (const hash of ['', '#/assessments', `#/assessments/${SAMPLE.id}/questions/risk`, `#/assessments/${SAMPLE.id}/results`]) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    const header = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
    assert(header <= 185, `the header is ${header}px high on ${hash || 'home'} (at most 185 of 740)`);
  }
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/questions/risk`);
  await page.locator('.q-card').first().waitFor();
  const top = await page.evaluate(() => document.querySelector('.q-card').getBoundingClientRect().top);
  assert(top < 740 - 120, `the first question starts at ${top}px, on the first screen`);
  await page.goto(`${APP}#/assessments/${SAMPLE.id}/results`);
  await page.getByTestId('results-headline').waitFor();
  const band = await page.evaluate(() => document.querySelector('[data-testid="band"]').getBoundingClientRect().bottom);
  assert(band < 740, `the band of the results summary is on the first screen (${band}px)`);
  for (const hash of [`#/assessments/${SAMPLE.id}/profile`, `#/assessments/${SAMPLE.id}/systems`, `#/assessments/${SAMPLE.id}/questions/risk`,
    `#/assessments/${SAMPLE.id}/results/plan`, '#/assessments']) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && el.type !== 'radio' && el.type !== 'checkbox')
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 80)));
    assertEq(unlabelled.join('\n'), '', `unlabelled fields on ${hash}`);
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('the library serves several clients: names from the organisation, search, sort, exports named after the client', async () => {
  const { context, page, problems } = await openPage('vi-VN', { acceptDownloads: true });
  for (const org of ['Công ty Đông Á', 'Ngân hàng Phương Nam']) {
    await page.goto(APP + '#/assessments');
    await page.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
    await page.getByLabel('Tên tổ chức').fill(org);
    await page.getByLabel('Tên tổ chức').press('Tab');
    await until(page, (o) => document.querySelector('[data-testid="workspace-title"]').textContent.startsWith(o), org, 'the name follows the organisation');
  }
  await page.goto(APP + '#/assessments');
  const rows = page.locator('table.library tbody tr');
  await rows.nth(1).waitFor();
  assert(/^Công ty Đông Á — \d\d\/\d\d\/\d{4}$/.test((await page.locator('table.library tbody th', { hasText: 'Đông Á' }).textContent()).trim()),
    'default name from the organisation and the date (dd/mm/yyyy)');
  await page.getByTestId('library-search').fill('dong a');
  await until(page, () => document.querySelectorAll('table.library tbody tr').length === 1, null, 'search without diacritics');
  await page.getByTestId('library-search').fill('');
  await page.getByTestId('library-sort').selectOption('name');
  await until(page, () => document.querySelector('table.library tbody th').textContent.startsWith('Công ty'), null, 'sorted by name');
  const download = page.waitForEvent('download');
  await rows.first().getByRole('button', { name: 'Xuất tệp' }).click();
  const file = (await download).suggestedFilename();
  assert(/^sansang-cong-ty-dong-a-\d{4}-\d\d-\d\d\.json$/.test(file), `export named after the client: ${file}`);
  const nav = await page.locator('.site-nav').textContent();
  assert(!nav.includes('Hội thảo') && !nav.includes('Báo cáo'), `no placeholder pages in the navigation: ${nav}`);
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('clicks and keystrokes from the landing page to a first section score (a medium-risk customer-service chatbot)', async () => {
  const { context, page, problems } = await openPage('en-US');
  let clicks = 0, keys = 0;
  const click = async (locator) => { clicks++; await locator.click(); };
  const type = async (locator, text) => { keys += text.length; await locator.pressSequentially(text); };
  await page.goto(APP);
  await click(page.getByRole('link', { name: 'Start a self-assessment' }));
  await click(page.getByRole('button', { name: 'New assessment' }));
  await type(page.getByLabel('Organisation name'), 'Fintech ABC');
  for (const [question, option] of [['org.sector', 'finance'], ['org.public_sector', 'neither'], ['org.entity', 'domestic'],
    ['org.eu_exposure', 'no'], ['org.size', 'medium'], ['org.ai_officer', 'none'], ['org.sandbox', 'no']]) {
    const input = page.locator(`${q(question)} input[value="${option}"]`);
    if (await input.count()) await click(input);
  }
  await click(page.getByRole('link', { name: /Next step/ }));
  await type(page.getByLabel('System name').last(), 'Chatbot');
  await click(page.getByRole('button', { name: 'Add system' }));
  await page.getByTestId('triage-progress').waitFor();
  const yes = new Set(['triage.scope.ai_system', 'triage.scope.in_vietnam', 'triage.role.roles', 'triage.high.list',
    'triage.high.human_review', 'triage.medium.interactive', 'triage.medium.generative', 'triage.modifiers.personal_data',
    'triage.scope.sector', 'triage.role.foreign_provider']);
  const answers = new Map(CHATBOT_TRIAGE);
  for (let step = 0; step < 12 && !(await page.getByTestId('triage-result').count()); step++) {
    // Answer what differs from "No", then "No to the rest" when it saves clicks.
    for (const [question, option] of answers) {
      if (!yes.has(question) && option === 'no') continue;
      const input = page.locator(`${q(question)} input[value="${option}"]`);
      if (await input.count() && !(await input.isChecked())) await click(input);
    }
    if (await page.getByTestId('no-to-rest').count()) await click(page.getByTestId('no-to-rest'));
    for (const [question, option] of answers) {
      const input = page.locator(`${q(question)} input[value="${option}"]`);
      if (await input.count() && !(await input.isChecked())) await click(input);
    }
    await click(page.getByTestId('triage-next'));
    await page.getByTestId('triage-progress').waitFor();
  }
  assertEq(await page.getAttribute('.triage-verdict', 'data-tier'), 'medium', 'a medium-risk chatbot');
  await click(page.getByTestId('triage-done'));
  const cards = page.locator('.q-card');
  await cards.first().waitFor();
  const count = await cards.count();
  for (let i = 0; i < count; i++) await click(cards.nth(i).locator('input[value="level-2"]'));
  await until(page, (n) => document.querySelector('[data-testid="section-progress"]').textContent.startsWith(`${n} of ${n}`), count, 'a complete first section');
  const score = (await page.getByTestId('section-index').textContent()).trim();
  console.log(`       clicks: ${clicks}, keystrokes: ${keys} (of which ${count} clicks answer the first section), section score ${score}`);
  assert(clicks <= 51, `at most the 51 clicks measured before the guided triage: ${clicks}`);
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});
