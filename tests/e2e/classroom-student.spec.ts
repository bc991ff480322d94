// The student page: no answer in its HTML or DOM until a student commits a try; the first try is what counts and
// is kept; predictions and written answers; copy and print "my answers"; storage blocked; Reset asks first; no JS.
import { test, expect, type Page } from '@playwright/test';
import { answerTexts, htmlEscape, lesson, LEVEL_LABEL } from './classroom-helpers';
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';
import { readPdf } from './classroom-helpers';
import relay from '../../data/relay.json' with { type: 'json' };
import timeline from '../../data/timeline.json' with { type: 'json' };
import states from '../../data/states.json' with { type: 'json' };

const PATH = '/classroom/student/';
const KEY = 'proud-boys-explainer:classroom:student:v1';

/* eslint-disable @typescript-eslint/no-explicit-any -- the dataset is read as plain JSON here on purpose */
function levelOf(ref: any): string {
  if (ref.file === 'relay') return (ref.kind === 'node' ? relay.nodes : relay.edges).find((e: any) => e.id === ref.id)!.confidence;
  if (ref.file === 'timeline') return timeline.find((e: any) => e.id === ref.id)!.confidence;
  const st: any = states.find((s) => s.id === ref.id)!;
  const [, list, i] = /^(\w+)\[(\d+)\]$/.exec(ref.item)!;
  return st[list!][Number(i)].confidence;
}

async function fresh(page: Page): Promise<void> {
  await page.goto(PATH);
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  await page.locator('[data-student] [data-check]').first().waitFor({ state: 'visible' });
}

test('no answer, explanation or “what to listen for” is in the HTML or the DOM before a check', async ({ page, request }) => {
  const html = await (await request.get(PATH)).text();
  await fresh(page);
  const dom = await page.evaluate(() => document.documentElement.textContent ?? '');
  const leaks = answerTexts().filter(({ text }) => html.includes(text) || html.includes(htmlEscape(text)) || dom.includes(text));
  expect(leaks.map((l) => l.where)).toEqual([]);
  // Nor the levels: no claim carries its answer in an attribute, and no link leads to the key or the teacher guide.
  expect(html).not.toMatch(/data-answer=/);
  expect(await page.locator('a[href*="/classroom/print/key"], a[href$="/classroom/"], a[href*="#key"]').count()).toBe(0);
});

test('a claim’s answer arrives only when the student checks, and only that claim’s', async ({ page }) => {
  await fresh(page);
  const [first, second] = lesson.claims;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const item = page.locator(`[data-claim="${first!.id}"]`);
  await item.locator(`input[value="${levelOf(first!.ref)}"]`).check();
  expect(requests.filter((u) => u.includes('answers.json'))).toEqual([]);
  await item.locator('[data-check]').click();
  await expect(item.locator('[data-claim-answer]')).toContainText(first!.plain);
  const dom = await page.evaluate(() => document.body.textContent ?? '');
  expect(dom).not.toContain(second!.why.text);
  expect(requests.filter((u) => u.includes('answers.json')).length).toBe(1);
});

test('the first try is recorded and shown: a wrong first choice stays wrong, after a reload too', async ({ page }) => {
  await fresh(page);
  const claim = lesson.claims.find((c) => levelOf(c.ref) === 'single-report')!;
  const item = page.locator(`[data-claim="${claim.id}"]`);
  await item.locator('input[value="official-record"]').check();
  await item.locator('[data-check]').click();
  await expect(item.locator('[data-feedback]')).toHaveAttribute('data-result', 'wrong');
  await expect(item.locator('[data-feedback]')).toContainText('First try: Official record');
  await expect(item.locator('[data-feedback]')).toContainText(LEVEL_LABEL['single-report']!);
  // No second try: the choices are locked, and the score keeps the first.
  await expect(item.locator('input[value="single-report"]')).toBeDisabled();
  await expect(page.locator('[data-score]')).toContainText(`Claims: 0 of ${lesson.claims.length} right on the first try (1 checked)`);
  await page.reload();
  await expect(item.locator('[data-feedback]')).toContainText('First try: Official record');
  await expect(item.locator('input[value="official-record"]')).toBeChecked();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
  expect(stored.claims[claim.id]).toEqual({ choice: 'official-record', first: 'official-record', firstRight: false });
});

