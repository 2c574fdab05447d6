// End-to-end tests of the main job: a business creates an assessment, profiles itself, triages an AI system,
// answers questions, reads its results, and finds everything again after a reload.
import { readFileSync } from 'node:fs';
import { APP, ORIGIN, openPage, heading, assert, assertEq, test, expectNoAxeViolations } from './lib.mjs';

const readiness = JSON.parse(readFileSync(new URL('../../questionnaires/readiness.json', import.meta.url)));
const questionText = (id, lang) =>
  readiness.sections.flatMap((s) => s.questions).find((q) => q.id === id).text[lang];

const q = (id) => `[data-question="${id}"]`;

/** Chooses an option of a profile or triage question, if the question is shown. */
async function choose(page, question, option) {
  const input = page.locator(`${q(question)} input[value="${option}"]`);
  if (await input.count() === 0) return false;
  await input.check();
  return true;
}

/** Creates an assessment from the library and returns its id (the page is then on the profile step). */
async function newAssessment(page, button = 'New assessment') {
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: button }).click();
  await page.locator('main h1').waitFor();
  const match = page.url().match(/#\/assessments\/([^/]+)\/profile$/);
  assert(match, `url after creating: ${page.url()}`);
  return match[1];
}

export const CHATBOT_TRIAGE = [
  ['triage.scope.ai_system', 'yes'], ['triage.scope.defence_only', 'no'], ['triage.scope.in_vietnam', 'yes'],
  ['triage.scope.standalone_model', 'no'], ['triage.scope.legacy', 'no'], ['triage.scope.go_live', 'later'],
  ['triage.scope.stage', 'operating'], ['triage.scope.sector', 'other'], ['triage.scope.public_service', 'no'],
  ['triage.role.roles', 'deployer'], ['triage.role.foreign_provider', 'no'],
  ['triage.prohibited.unlawful_purpose', 'no'], ['triage.prohibited.deception', 'no'],
  ['triage.prohibited.vulnerable', 'no'], ['triage.prohibited.fake_content_security', 'no'],
  ['triage.prohibited.unlawful_data', 'no'], ['triage.prohibited.oversight', 'no'],
  ['triage.prohibited.labels', 'no'], ['triage.prohibited.sandbox_abuse', 'no'],
  ['triage.high.list', 'no'], ['triage.high.reclassified', 'no'], ['triage.high.rights', 'no'], ['triage.high.harm', 'no'],
  ['triage.high.security', 'no'], ['triage.high.scale', 'no'], ['triage.high.human_review', 'yes'],
  ['triage.medium.interactive', 'yes'], ['triage.medium.generative', 'no'], ['triage.medium.deepfake', 'no'],
  ['triage.medium.persuasive', 'no'], ['triage.modifiers.personal_data', 'yes'],
  ['triage.modifiers.sensitive_data', 'no'], ['triage.modifiers.children_data', 'no'],
  ['triage.modifiers.cross_border', 'no'], ['triage.modifiers.foreign_hosting', 'no'],
  ['triage.modifiers.purpose_changed', 'no'], ['triage.modifiers.eu', 'no'], ['triage.modifiers.cyber_service', 'no'],
];

/**
 * Walks a system's guided triage from its first step: on each step answers the questions of `answers` that
 * are shown, then Next, until the result step. Returns the number of steps walked.
 */
export async function walkTriage(page, answers, { onStep } = {}) {
  await page.getByTestId('triage-progress').waitFor();
  let steps = 0;
  for (; steps < 20; steps++) {
    if (await page.getByTestId('triage-result').count()) return steps;
    if (onStep) await onStep();
    for (const [question, option] of answers) await choose(page, question, option);
    await page.getByTestId('triage-next').click();
    await page.getByTestId('triage-progress').waitFor();
  }
  throw new Error('the triage never reached its result');
}

