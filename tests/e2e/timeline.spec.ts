// The timeline in the browser: each declared state on the stage, filters in the URL, deep links, keyboard, axe, no-JS list, downloads.
import { test, expect, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };
import timeline from '../../data/timeline.json' with { type: 'json' };
import { eventsInView, type TimelineView, type ViewEvent } from '../../src/charts/timeline/views';
import { expectNoAxeViolations, exploreReady, openCollapsed } from './helpers';

const events = timeline as unknown as ViewEvent[];
const timelineSteps = stepsFile.steps.filter((s) => s.graphic === 'timeline') as Array<{ id: string; state: { view: TimelineView; focus?: string } }>;
const stage = (page: Page) => page.locator('[data-stage-slot="timeline"] > .graphic');
const explore = (page: Page) => page.locator('.explore--timeline');
const items = (page: Page) => explore(page).locator('li.tl-item');

async function gotoExplore(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await exploreReady(page, 'timeline');
  await explore(page).locator('[data-tl-controls]:not([hidden])').waitFor();
}

test.describe('timeline in the story', () => {
  test('each timeline step draws its view’s events on the stage and emphasises its focus event', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    for (const step of timelineSteps) {
      await page.locator(`[id="${step.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(page.locator('#story')).toHaveAttribute('data-active-step', step.id);
      await expect(stage(page)).toHaveAttribute('data-state', JSON.stringify(step.state));
      await expect(stage(page).locator('svg[data-transitioning]')).toHaveCount(0);
      const expected = eventsInView(events, step.state.view).map((e) => e.id);
      const drawn = await stage(page).locator('.tl-ev').evaluateAll((els) => els.map((el) => (el as SVGElement).dataset.id).sort());
      expect(drawn).toEqual([...expected].sort());
      const focus = stage(page).locator('.tl-ev.is-focus');
      if (step.state.focus) {
        await expect(focus).toHaveCount(1);
        await expect(focus).toHaveAttribute('data-id', step.state.focus);
        await expect(focus.locator('.tl-label.is-focus')).toBeVisible();
      } else {
        await expect(focus).toHaveCount(0);
      }
      // The stage copy fits its slot: its SVG is no taller than the sticky stage.
      const fits = await stage(page).evaluate((el) => el.querySelector('svg')!.getBoundingClientRect().height <= el.parentElement!.getBoundingClientRect().height + 1);
      expect(fits).toBe(true);
    }
  });

  test('the motive step draws the disputed claims side by side, each with the word “Disputed”', async ({ page }) => {
    const step = timelineSteps.find((s) => s.state.view === 'motive')!;
    await page.goto('/');
    await page.locator(`[id="${step.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(stage(page)).toHaveAttribute('data-view', 'motive');
    await expect(stage(page).locator('.tl-ev .tl-badge')).toHaveText(['Disputed', 'Disputed', 'Disputed']);
    const xs = await stage(page).locator('.tl-ev .tl-card').evaluateAll((els) => [...new Set(els.map((el) => Math.round(el.getBoundingClientRect().x)))]);
    expect(xs).toHaveLength(2);
  });
});

test.describe('timeline explore list', () => {
  test('a filter click hides events and writes the URL; reset brings them back', async ({ page }) => {
    await gotoExplore(page);
    const agencyChip = explore(page).locator('[data-filter="actor"][data-value="agency"]');
    await agencyChip.click();
    await expect(agencyChip).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/[?&]actor=political,state-local-official,group,media,tech-company,foreign-government/);
    const agencyVisible = await items(page).evaluateAll((els) => els.filter((el) => el.getAttribute('data-actor') === 'agency' && !(el as HTMLElement).hidden).length);
    expect(agencyVisible).toBe(0);
    const total = events.length;
    const agencies = events.filter((e) => e.actorType === 'agency').length;
    await expect(explore(page).locator('[data-tl-count]')).toHaveText(`Showing ${total - agencies} of ${total} events`);
    await explore(page).locator('[data-tl-reset]').click();
    await expect(page).not.toHaveURL(/actor=/);
    await expect(explore(page).locator('[data-tl-count]')).toHaveText(`Showing all ${total} events`);
  });

  test('a URL with filters opens with them applied', async ({ page }) => {
    await gotoExplore(page, '/?actor=agency,political&confidence=official-record');
    const expected = events.filter((e) => (e.actorType === 'agency' || e.actorType === 'political') && e.confidence === 'official-record').map((e) => e.id);
    const shown = await items(page).evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.getAttribute('data-id')));
    expect(shown).toEqual(expected);
    await expect(explore(page).locator('[data-filter="actor"][data-value="media"]')).toHaveAttribute('aria-pressed', 'false');
    await expect(explore(page).locator('[data-filter="confidence"][data-value="official-record"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(explore(page).locator('[data-filter="confidence"][data-value="disputed"]')).toHaveAttribute('aria-pressed', 'false');
  });

  test('a #event- deep link opens that event: scrolled into view, highlighted and focused', async ({ page }) => {
    const target = 'presser-ratcliffe-wray';
    await page.goto(`/#event-${target}`);
    const article = page.locator(`#event-${target} .tl-event`);
    await expect(article).toHaveClass(/is-current/);
    await expect(article).toBeFocused();
    await expect(article).toBeInViewport();
    // …and not hidden under the sticky stage (phones: the stage sits over the top of the screen).
    const covered = await page.evaluate((id) => {
      const a = document.querySelector(`#event-${id} .tl-event`)!.getBoundingClientRect();
      const stageEl = document.querySelector('[data-stage]')!;
      const style = getComputedStyle(stageEl);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      const s = stageEl.getBoundingClientRect();
      return a.left < s.right && s.left < a.right && a.top < s.bottom - 1 && s.top < a.top + 20;
    }, target);
    expect(covered).toBe(false);
  });

  test('a deep link to an event hidden by the URL’s filters clears them to open it', async ({ page }) => {
    await page.goto('/?actor=media#event-presser-ratcliffe-wray');
    const article = page.locator('#event-presser-ratcliffe-wray .tl-event');
    await expect(article).toBeVisible();
    await expect(article).toHaveClass(/is-current/);
  });

  test('the list is one tab stop; arrows, Home and End move between events and announce “date: headline”', async ({ page }) => {
    await gotoExplore(page);
    const tabbable = await explore(page).locator('[data-tl-list]').evaluate((list) =>
      [...list.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]')).map((el) => el.className),
    );
    // The active event, plus the links inside it (its citations) — never the other 44 events' links.
    expect(tabbable[0]).toContain('tl-event');
    expect(tabbable.filter((c) => c.includes('tl-event'))).toHaveLength(1);
    const firstLinks = await items(page).first().locator('a').count();
    expect(tabbable).toHaveLength(1 + firstLinks);

    await explore(page).locator('[data-tl-reset]').focus();
    await page.keyboard.press('Tab');
    const first = items(page).nth(0).locator('.tl-event');
    await expect(first).toBeFocused();
    const live = explore(page).locator('[data-tl-live]');
    const text = async (i: number) => {
      const li = items(page).nth(i);
      return `${(await li.locator('time').textContent())!.trim()}: ${(await li.locator('.tl-headline').textContent())!.trim()}`;
    };
    await page.keyboard.press('ArrowDown');
    await expect(items(page).nth(1).locator('.tl-event')).toBeFocused();
    await expect(live).toHaveText(await text(1));
    await page.keyboard.press('ArrowDown');
    await expect(items(page).nth(2).locator('.tl-event')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items(page).nth(1).locator('.tl-event')).toBeFocused();
    await page.keyboard.press('End');
    await expect(items(page).last().locator('.tl-event')).toBeFocused();
    await expect(live).toHaveText(await text(events.length - 1));
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    await expect(live).toHaveText(await text(0));
    // Tab leaves the chart after the active event's own links.
    for (let i = 0; i < firstLinks; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => !!document.activeElement?.closest('[data-tl-list]'));
    expect(inList).toBe(false);
  });

  test('arrow keys skip events hidden by a filter', async ({ page }) => {
    await gotoExplore(page, '/?actor=political');
    const political = events.filter((e) => e.actorType === 'political');
    await explore(page).locator('[data-tl-reset]').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(`#event-${political[0]!.id} .tl-event`)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#event-${political[1]!.id} .tl-event`)).toBeFocused();
  });

  test('axe: no violations in the explore figure, with and without filters', async ({ page }) => {
    await gotoExplore(page);
    await explore(page).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, '.explore--timeline');
    await explore(page).locator('[data-filter="confidence"][data-value="single-report"]').click();
    await expectNoAxeViolations(page, '.explore--timeline');
  });
});