test('Activity 1A: a spot reveals what was found only after a prediction is written and locked in', async ({ page }) => {
  await fresh(page);
  const spot = lesson.spots[1]!;
  const li = page.locator(`li[data-spot="${spot.id}"]`);
  await li.locator('[data-spot-lock]').click();
  await expect(li.locator('[data-spot-status]')).toContainText('Write what you think first');
  await expect(li.locator('[data-spot-reveal]')).toBeHidden();
  await li.locator('textarea').fill('A real-looking address is not proof.');
  await li.locator('[data-spot-lock]').click();
  await expect(li.locator('[data-spot-reveal]')).toContainText(spot.reveal[1]!.text);
  await expect(li.locator('textarea')).toHaveAttribute('readonly', '');
  // The email starts in the inbox view (no marks) and shows the spots on request.
  await page.reload();
  await expect(page.locator('#activity-email [data-email-view]')).toHaveAttribute('data-email-view', 'annotated');
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  await expect(page.locator('#activity-email [data-email-view]')).toHaveAttribute('data-email-view', 'inbox');
  await expect(page.locator('#activity-email .spot-marker').first()).toBeHidden();
  await page.getByRole('button', { name: 'Show the spots' }).click();
  await expect(page.locator('#activity-email .spot-marker').first()).toBeVisible();
});

test('Activity 1B: the header keeps its label, and a check scores the ticked lines on the first try', async ({ page }) => {
  await fresh(page);
  const section = page.locator('#activity-headers');
  await expect(section).toContainText('Reconstructed, not a real header');
  await expect(section).toContainText('Stand-ins (made up)');
  const senderLines = lesson.headers.fields.flatMap((f, i) => (f.sender ? [i] : []));
  // Tick every sender line but one, and one line the provider writes: two mistakes.
  for (const i of senderLines.slice(1)) await section.locator(`[data-header-mark="${i}"]`).check();
  await section.locator('[data-header-mark="0"]').check();
  await section.locator(`[data-header-answer="${lesson.headers.questions[0]!.id}"]`).fill('The From line says Proud Boys, but anyone can type that.');
  await section.locator('[data-header-check]').click();
  const total = lesson.headers.fields.length;
  await expect(section.locator('[data-header-status]')).toContainText(`First try: ${total - 2} of ${total} lines right`);
  await expect(section.locator(`[data-header-model="${lesson.headers.questions[2]!.id}"]`)).toContainText(lesson.headers.questions[2]!.answer.text);
  await expect(section.locator('[data-header-result="0"]')).toHaveAttribute('data-result', 'wrong');
  await expect(section.locator('[data-header-mark="0"]')).toBeDisabled();
});

test('Activity 3: our notes on a source come after the student answers', async ({ page }) => {
  await fresh(page);
  const section = page.locator('#activity-lateral');
  await section.locator('[data-lateral-check]').click();
  await expect(section.locator('[data-lateral-status]')).toContainText('Pick a source first');
  await section.locator('input[value="S12"]').check();
  await section.locator('[data-lateral-check]').click();
  await expect(section.locator('[data-lateral-status]')).toContainText('Answer the questions first');
  await section.locator('[data-lateral-answer="who"]').fill('A Post story on daccess.net: a copy.');
  await section.locator('[data-lateral-check]').click();
  await expect(section.locator('[data-lateral-notes]')).toContainText(lesson.lateral.sources.find((s) => s.id === 'S12')!.lookFor);
  await expect(section.locator('[data-lateral-notes]')).toContainText('daccess.net');
});

test('“Copy my answers” gives plain text with name, class, first-try score and every written answer', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fresh(page);
  await page.locator('#student-name').fill('Ana Lopez');
  await page.locator('#student-class').fill('Period 3');
  await page.locator(`[data-spot-text="${lesson.spots[0]!.id}"]`).fill('Anyone can type a name.');
  const claim = lesson.claims[0]!;
  await page.locator(`[data-claim="${claim.id}"] input[value="${levelOf(claim.ref)}"]`).check();
  await page.locator(`[data-claim="${claim.id}"] [data-check]`).click();
  await expect(page.locator(`[data-claim="${claim.id}"] [data-feedback]`)).toHaveAttribute('data-result', 'right');
  await page.locator(`[data-exit-answer="${lesson.exitTicket[1]!.id}"]`).fill('Single report: check other sources first.');
  await page.getByRole('button', { name: 'Copy my answers' }).click();
  await expect(page.locator('[data-hand-in-status]')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Name: Ana Lopez');
  expect(text).toContain('Class: Period 3');
  expect(text).toContain(`First-try score: Claims: 1 of ${lesson.claims.length} right on the first try (1 checked).`);
  expect(text).toContain(`${lesson.spots[0]!.title}: Anyone can type a name.`);
  expect(text).toContain(`“${claim.claim}” First try: ${LEVEL_LABEL[levelOf(claim.ref)]} (right)`);
  expect(text).toContain(`${lesson.exitTicket[1]!.question} Single report: check other sources first.`);
  expect(text).not.toMatch(/<[a-z]/i);
});