/** Profile, one AI system (a customer-service chatbot the bank deploys) and its triage. */
export async function setUpBank(page) {
  const id = await newAssessment(page);
  await page.getByLabel('Organisation name').fill('Ngân hàng Thương mại Thử nghiệm');
  await page.getByLabel('Organisation name').press('Tab');
  for (const [question, option] of [['org.sector', 'finance'], ['org.public_sector', 'neither'], ['org.entity', 'domestic'],
    ['org.eu_exposure', 'no'], ['org.size', 'large'], ['org.ai_officer', 'formal'], ['org.sandbox', 'no']]) {
    assert(await choose(page, question, option), `profile question ${question} is shown`);
  }
  await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('link', { name: /AI systems/ }).click();
  await page.getByLabel('System name').last().fill('Customer-service chatbot');
  await page.getByRole('button', { name: 'Add system' }).click();
  // Adding a system opens its triage.
  await walkTriage(page, CHATBOT_TRIAGE);
  return id;
}

test('a business completes a short assessment and reads its results', async () => {
  const { context, page, problems, requests } = await openPage('en-US');
  const id = await setUpBank(page);
  assertEq(await page.getAttribute('.triage-verdict', 'data-tier'), 'medium', 'tier of a customer-service chatbot deployer');
  assertEq(await page.getAttribute('.triage-verdict', 'data-complete'), 'true', 'triage complete');
  assert((await page.locator('.triage-result .obligation').count()) > 0, 'obligations are listed');

  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  await page.getByTestId('score-summary').waitFor();
  const before = await page.getByTestId('progress').textContent();
  const cards = page.locator('.q-card');
  const count = await cards.count();
  assert(count >= 5, `risk questions shown: ${count}`);
  for (let i = 0; i < count; i++) await cards.nth(i).locator('input[value="level-2"]').check();
  const after = await page.getByTestId('progress').textContent();
  assert(before !== after, `progress updates live (${before} -> ${after})`);
  assert(/\d/.test(await page.getByTestId('index').textContent()), 'the index shows a number');

  await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('link', { name: /Results/ }).click();
  await page.getByTestId('results-headline').waitFor();
  const band = (await page.getByTestId('band').first().textContent()).trim();
  assert(['Not ready', 'Partly ready'].includes(band), `band with unanswered legal duties: ${band}`);
  assert(Number(await page.getByTestId('gap-count').textContent()) > 0, 'legal gaps are counted');
  assert((await page.getByTestId('top-actions').locator('li').count()) > 0, 'the first actions are on the summary');
  await page.goto(`${APP}#/assessments/${id}/results/systems`);
  await page.getByTestId('systems-results').waitFor();
  assert((await page.locator('.system-result').textContent()).includes('Customer-service chatbot'), 'the system is in the results');
  await page.goto(`${APP}#/assessments/${id}/results/sections`);
  await page.locator('.chart svg[role="img"]').first().waitFor();
  assertEq(await page.locator('.chart svg[role="img"]').count(), 2, 'radar and bar charts');
  assertEq((await page.locator('#results-radar-title').textContent()).trim(), 'Readiness by principle area', 'radar title');
  assert((await page.locator('.chart__table tbody tr').count()) >= 10, 'chart data tables');
  assert((await page.getByTestId('lift').locator('li').count()) > 0, 'what would lift the band');
  await page.goto(`${APP}#/assessments/${id}/results/plan`);
  await page.getByTestId('action-plan').waitFor();
  assert((await page.getByTestId('action-plan').locator('li.action').count()) > 0, 'action plan');
  assertEq(await page.getByTestId('action-plan').locator('li.action').first().getAttribute('data-group'), 'unmet_duty', 'legal duties first');

  const stored = await page.evaluate((key) => localStorage.getItem(key), `sansang.assessment.${id}`);
  const doc = JSON.parse(stored);
  assertEq(doc.format, 'sansang.assessment', 'saved document format');
  assertEq(doc.organisation, 'Ngân hàng Thương mại Thử nghiệm', 'saved organisation (with diacritics)');
  assertEq(doc.systems.length, 1, 'saved systems');
  const outside = requests.filter((u) => !u.startsWith(ORIGIN));
  assertEq(outside.join(', '), '', 'no request outside the origin during the whole assessment');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('a reload loses nothing: answers, system, tier, results and the library entry', async () => {
  const { context, page, problems } = await openPage('en-US');
  const id = await setUpBank(page);
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  const first = page.locator('.q-card').first();
  const firstId = await first.getAttribute('data-question');
  await first.locator('input[value="level-3"]').check();
  await first.locator('summary', { hasText: 'Notes and evidence' }).click();
  await first.getByLabel('Which documents exist').fill('Sổ đăng ký hệ thống AI, bản 2026');
  await first.getByLabel('Which documents exist').press('Tab');
  await page.goto(`${APP}#/assessments/${id}/results`);
  await page.getByTestId('results-headline').waitFor();
  const index = await page.getByTestId('index').first().textContent();
  await page.goto(`${APP}#/assessments/${id}/results/plan`);
  await page.getByTestId('action-plan').waitFor();

  const action = page.getByTestId('action-plan').locator('li.action').first();
  const actionId = await action.getAttribute('data-question');
  await action.getByLabel('Owner').fill('Phòng Pháp chế');
  await action.getByLabel('Owner').press('Tab');
  await page.waitForTimeout(50);
  assertEq(await page.evaluate(() => document.activeElement.type), 'date', 'Tab from the owner lands on the due date (the row is not rebuilt)');
  await action.getByLabel('Status').selectOption('in_progress');

  await page.goto(`${APP}#/assessments/${id}/results`);
  await page.reload();
  await page.getByTestId('results-headline').waitFor();
  assertEq(await page.getByTestId('index').first().textContent(), index, 'index after reload');
  await page.goto(`${APP}#/assessments/${id}/results/plan`);
  await page.getByTestId('action-plan').waitFor();
  const again = page.locator(`li.action[data-question="${actionId}"]`);
  assertEq(await again.getByLabel('Owner').inputValue(), 'Phòng Pháp chế', 'plan owner after reload');
  assertEq(await again.getByLabel('Status').inputValue(), 'in_progress', 'plan status after reload');
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  const card = page.locator(q(firstId));
  assert(await card.locator('input[value="level-3"]').isChecked(), 'level after reload');
  assertEq(await card.getByLabel('Which documents exist').inputValue(), 'Sổ đăng ký hệ thống AI, bản 2026', 'note after reload');
  await page.goto(`${APP}#/assessments`);
  const row = page.locator(`tr[data-assessment="${id}"]`);
  assert((await row.textContent()).includes('Ngân hàng Thương mại Thử nghiệm'), 'library row');
  await page.waitForFunction(() => !document.querySelector('[data-testid="library-band"]').textContent.includes('…'));
  assert(/^\d+\/\d+$/.test((await row.getByTestId('library-progress').textContent()).trim()), 'library progress');
  assert((await row.getByTestId('library-band').textContent()).includes('Not ready'), 'library band');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('questions appear and disappear as earlier answers change', async () => {
  const { context, page, problems } = await openPage('en-US');
  const id = await setUpBank(page);
  // Profile: the cross-border question is only for foreign organisations.
  await page.goto(`${APP}#/assessments/${id}/profile`);
  assertEq(await page.locator(q('org.cross_border')).count(), 0, 'hidden for a domestic organisation');
  await choose(page, 'org.entity', 'foreign_present');
  await page.locator(q('org.cross_border')).waitFor();
  await choose(page, 'org.entity', 'domestic');
  assertEq(await page.locator(q('org.cross_border')).count(), 0, 'hidden again');
  // Readiness: personal-data duties only when a system processes personal data.
  await page.goto(`${APP}#/assessments/${id}/questions/data`);
  await page.locator(q('data.purpose_limitation')).waitFor();
  const system = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).systems[0].id, `sansang.assessment.${id}`);
  await page.goto(`${APP}#/assessments/${id}/systems/${system}/5`);
  await page.getByTestId('triage-progress').waitFor();
  assert(await choose(page, 'triage.modifiers.personal_data', 'no'), 'the modifiers step shows the personal-data question');
  await page.goto(`${APP}#/assessments/${id}/questions/data`);
  await page.getByTestId('score-summary').waitFor();
  assertEq(await page.locator(q('data.purpose_limitation')).count(), 0, 'personal-data question hidden');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('the language switch changes interface and content at once, and numbers follow the locale', async () => {
  const { context, page, problems } = await openPage('en-US');
  const id = await setUpBank(page);
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  const first = page.locator('.q-card').first();
  const qid = await first.getAttribute('data-question');
  assertEq((await first.locator('legend').first().textContent()).trim(), questionText(qid, 'en'), 'English question');
  await first.locator('input[value="level-1"]').check();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  assert((await first.locator('legend').first().textContent()).trim().startsWith(questionText(qid, 'vi')), 'Vietnamese question');
  assertEq(await heading(page), readiness.sections[0].title.vi, 'Vietnamese section title');
  const index = await page.getByTestId('index').textContent();
  assert(!index.includes('.'), `Vietnamese index uses no decimal point: ${index}`);
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('a whole section can be completed with the keyboard alone', async () => {
  const { context, page, problems } = await openPage('en-US');
  const id = await setUpBank(page);
  await page.goto(`${APP}#/assessments/${id}/questions/fairness`);
  await page.getByTestId('score-summary').waitFor();
  const total = await page.locator('.q-card').count();
  assert(total > 0, 'fairness questions shown');
  await page.locator('main h1').focus();
  let answered = 0;
  for (let presses = 0; presses < 600 && answered < total; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el.type !== 'radio') return null;
      const group = document.querySelectorAll(`input[name="${el.name}"]`);
      return { answered: [...group].some((r) => r.checked) };
    });
    if (focus && !focus.answered) {
      await page.keyboard.press('Space');
      answered++;
      // The answer is saved and scored; the page must not be rebuilt under the user: focus stays put.
      await page.waitForTimeout(50);
      const still = await page.evaluate(() => document.activeElement && document.activeElement.type === 'radio' && document.activeElement.checked);
      assert(still, `focus stays on the radio just chosen (answer ${answered})`);
    }
  }
  const count = await page.locator('.section-nav a[aria-current="page"] .section-nav__count').textContent();
  assertEq(count, `${total}/${total}`, 'section progress after keyboard-only answers');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('axe-core finds no accessibility violation on any page', async () => {
  // axe is injected as a script, which the app's Content-Security-Policy would (rightly) refuse.
  const { context, page, problems } = await openPage('en-US', { bypassCSP: true });
  const id = await setUpBank(page);
  const system = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).systems[0].id, `sansang.assessment.${id}`);
  const pages = ['', '#/assessments', `#/assessments/${id}/profile`, `#/assessments/${id}/systems`,
    `#/assessments/${id}/systems/${system}`, `#/assessments/${id}/systems/${system}/6`,
    `#/assessments/${id}/questions/risk`, `#/assessments/${id}/results`, `#/assessments/${id}/results/sections`,
    `#/assessments/${id}/results/systems`, `#/assessments/${id}/results/plan`,
    '#/how-scores-work', '#/reports', '#/workshop', '#/no/such/page'];
  for (const hash of pages) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    await expectNoAxeViolations(page, hash || 'home');
  }
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.goto(`${APP}#/assessments/${id}/questions/risk`);
  await page.locator('main h1').waitFor();
  await expectNoAxeViolations(page, 'questions (vi)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'questions (vi, dark)');
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});

test('every page fits a 360 px phone without horizontal scrolling', async () => {
  const { context, page, problems } = await openPage('vi-VN', { viewport: { width: 360, height: 740 } });
  await page.goto(APP + '#/assessments');
  await page.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
  await page.locator('main h1').waitFor();
  const id = page.url().match(/assessments\/([^/]+)/)[1];
  await page.goto(`${APP}#/assessments/${id}/systems`);
  await page.getByLabel('Tên hệ thống').last().fill('Trợ lý ảo chăm sóc khách hàng');
  await page.getByRole('button', { name: 'Thêm hệ thống' }).click();
  await page.getByTestId('triage-progress').waitFor();
  const system = page.url().match(/systems\/([^/]+)/)[1];
  for (const hash of ['', '#/assessments', `#/assessments/${id}/profile`, `#/assessments/${id}/systems`,
    `#/assessments/${id}/systems/${system}`, `#/assessments/${id}/systems/${system}/6`,
    `#/assessments/${id}/questions/risk`, `#/assessments/${id}/results`, `#/assessments/${id}/results/sections`,
    `#/assessments/${id}/results/systems`, `#/assessments/${id}/results/plan`, '#/how-scores-work']) {
    await page.goto(APP + hash);
    await page.locator('main h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `${hash || 'home'} overflows a 360 px screen by ${overflow}px`);
  }
  assertEq(problems.join('\n'), '', 'console errors');
  await context.close();
});
