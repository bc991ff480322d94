// The teacher guide: how to run the lesson (the student link with QR code and a plain Google Classroom link, the
// projector view, the printouts), a plan and procedure a substitute can follow, notes, key, rubric, differentiation,
// standards; no made-up public address anywhere; axe; no third-party request.
import { test, expect } from '@playwright/test';
import { lesson, guide } from './classroom-helpers';
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';
import stepsFile from '../../data/steps.json' with { type: 'json' };

const PATH = '/classroom/';
const PAGES = ['/classroom/', '/classroom/student/', '/classroom/present/', '/classroom/print/handout/', '/classroom/print/exit-ticket/', '/classroom/print/key/', '/classroom/print/guide/'];
const PLACEHOLDER = 'proud-boys-emails.example.org';

test('the student link: this site’s address, a copy button, a QR code and a plain “Share to Google Classroom” link', async ({ page, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const offsite = recordOffsiteRequests(page, baseURL!);
  await page.goto(PATH);
  const student = new URL('/classroom/student/', baseURL).href;
  await expect(page.locator('[data-student-url]')).toHaveValue(student);
  await expect(page.locator('[data-student-link] .qr-svg')).toBeVisible();
  const share = page.getByRole('link', { name: 'Share to Google Classroom' });
  await expect(share).toHaveAttribute('href', `${guide.share.classroomUrl}?url=${encodeURIComponent(student)}&title=${encodeURIComponent(`Student page: ${lesson.title}`)}`);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(student);
  await page.waitForLoadState('networkidle');
  // The share link loads nothing from Google until it is clicked.
  expect(offsite).toEqual([]);
  await page.getByRole('link', { name: 'Open the student page' }).click();
  await expect(page).toHaveURL(student);
});

test('no page shows or links a made-up public address (this build has no SITE_URL)', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const shown = await page.evaluate(() => document.body.innerText);
    const linked = await page.evaluate(() => [...document.body.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
    expect(shown, path).not.toContain(PLACEHOLDER);
    expect(linked.filter((u) => u.includes(PLACEHOLDER)), path).toEqual([]);
  }
  // The printouts fill in the address they are opened at instead.
  await page.goto('/classroom/print/handout/');
  await expect(page.locator('.pr-url')).toContainText(new URL('/classroom/student/', page.url()).href);
});

test('a guide a substitute could run: essential question, 3–4 objectives, a timed plan with spare minutes, the hook script, a 20-minute version', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.locator('#at-a-glance')).toContainText(guide.essentialQuestion);
  const objectives = page.locator('[data-objective]');
  expect(await objectives.count()).toBeGreaterThanOrEqual(3);
  expect(await objectives.count()).toBeLessThanOrEqual(4);
  for (const o of guide.objectives) await expect(page.locator(`[data-objective="${o.id}"]`)).toContainText(/Practised in .+; assessed by .+\./);
  const plan = page.locator('#plan table');
  await expect(plan).toContainText(`Spare time`);
  await expect(plan.locator('tr.arc-total')).toContainText(`${lesson.header.fullMinutes} min`);
  await expect(plan.locator('tr.arc-total')).toContainText(`${lesson.header.shortMinutes} min`);
  const minutes = lesson.arc.reduce((n, p) => n + p.full, 0);
  expect(minutes + lesson.header.fullSlack).toBe(45);
  expect(lesson.header.fullSlack).toBeGreaterThanOrEqual(5);
  await expect(page.locator('#plan-hook')).toContainText(lesson.arc[0]!.say!);
  for (const p of lesson.arc.filter((x) => x.transition)) await expect(page.locator(`#plan-${p.id}`)).toContainText(p.transition!);
  await expect(page.locator('#facilitation')).toContainText(guide.facilitation[0]!);
  await expect(page.locator('#family-note + blockquote')).toContainText(guide.familyNote);
  for (const t of guide.rubric.tasks) await expect(page.locator(`[data-rubric="${t.id}"] tbody tr`)).toHaveCount(3);
  await expect(page.locator('#differentiation')).toContainText(guide.sentenceFrames[0]!);
  for (const c of lesson.claims) await expect(page.locator(`[data-key-claim="${c.id}"]`)).toContainText(c.plain);
});

