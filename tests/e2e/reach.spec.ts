// Every step reachable: deep links on short and zoomed screens, the keyboard (focus never hidden behind the sticky bar
// or stage, Next/Previous through the whole story), screen readers (nothing missing from the accessibility tree, a live
// region that speaks once per settled step), and the collapsed long parts that open without JavaScript.
import { test, expect, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import timeline from '../../data/timeline.json' with { type: 'json' };
import relay from '../../data/relay.json' with { type: 'json' };

const steps = stepsFile.steps;
const desktopOnly = ({ isMobile }: { isMobile: boolean }): boolean => isMobile;

async function started(page: Page): Promise<void> {
  await page.locator('#story[data-started]').waitFor({ state: 'attached' });
}

test.describe('deep links on short and zoomed screens', () => {
  // A phone on its side, a 1440×900 desktop at 200 % and a 1280×1024 one at 400 %.
  for (const vp of [
    { width: 844, height: 390 },
    { width: 720, height: 450 },
    { width: 320, height: 256 },
  ]) {
    test.describe(`${vp.width}×${vp.height}`, () => {
      test.use({ viewport: vp });
      test.skip(desktopOnly, 'one run per viewport');

      test('the story is flat (nothing sticks over the text), and a link to each step lands on it with its own figure', async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto('/');
        await started(page);
        await expect(page.locator('html')).toHaveAttribute('data-scrolly', 'flat');
        // Nothing sticky covers the reading area.
        const sticky = await page.evaluate(() =>
          [...document.querySelectorAll('body *')].filter((el) => {
            const s = getComputedStyle(el);
            return (s.position === 'sticky' || s.position === 'fixed') && el.getBoundingClientRect().height > 0 && s.display !== 'none' && s.visibility !== 'hidden';
          }).length,
        );
        expect(sticky).toBe(0);
        const problems: string[] = [];
        for (const step of steps) {
          await page.goto(`/#${step.id}`);
          await started(page);
          const r = await page.evaluate((id) => {
            const el = document.getElementById(id)!;
            const box = el.getBoundingClientRect();
            const fig = el.querySelector<HTMLElement>('.step-figure .graphic');
            return { top: box.top, state: fig?.dataset.state ?? null, figureShown: !!fig && fig.getBoundingClientRect().height > 0 };
          }, step.id);
          if (Math.abs(r.top) > 72) problems.push(`${step.id}: lands ${Math.round(r.top)} px from the top`);
          if (!r.figureShown || r.state !== JSON.stringify(step.state)) problems.push(`${step.id}: its figure does not show its state (${r.state})`);
        }
        expect(problems).toEqual([]);
      });
    });
  }

  test.describe('390×844', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test.skip(desktopOnly, 'one run per viewport');
    test('with scroll effects, a link to each step makes it the active step', async ({ page }) => {
      test.setTimeout(120_000);
      const wrong: string[] = [];
      for (const step of steps) {
        await page.goto(`/#${step.id}`);
        await started(page);
        // The page settles (its code loads, the stage draws) within a moment; then the step must be active.
        const active = await expect
          .poll(() => page.locator('#story').getAttribute('data-active-step'), { timeout: 3000 })
          .toBe(step.id)
          .then(() => step.id)
          .catch(async () => page.locator('#story').getAttribute('data-active-step'));
        if (active !== step.id) wrong.push(`${step.id} → ${active}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});

/** Where the focused element is, and whether something else is drawn over its centre. */
async function focusCheck(page: Page): Promise<{ where: string; hidden: boolean } | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    if (r.width === 0 && r.height === 0) return { where, hidden: false };
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const covered = !!top && top !== el && !el.contains(top) && !(top as HTMLElement).contains?.(el);
    const offscreen = r.bottom <= 0 || r.top >= innerHeight;
    return { where, hidden: covered || offscreen };
  });
}

for (const vp of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test.describe(`keyboard at ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: vp });
    test.skip(desktopOnly, 'one run per viewport');

    for (const direction of ['forward', 'backward'] as const) {
      test(`Tab ${direction} through the whole page: focus is never hidden behind the sticky bar or stage`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.goto('/');
        await started(page);
        const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
        if (direction === 'backward') {
          await page.keyboard.press('End');
          await page.locator('footer a').last().focus();
        }
        const hidden: string[] = [];
        const visited = new Set<string>();
        for (let i = 0; i < 700; i++) {
          await page.keyboard.press(key);
          const f = await focusCheck(page);
          if (!f) break;
          if (f.hidden) hidden.push(f.where);
          const id = `${i}:${f.where}`;
          visited.add(id);
        }
        expect(visited.size).toBeGreaterThan(100);
        expect(hidden).toEqual([]);
      });
    }

    test('Next step can be pressed again and again to walk all the steps, and Previous walks back', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      await started(page);
      const next = page.locator('[data-next]');
      await next.focus();
      for (let i = 0; i < steps.length; i++) {
        await page.keyboard.press('Enter');
        await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[i]!.id, { timeout: 5000 });
        await expect(next).toBeFocused();
      }
      const prev = page.locator('[data-prev]');
      await prev.focus();
      for (let i = steps.length - 2; i >= 0; i--) {
        await page.keyboard.press('Enter');
        await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[i]!.id, { timeout: 5000 });
      }
    });
  });
}

