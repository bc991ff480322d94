// The projector view: one idea per slide; at 1920×1080 and 100 % zoom no text under 28 px and nothing overflows;
// arrow keys and clickers move; the slide is in the URL; speaker notes carry timing and what to listen for; the PDF
// has one 16:9 page per slide with nothing cut off.
import { test, expect, type Page } from '@playwright/test';
import { lesson, readPdf, outsidePage } from './classroom-helpers';
import { expectNoAxeViolations } from './helpers';

const PATH = '/classroom/present/';
const SLIDES = 3 + 2 * lesson.spots.length + 3 + 1 + 2 * lesson.claims.length + 1 + lesson.discussion.length + 1;

test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });

/** The smallest font size of any visible text on the current slide and the controls, and whether it overflows. */
async function measure(page: Page): Promise<{ min: number; where: string; overflow: number }> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide[data-current]')!;
    const roots = [slide.querySelector('.slide-body')!, document.querySelector('[data-deck-controls]')!];
    let min = Infinity;
    let where = '';
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || !el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) continue;
        if (el.closest('.sr-only')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min) [min, where] = [size, `${el.tagName.toLowerCase()}.${el.className}: “${n.textContent.trim().slice(0, 40)}”`];
      }
    }
    return { min, where, overflow: slide.scrollHeight - slide.clientHeight };
  });
}

test('every slide at 1920×1080: no text under 28 px, nothing cut off, one slide at a time', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the projector is a desktop screen');
  test.setTimeout(120_000);
  await page.goto(PATH);
  await expect(page.locator('.slide')).toHaveCount(SLIDES);
  for (let i = 1; i <= SLIDES; i++) {
    await expect(page.locator('[data-deck-count]')).toHaveText(`${i} / ${SLIDES}`);
    await expect(page.locator('.slide:visible')).toHaveCount(1);
    const m = await measure(page);
    expect(m.min, `slide ${i}: ${m.where}`).toBeGreaterThanOrEqual(28);
    expect(m.overflow, `slide ${i} overflows by ${m.overflow}px`).toBeLessThanOrEqual(1);
    await page.keyboard.press('ArrowRight');
  }
});

test('arrow keys, Page Up/Down (clickers), Space, Home and End move; the URL names the slide', async ({ page }) => {
  await page.goto(PATH);
  const count = page.locator('[data-deck-count]');
  await page.keyboard.press('PageDown');
  await expect(count).toHaveText(`2 / ${SLIDES}`);
  await page.keyboard.press(' ');
  await expect(count).toHaveText(`3 / ${SLIDES}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageUp');
  await expect(count).toHaveText(`3 / ${SLIDES}`);
  await page.keyboard.press('ArrowLeft');
  await expect(count).toHaveText(`2 / ${SLIDES}`);
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('End');
  await expect(count).toHaveText(`${SLIDES} / ${SLIDES}`);
  await page.keyboard.press('Home');
  await expect(count).toHaveText(`1 / ${SLIDES}`);
  await page.goto(`${PATH}#slide-5`);
  await page.reload();
  await expect(count).toHaveText(`5 / ${SLIDES}`);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(count).toHaveText(`6 / ${SLIDES}`);
});

test('the hook slide shows the email as it arrived: the real words, no marks or numbers', async ({ page }) => {
  await page.goto(`${PATH}#slide-2`);
  const slide = page.locator('.slide[data-current]');
  await expect(slide).toContainText('You will vote for Trump on Election Day or we will come after you.');
  await expect(slide.locator('.spot-marker').first()).toBeHidden();
  const bg = await slide.locator('.email-mark').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
});

test('speaker notes (N) give the part of the plan with its minutes, and what to listen for', async ({ page }) => {
  const q = lesson.discussion[0]!;
  const n = 3 + 2 * lesson.spots.length + 3 + 1 + 2 * lesson.claims.length + 1 + 1;
  await page.goto(`${PATH}#slide-${n}`);
  const notes = page.locator('.slide[data-current] .slide-notes');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(/Discussion · \d+ min/);
  await expect(notes).toContainText(q.listenFor.text);
  await expect(page.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-pressed', 'true');
});

test('the slides print as a PDF: one 16:9 page per slide, nothing outside the page', async ({ page, isMobile }) => {
  test.skip(isMobile, 'PDF output does not depend on the viewport');
  await page.goto(PATH);
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBe(SLIDES);
  for (const p of pages) expect(p.width / p.height).toBeCloseTo(16 / 9, 2);
  expect(outsidePage(pages)).toEqual([]);
  expect(pages[1]!.text).toContain('Vote for Trump or else!');
});

test('axe: no violations on the title, the email, a claim and with notes open', async ({ page }) => {
  test.setTimeout(90_000);
  for (const n of [1, 2, 3 + 2 * lesson.spots.length + 4 + 1]) {
    await page.goto(`${PATH}#slide-${n}`);
    await page.reload();
    await expect(page.locator(`#slide-${n}[data-current]`)).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.keyboard.press('n');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every slide is in the page, with its notes', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('.slide')).toHaveCount(SLIDES);
    await expect(page.locator('.slide-notes').first()).toBeVisible();
    await expect(page.locator('.slide').last()).toContainText(lesson.exitTicket[0]!.question);
  });
});
