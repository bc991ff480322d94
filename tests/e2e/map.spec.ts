// The map: each declared state on the sticky stage, the explore figure's details cards (mouse, touch, keyboard), axe, and no-JS.
import { test, expect, type Locator, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };
import statesFile from '../../data/states.json' with { type: 'json' };
import { expectNoAxeViolations, exploreReady, openCollapsed, storyLive } from './helpers';

const mapSteps = stepsFile.steps.filter((s) => s.graphic === 'map');
const fipsOf = Object.fromEntries(statesFile.map((s) => [s.code, s.fips]));
const FOUR = statesFile.map((s) => s.fips).sort();
const SWING = statesFile.filter((s) => s.battleground).map((s) => s.fips).sort();

const stageMap = (page: Page): Locator => page.locator('[data-stage-slot="map"] > .graphic');
const exploreMap = (page: Page): Locator => page.locator('.explore--map .graphic--map');

async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#story')).toHaveAttribute('data-active-step', id);
}

/** FIPS ids of the stage's state shapes drawn with a given style. */
async function idsWithStyle(map: Locator, style: string): Promise<string[]> {
  const ids = await map.locator(`use.st.st--${style}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  return ids.sort();
}

/** Text of the label/note annotations visible at the current width (one tier shows). */
async function visibleNotes(map: Locator): Promise<string> {
  const texts = await map.locator('g.ann').evaluateAll((els) =>
    els
      .filter((e) => (e as SVGGraphicsElement).getBoundingClientRect().width > 0)
      .map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join(' ')),
  );
  return texts.join(' | ');
}

async function zoomScale(map: Locator): Promise<number> {
  const t = (await map.locator('.map-zoom').getAttribute('transform')) ?? '';
  // d3 writes scale(k,k) after a transition; the server writes scale(k).
  return Number(/scale\(([\d.]+)/.exec(t)?.[1] ?? NaN);
}

test.describe('map on the sticky stage', () => {
  test('the key shows the current view’s entries and the map never moves as views change', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const map = stageMap(page);
    const frameBox = () => map.locator('.map-frame').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    });
    let first: number[] | null = null;
    const views = new Set<string>();
    for (const step of mapSteps) {
      await scrollToStep(page, step.id);
      await expect(map).toHaveAttribute('data-view', step.state.view);
      views.add(step.state.view);
      // Only this view's entries can be seen, and there is at least one.
      const shown = await map.locator('.map-key-item').evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).visibility === 'visible' && e.getBoundingClientRect().height > 0).map((e) => e.getAttribute('data-views') ?? ''),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const v of shown) expect(v.split(' ')).toContain(step.state.view);
      const box = await frameBox();
      first ??= box;
      expect(box, step.id).toEqual(first);
    }
    expect(views.size).toBeGreaterThan(3);
  });

  test('each map step’s declared state is drawn', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await storyLive(page);
    for (const step of mapSteps) {
      await scrollToStep(page, step.id);
      const map = stageMap(page);
      await expect(map).toHaveAttribute('data-state', JSON.stringify(step.state));
      await expect(map.locator('svg.map-svg')).toHaveAttribute('data-view', step.state.view);
      await expect(map.locator('svg.map-svg[data-transitioning]')).toHaveCount(0, { timeout: 2_000 });
      const { view } = step.state;
      const focus = 'focus' in step.state ? step.state.focus : undefined;
      const emph = await idsWithStyle(map, 'emph');
      const soft = await idsWithStyle(map, 'soft');
      const notes = await visibleNotes(map);
      if (view === 'neutral') {
        expect([...emph, ...soft]).toEqual([]);
        expect(await map.locator('use.ol').count()).toBe(0);
      }
      if (view === 'targeted') {
        expect(emph).toEqual(FOUR);
        for (const s of statesFile) expect(notes).toContain(s.name);
      }
      if (view === 'florida') {
        expect(soft).toEqual([fipsOf.FL]);
        expect(await zoomScale(map)).toBeGreaterThan(2.5);
        const counties = statesFile.find((s) => s.code === 'FL')!.places;
        await expect(map.locator('use.co')).toHaveCount(counties.length);
        await expect(map.locator('use.co[data-id="12017"]')).toHaveClass(/co--single-report/);
        for (const c of counties) expect(notes).toContain(c.name.replace(/ County$/, ''));
      }
      if (view === 'alaska') {
        expect(emph).toEqual([fipsOf.AK]);
        expect(await zoomScale(map)).toBeGreaterThan(1.2);
        const text = notes.replace(/\s+/g, ' ');
        for (const p of statesFile.find((s) => s.code === 'AK')!.places) expect(text).toContain(p.name);
        // No point is plotted for a community: the only marks are the state and the callout.
        await expect(map.locator('circle:not(.ann-dot)')).toHaveCount(0);
      }
      if (view === 'swing') {
        expect(emph).toEqual(SWING);
        expect(soft).toEqual(FOUR.filter((f) => !SWING.includes(f)));
      }
      if (view === 'voter-data' && !focus) {
        expect(emph).toEqual([]);
        expect(soft).toEqual(FOUR);
        expect(notes).toContain('not named officially');
      }
      if (view === 'voter-data' && focus === 'AK') {
        expect(emph).toEqual([fipsOf.AK]);
        expect(notes.replace(/\s+/g, ' ')).toContain('Alaska disclosed a breach of ~113,000 voter records; it did not say who did it');
      }
    }
  });

  test('the stage copy has no focusable element and draws states from the shared defs', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    await expect(page.locator('svg.map-defs defs path[id^="map-st-"]')).toHaveCount(51);
    const map = stageMap(page);
    await expect(map.locator('use.st')).toHaveCount(51);
    expect(await map.locator('[tabindex], a, button').count()).toBe(0);
  });
});

test.describe('map explore figure: details cards', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await exploreReady(page, 'map');
    // Park the story past the map so the stage never covers the figure.
    await page.locator('.explore--map').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  });

  test('hovering a state with a mouse opens its card', async ({ page, isMobile }) => {
    test.skip(isMobile, 'mouse hover: desktop project');
    const map = exploreMap(page);
    await map.locator('.hit[data-code="AZ"]').hover();
    await expect(page.locator('#map-card-AZ')).toBeVisible();
    await expect(page.locator('#map-card-AZ .map-card-title')).toHaveText('Arizona');
    await expect(map.locator('.hit[data-code="AZ"]')).toHaveAttribute('aria-expanded', 'true');
    await map.locator('.hit[data-code="PA"]').hover();
    await expect(page.locator('#map-card-PA')).toBeVisible();
    await expect(page.locator('#map-card-AZ')).toBeHidden();
    // Escape dismisses a hover card.
    await page.keyboard.press('Escape');
    await expect(page.locator('#map-card-PA')).toBeHidden();
  });

  test('tapping a state opens its card below the map; the close button closes it', async ({ page, hasTouch }) => {
    test.skip(!hasTouch, 'touch: phone project');
    const map = exploreMap(page);
    // On phones the sticky stage covers the top of the screen: bring the map below it, as a reader would.
    await map.locator('svg.map-svg').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    // Florida's bounding-box centre is in the Gulf: tap inside the peninsula instead.
    const fl = map.locator('.hit[data-code="FL"]');
    const flBox = (await fl.boundingBox())!;
    await fl.tap({ position: { x: flBox.width * 0.75, y: flBox.height * 0.45 } });
    const card = page.locator('#map-card-FL');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Alachua County');
    // Beside the state without covering it: the card starts below the map.
    const mapBox = (await map.locator('svg.map-svg').boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
    const close = card.getByRole('button', { name: 'Close Florida details' });
    const closeBox = (await close.boundingBox())!;
    expect(Math.min(closeBox.width, closeBox.height)).toBeGreaterThanOrEqual(24);
    await close.tap();
    await expect(card).toBeHidden();
  });

  test('keyboard: Tab to a state opens its card, Enter moves into it, Escape closes and returns focus', async ({ page }) => {
    const link = page.locator('.explore--map .map-table-link a');
    await link.focus();
    await page.keyboard.press('Tab');
    const fl = exploreMap(page).locator('.hit[data-code="FL"]');
    await expect(fl).toBeFocused();
    await expect(fl).toHaveAttribute('aria-label', 'Florida: details');
    await expect(fl).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#map-card-FL')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#map-card-FL')).toBeHidden();
    await expect(fl).toBeFocused();
    await expect(fl).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Tab');
    const ak = exploreMap(page).locator('.hit[data-code="AK"]');
    await expect(ak).toBeFocused();
    await expect(page.locator('#map-card-AK')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#map-card-AK .map-card-title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#map-card-AK')).toBeHidden();
    await expect(ak).toBeFocused();
  });

  test('axe: no violations with a card open', async ({ page }) => {
    await exploreMap(page).locator('.hit[data-code="FL"]').focus();
    await expect(page.locator('#map-card-FL')).toBeVisible();
    await expectNoAxeViolations(page, '.explore--map');
  });

  test('the figure links to the table of the four states', async ({ page }) => {
    await page.locator('.explore--map .map-table-link a').click();
    await expect(page).toHaveURL(/#map-table$/);
    await expect(page.locator('#map-table')).toBeInViewport();
  });
});

test.describe('the table of the four states', () => {
  // The story's text column is narrow at every width (the embed links to this table rather than carrying it).
  for (const path of ['/']) {
    test(`fits its column on ${path}: cards where five columns do not fit, and always a table in the accessibility tree`, async ({
      page,
      isMobile,
    }) => {
      await page.goto(path);
      await openCollapsed(page, 'map');
      await page.locator('#map-table').scrollIntoViewIfNeeded();
      // The browser's own accessibility tree (Playwright's role queries read the DOM, not what CSS display leaves of it).
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#map-table' });
      const count = async (role: string) => (await cdp.send('Accessibility.queryAXTree', { nodeId, role })).nodes.length;
      // The tree follows layout asynchronously: on the long story page the region has only just been laid out.
      await expect.poll(() => count('table')).toBe(1);
      expect(await count('row')).toBe(statesFile.length + 1);
      expect(await count('columnheader')).toBe(5);
      expect(await count('rowheader')).toBe(statesFile.length);
      expect(await count('cell')).toBe(statesFile.length * 4);
      const table = page.getByRole('table', { name: 'The four states where voters reported the emails' });
      const region = page.locator('.map-table-scroll');
      await region.scrollIntoViewIfNeeded();
      const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth, 'the table does not scroll sideways').toBeLessThanOrEqual(clientWidth);
      const firstRow = table.locator('tbody tr').first();
      const labels = firstRow.locator('.map-table-label');
      await expect(labels).toHaveCount(4);
      if (isMobile || path === '/') {
        // Each cell names its column, since the header row is out of sight.
        await expect(labels).toHaveText(['What was reported', 'Places named', 'Counts as reported', 'Confidence']);
        for (const label of await labels.all()) await expect(label).toBeVisible();
        expect(await table.locator('thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
      } else {
        for (const label of await labels.all()) await expect(label).toBeHidden();
        await expect(table.locator('thead th').first()).toBeVisible();
        // Fixed layout: each of a row's cells starts where its column's header does.
        const header = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().left)));
        const cells = await firstRow.locator('th, td').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
        expect(new Set(header).size).toBe(5);
        expect(cells).toEqual(header);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table of the four states and every static map copy are in the page', async ({ page }) => {
    await page.goto('/');
    await openCollapsed(page, 'map');
    const rows = page.locator('#map-table tbody tr');
    await expect(rows).toHaveCount(statesFile.length);
    for (const s of statesFile) await expect(page.locator('#map-table tbody')).toContainText(s.name);
    await expect(page.locator('#map-table')).toBeVisible();
    // One static copy per map step, each drawn from the shared defs and showing its own view.
    for (const step of mapSteps) {
      const copy = page.locator(`[id="${step.id}"] .step-figure .graphic--map`);
      await expect(copy).toHaveAttribute('data-view', step.state.view);
      await expect(copy.locator('use.st')).toHaveCount(51);
      await expect(copy.locator('svg.map-svg')).toBeVisible();
    }
  });
});
