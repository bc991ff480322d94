// The TimelineJS download, loaded into Knight Lab's TimelineJS itself: text with markup in it (a headline, a time of
// day, a summary, an actor) is shown as text, never run or drawn as markup, in every place TimelineJS puts it.
import { test, expect } from '@playwright/test';
import { toTimelineJs, type ExportInput } from '../../src/charts/timeline/export';
import { data } from '../../src/lib/data';
import { HOST } from './embedHelpers';

const MARKUP = `<img src=x onerror="window.__pwned=1"> <b>bold</b> & "quotes"`;

/** Three real events, with markup written into the fields people type. */
function input(): ExportInput {
  const [a, b, c] = data.timeline;
  return {
    events: [
      { ...a!, headline: `Headline ${MARKUP}` },
      { ...b!, summary: `Summary ${MARKUP}`, actor: `Agency-x ${MARKUP}` },
      // timeOfDay is a closed list in the schema; the export must still escape whatever reaches it.
      { ...c!, datePrecision: 'day', time: undefined, timeZone: undefined, timeOfDay: `evening ${MARKUP}` as 'evening' },
    ],
    sources: data.sources,
    confidence: data.confidence,
    storyUrl: 'https://example.org/story/',
    title: `Title ${MARKUP}`,
    description: 'Description',
    updated: '2026-01-01',
  };
}

test('TimelineJS shows our headlines, dates and text with markup as text, and runs none of it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'one browser is enough');
  await page.goto(`${HOST}/timelinejs.html`);
  const file = toTimelineJs(input());
  await page.evaluate((d) => (window as unknown as { showTimeline(x: unknown): Promise<boolean> }).showTimeline(d), file as unknown);
  const root = page.locator('#tl');
  await expect(root.locator('.tl-slide').first()).toBeAttached();
  // Nothing from the data became an element or ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(root.locator('img[src="x"], b:text("bold")')).toHaveCount(0);
  // The headline reads as written: on its slide and on its marker in the time navigation.
  const headline = `Headline ${MARKUP}`;
  await expect(root.locator('.tl-slide .tl-headline', { hasText: 'Headline' }).first()).toHaveText(headline);
  await expect(root.locator('.tl-timemarker .tl-headline', { hasText: 'Headline' }).first()).toHaveText(headline);
  await expect(root.locator('.tl-slide .tl-text-content', { hasText: 'Summary' }).first()).toContainText(`Summary ${MARKUP}`);
  await expect(root.locator('.tl-slide .tl-text-content', { hasText: "Agency-x" }).first()).toContainText(`Agency-x ${MARKUP}`);
  // The date with its time of day, shown as HTML by TimelineJS: the text as written.
  await expect(root.locator('.tl-headline-date', { hasText: 'evening' }).first()).toContainText(`evening ${MARKUP}`);
  await expect(root.locator('.tl-slide-titleslide .tl-headline').first()).toHaveText(`Title ${MARKUP}`);
  // Row labels (group): the actor types' words.
  await expect(root.locator('.tl-timegroup-message').first()).toHaveText(/^[A-Z][A-Za-z ]+$/);
});