test.describe('screen readers', () => {
  test.skip(desktopOnly, 'one run is enough');

  test('opened, the long lists are all in the accessibility tree before the reader scrolls to them', async ({ page }) => {
    await page.goto('/');
    await started(page);
    // The reader opens every "Show all …" (without scrolling); nothing they hold may be left out of the tree.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
    const exposed = nodes.filter((n) => !n.ignored);
    const names = (role: string) => exposed.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
    const sourceTitles = new Set(names('link'));
    const missingSources = sources.filter((s) => ![...sourceTitles].some((t) => t.startsWith(s.title.slice(0, 30))));
    expect(missingSources.map((s) => s.id)).toEqual([]);
    const headings = names('heading');
    const missingEvents = timeline.filter((e) => !headings.some((h) => h.includes(e.headline.slice(0, 30))));
    expect(missingEvents.map((e) => e.id)).toEqual([]);
    expect(exposed.filter((n) => n.role?.value === 'row').length).toBeGreaterThanOrEqual(5);
    // Each explore figure's title is a heading, so its items sit under it.
    for (const title of ['Where voters reported the emails', 'The email’s path, as the sources describe it']) expect(headings).toContain(title);
    expect(headings.some((h) => h.startsWith('Timeline:'))).toBe(true);
    const hopItems = await page.locator('.relay-hops > li').count();
    expect(hopItems).toBe(relay.edges.length);
  });

  test('the live region speaks once per step the reader settles on, not during a fling, and not the heading being read', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await started(page);
    await page.evaluate(() => {
      const live = document.querySelector('[data-live]')!;
      (window as unknown as { __said: string[] }).__said = [];
      new MutationObserver(() => (window as unknown as { __said: string[] }).__said.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
    });
    // A fling: ten steps in about a second.
    for (let i = 1; i <= 10; i++) {
      await page.locator(`[id="${steps[i]!.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(100);
    }
    const active = await page.locator('#story').getAttribute('data-active-step');
    await page.waitForTimeout(1600);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said.filter((s) => s.trim()));
    expect(said).toHaveLength(1);
    const step = steps.find((s) => s.id === active)!;
    expect(said[0]).toMatch(new RegExp(`^Step ${steps.indexOf(step) + 1} of ${steps.length}, `));
    expect(said[0]).not.toContain(step.heading);
  });

  test('one numbering of steps: no step heading says “Step …”', () => {
    expect(steps.filter((s) => /^step\b/i.test(s.heading)).map((s) => s.id)).toEqual([]);
  });
});

test.describe('collapsed long parts, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(desktopOnly, 'one run is enough');

  test('each explore figure and the Sources start collapsed behind “Show all …”, in the HTML, open without JS, with a skip link past each', async ({ page }) => {
    await page.goto('/');
    const parts = page.locator('details[data-explore-details], details[data-sources-details]');
    await expect(parts).toHaveCount(4);
    for (const d of await parts.all()) {
      await expect(d).not.toHaveAttribute('open', '');
      await expect(d.locator('> summary')).toHaveText(/^Show /);
    }
    // Still in the HTML: every source and every event.
    await expect(page.locator('.source-list > li')).toHaveCount(sources.length);
    await expect(page.locator('.explore--timeline .tl-item')).toHaveCount(timeline.length);
    // Opens without JavaScript.
    const sourcesPart = page.locator('details[data-sources-details]');
    await sourcesPart.locator('> summary').click();
    await expect(sourcesPart).toHaveAttribute('open', '');
    await expect(page.locator('.source-list > li').first()).toBeVisible();
    // A skip link before each, to a target after it.
    for (const href of ['#after-explore-map', '#after-explore-relay', '#after-explore-timeline', '#after-sources']) {
      await expect(page.locator(`a.skip-past[href="${href}"]`)).toHaveCount(1);
      await expect(page.locator(href)).toHaveCount(1);
    }
  });
});