test.describe('timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explore figure is an ordered list of every event with <time datetime>, and no dead filters', async ({ page }) => {
    await page.goto('/');
    await openCollapsed(page, 'timeline');
    const list = explore(page).locator('ol.tl-list');
    await expect(list.locator('> li')).toHaveCount(events.length);
    await expect(list.locator('> li:visible')).toHaveCount(events.length);
    const datetimes = await list.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(datetimes).toEqual(events.map((e) => e.date));
    await expect(explore(page).locator('[data-tl-controls]')).toBeHidden();
    for (const e of (timeline as Array<{ id: string; headline: string }>).slice(0, 5)) {
      await expect(page.locator(`#event-${e.id} .tl-headline`)).toHaveText(e.headline);
    }
  });

  test('every event stays readable at 320 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await openCollapsed(page, 'timeline');
    const rights = await explore(page).locator('.tl-event').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights).toHaveLength(events.length);
    expect(rights.filter((r) => r > 320)).toEqual([]);
  });
});

test.describe('timeline downloads', () => {
  test('JSON, CSV and TimelineJS files respond with the right type and parse', async ({ request, page }) => {
    await page.goto('/');
    await openCollapsed(page, 'timeline');
    const hrefs = await explore(page).locator('.tl-data-links a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    expect(hrefs).toHaveLength(3);
    const [jsonUrl, csvUrl, tljsUrl] = hrefs as [string, string, string];

    const json = await request.get(jsonUrl);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toContain('application/json');
    const doc = (await json.json()) as { events: Array<{ id: string; sources: Array<{ url: string }>; confidence: string }> };
    expect(doc.events.map((e) => e.id)).toEqual(events.map((e) => e.id));

    const csv = await request.get(csvUrl);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,date,/);
    for (const e of events.slice(0, 5)) expect(text).toContain(`${e.id},${e.date},`);

    const tljs = await request.get(tljsUrl);
    expect(tljs.status()).toBe(200);
    expect(tljs.headers()['content-type']).toContain('application/json');
    const file = (await tljs.json()) as { title: unknown; events: Array<{ unique_id: string; start_date: { year: number } }> };
    expect(file.title).toBeTruthy();
    expect(file.events.map((e) => e.unique_id)).toEqual(events.map((e) => e.id));
  });
});