test('the reading covers every claim, and the 20-minute version covers all four levels', async ({ page }) => {
  await page.goto(PATH);
  const reading = lesson.arc.flatMap((p) => p.steps ?? []);
  const short = lesson.arc.flatMap((p) => p.shortSteps ?? []);
  for (const c of lesson.claims) {
    expect(reading, c.id).toContain(c.step);
    if (c.short) expect(short, c.id).toContain(c.step);
    const heading = stepsFile.steps.find((s) => s.id === c.step)!.heading;
    await expect(page.locator('#plan-guided-reading .arc-steps')).toContainText(heading);
  }
  const shortLevels = await page.locator('.key-claims li:has(.muted:text("20-minute")) .conf').allTextContents();
  expect(new Set(shortLevels)).toEqual(new Set(['Official record', 'Several reports', 'Single report', 'Disputed']));
});

test('Activity 1B uses the header reader: the guide’s procedure and the student page open it with this email’s header loaded', async ({ page }) => {
  const href = `/check-an-email/?example=${lesson.headers.example}`;
  await page.goto(PATH);
  await expect(page.locator(`#plan-activity-headers a[href="${href}"]`)).toHaveCount(1);
  await page.goto('/classroom/student/');
  await page.locator(`#activity-headers a[href="${href}"]`).click();
  await expect(page.locator('[data-check-input]')).toHaveValue(/^Delivered-To: voter@example\.net/);
  await expect(page.locator('[data-check-result] [data-example-note]')).toContainText('Reconstructed, not a real header');
  await expect(page.locator('[data-check-result] [data-summary="origin"]')).toContainText('avalik.koolibri.ee');
});

test('the key’s header table gives the header line most of the width, with who writes it under the line', async ({ page }) => {
  await page.goto(PATH);
  const rows = await page.locator('.header-figure--key').evaluate((fig) => {
    const table = fig.querySelector('table')!.getBoundingClientRect().width;
    return [...fig.querySelectorAll('tbody tr')].map((tr) => {
      const cell = tr.querySelector('td')!;
      const [code, who] = [cell.querySelector('.header-code')!, cell.querySelector('.header-who')];
      return { share: cell.getBoundingClientRect().width / table, whoBelow: !!who && who.getBoundingClientRect().top >= code.getBoundingClientRect().bottom - 1 };
    });
  });
  expect(rows).toHaveLength(lesson.headers.fields.length);
  for (const [i, r] of rows.entries()) {
    expect(r.share, `line ${i + 1}`).toBeGreaterThan(0.55);
    expect(r.whoBelow, `line ${i + 1}`).toBe(true);
  }
});

test('standards: only codes checked against the official text, each with that page’s address', async ({ page }) => {
  await page.goto(PATH);
  const items = page.locator('[data-standard]');
  await expect(items).toHaveCount(guide.standards.items.length);
  for (const s of guide.standards.items) {
    const item = page.locator(`[data-standard="${s.code}"]`);
    await expect(item).toContainText(s.text);
    await expect(item.locator(`a[href="${s.url}"]`)).toHaveCount(1);
    expect(new URL(s.url).hostname).toBe('newslit.org');
  }
  await expect(page.locator('#standards')).toContainText('Common Core');
});

test('every printout, the projector view and the student page are linked and exist', async ({ page, request }) => {
  await page.goto(PATH);
  for (const path of PAGES.slice(1)) {
    await expect(page.locator(`a[href="${path}"]`).first()).toBeAttached();
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('discussion questions link to story steps that exist', async ({ page }) => {
  await page.goto(PATH);
  const stepIds = new Set(stepsFile.steps.map((s) => s.id));
  for (const q of lesson.discussion) expect(stepIds.has(q.step)).toBe(true);
  await page.goto('/');
  for (const q of lesson.discussion) await expect(page.locator(`[id="${q.step}"]`)).toHaveCount(1);
});

test('axe: no violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(PATH);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('no request to another origin on any classroom page', async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const offsite = recordOffsiteRequests(page, baseURL!);
  for (const path of PAGES) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  expect(offsite).toEqual([]);
  await page.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the guide reads in full; the student link shows its path; the share link needs the address, so it is hidden', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('[data-student-url]')).toHaveValue('/classroom/student/');
    await expect(page.locator('[data-share-link]')).toBeHidden();
    await expect(page.locator('#key')).toContainText(lesson.claims[0]!.why.text);
    await expect(page.locator('.skip-link').first()).toHaveText('Skip to the teacher guide');
  });
});