test('“Print my answers” prints the answers alone on one page, even when every box is full', async ({ page, isMobile }) => {
  test.skip(isMobile, 'PDF output does not depend on the viewport');
  await fresh(page);
  await page.locator('#student-name').fill('Ana Lopez');
  const long = 'x'.repeat(20).split('').map((_, i) => `word${i}`).join(' ').padEnd(260, ' more');
  for (const box of await page.locator('textarea[maxlength]').all()) await box.fill(long);
  await page.evaluate(() => (window.print = () => undefined));
  for (const format of ['A4', 'Letter'] as const) {
    // Printing ends with "afterprint", which puts the page back: press the button before each print.
    await page.getByRole('button', { name: 'Print my answers' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-print', 'answers');
    const pages = await readPdf(await page.pdf({ format }));
    expect(pages.length, format).toBe(1);
    expect(pages[0]!.text).toContain('Ana Lopez');
    expect(pages[0]!.text).toContain('Exit ticket');
    expect(pages[0]!.text).not.toContain('Activity 1A: Read the email Look at');
  }
});

test('when storage is blocked, the page says so and still works', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.locator('[data-storage-status]')).toContainText('not saving your answers');
  const claim = lesson.claims[0]!;
  await page.locator(`[data-claim="${claim.id}"] input[value="${levelOf(claim.ref)}"]`).check();
  await page.locator(`[data-claim="${claim.id}"] [data-check]`).click();
  await expect(page.locator(`[data-claim="${claim.id}"] [data-feedback]`)).toHaveAttribute('data-result', 'right');
  await context.close();
});

test('Start over asks first; “No” keeps the answers, “Yes” clears them', async ({ page }) => {
  await fresh(page);
  await page.locator(`[data-exit-answer="${lesson.exitTicket[0]!.id}"]`).fill('The display name.');
  await page.getByRole('button', { name: 'Start over…' }).click();
  await expect(page.locator('[data-reset-confirm]')).toBeVisible();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(page.locator('[data-reset-confirm]')).toBeHidden();
  await page.reload();
  await expect(page.locator(`[data-exit-answer="${lesson.exitTicket[0]!.id}"]`)).toHaveValue('The display name.');
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.locator('[data-reset-status]')).toContainText('cleared');
  await expect(page.locator(`[data-exit-answer="${lesson.exitTicket[0]!.id}"]`)).toHaveValue('');
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}').exit ?? {}).toEqual({});
});

test('axe: no violations on load, after checks, in dark mode', async ({ page }) => {
  test.setTimeout(90_000);
  await fresh(page);
  await expectNoAxeViolations(page);
  const claim = lesson.claims[0]!;
  await page.locator(`[data-claim="${claim.id}"] input[value="disputed"]`).check();
  await page.locator(`[data-claim="${claim.id}"] [data-check]`).click();
  await page.locator(`[data-spot-text="${lesson.spots[0]!.id}"]`).fill('A guess.');
  await page.locator(`[data-spot-lock="${lesson.spots[0]!.id}"]`).click();
  await expect(page.locator(`[data-spot-reveal="${lesson.spots[0]!.id}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Show the spots' }).click();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('nothing is requested from another site', async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const offsite = recordOffsiteRequests(page, baseURL!);
  await page.goto(PATH);
  const claim = lesson.claims[0]!;
  await page.locator(`[data-claim="${claim.id}"] input[value="disputed"]`).check();
  await page.locator(`[data-claim="${claim.id}"] [data-check]`).click();
  await page.locator('#activity-lateral input[value="S12"]').check();
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
  await page.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the activities read and can be written in; the page says checking needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('[data-nojs-note]')).toBeVisible();
    await expect(page.locator('[data-check]').first()).toBeHidden();
    for (const c of lesson.claims) await expect(page.locator(`[data-claim="${c.id}"] legend`)).toContainText(c.claim);
    await page.locator(`[data-exit-answer="${lesson.exitTicket[0]!.id}"]`).fill('Typing works.');
  });
});
