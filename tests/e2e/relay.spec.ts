// The relay diagram in the browser: each declared state on the stage, details cards by mouse/touch/keyboard, axe, no-JS list.
import { VERTICAL_BELOW } from '../../src/charts/relay/layout';
import { test, expect, type Locator, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };
import relay from '../../data/relay.json' with { type: 'json' };
import { expectNoAxeViolations, exploreReady, openCollapsed, storyLive } from './helpers';

interface RelayStepState {
  view: 'identity' | 'path' | 'headers' | 'full';
  hop?: number;
  token?: boolean;
}
const relaySteps = stepsFile.steps.filter((s) => s.graphic === 'relay') as Array<{ id: string; state: RelayStepState }>;
const mainEdges = relay.edges.filter((e) => !e.side);
const servers = relay.nodes.filter((n) => n.kind === 'server');

/** How many edges the data says a state shows. */
function expectedEdges(state: RelayStepState): { total: number; side: number } {
  switch (state.view) {
    case 'identity':
      return { total: 0, side: 0 };
    case 'path':
      return { total: mainEdges.filter((e) => e.hop <= (state.hop ?? Infinity)).length, side: 0 };
    case 'headers':
      return { total: mainEdges.length, side: 0 };
    case 'full':
      return { total: relay.edges.length, side: relay.edges.filter((e) => e.side).length };
  }
}

const stage = (page: Page): Locator => page.locator('[data-stage-slot="relay"] > .graphic--relay');
const explore = (page: Page): Locator => page.locator('.explore--relay');

async function goToStep(page: Page, id: string): Promise<void> {
  await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#story')).toHaveAttribute('data-active-step', id);
  // The stage draws the step's state once its code has loaded (the server's copy already declares
  // the first relay state, so data-state alone does not tell)...
  await expect(stage(page)).toHaveAttribute('data-drawn', '');
  const state = relaySteps.find((s) => s.id === id)?.state;
  if (state) await expect(stage(page)).toHaveAttribute('data-state', JSON.stringify(state));
  // ...then let the state transition finish (at most 600 ms).
  await expect(stage(page).locator('svg[data-transitioning]')).toHaveCount(0);
}

/** Elements the reader can see: not hidden by class and not hidden by computed visibility. */
async function shownCount(scope: Locator, selector: string): Promise<number> {
  return scope.locator(selector).evaluateAll(
    (els) => els.filter((el) => !el.classList.contains('is-hidden') && getComputedStyle(el).visibility === 'visible').length,
  );
}

test.describe('relay on the story stage', () => {
  test('draws each declared relay state as the reader scrolls to its step', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await storyLive(page);
    const groupIds = new Set(relay.groups.map((g) => g.id));
    for (const step of relaySteps) {
      await goToStep(page, step.id);
      const root = stage(page);
      await expect(root).toHaveAttribute('data-state', JSON.stringify(step.state));
      // What the reader sees: only lines the state declares (a group's line stands in for its members'),
      // side channels only in the full view, the email only when the state sends it.
      const shown = await root.locator('.relay-edge').evaluateAll((els) =>
        els.filter((el) => !el.classList.contains('is-hidden')).map((el) => ({ id: (el as SVGElement).dataset.id ?? '', hop: Number((el as SVGElement).dataset.hop), side: (el as SVGElement).dataset.side === 'true' })),
      );
      const want = expectedEdges(step.state);
      if (step.state.view === 'identity') expect(shown, step.id).toEqual([]);
      else expect(shown.length, `${step.id}: some lines`).toBeGreaterThan(0);
      for (const e of shown) {
        const known = mainEdges.some((m) => m.id === e.id) || relay.edges.some((m) => m.id === e.id) || [...groupIds].some((g) => e.id.startsWith(`${g}--`));
        expect(known, `${step.id}: ${e.id} is a line of the data or of a group`).toBe(true);
        if (step.state.view === 'path') expect(e.hop, `${step.id}: ${e.id}`).toBeLessThanOrEqual(step.state.hop ?? Infinity);
        if (step.state.view !== 'full') expect(e.side, `${step.id}: ${e.id} is a side channel`).toBe(false);
      }
      if (want.side > 0) expect(shown.some((e) => e.side), `${step.id}: side channels`).toBe(true);
      await expect.poll(() => shownCount(root, '.relay-token'), { message: `${step.id}: token` }).toBe(step.state.token ? 1 : 0);
      if (step.state.view === 'identity') {
        await expect.poll(() => shownCount(root, '.relay-node')).toBe(2);
        await expect(root.locator('.relay-node.is-seen').first()).toContainText('info@officialproudboys.com');
      }
      if (step.state.view === 'headers') {
        // The step about the headers opens the group: every server, each with its confidence in words.
        await expect(root.locator('.relay-node.is-strong:not(.is-hidden)')).toHaveCount(servers.length);
        for (const s of servers.filter((x) => x.confidence === 'single-report')) {
          await expect(root.locator(`.relay-node[data-id="${s.id}"]`)).toContainText('Single report');
        }
      }
    }
  });

  test('before the headers step the stage draws the servers as one box with their count', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const transit = relaySteps.find((s) => s.state.token)!;
    await goToStep(page, transit.id);
    const group = relay.groups[0]!;
    await expect(stage(page).locator(`.relay-node[data-id="${group.id}"]:not(.is-hidden)`)).toContainText(`${group.label} (${group.members.length})`);
    for (const m of group.members) await expect(stage(page).locator(`.relay-node[data-id="${m}"]`)).toHaveClass(/is-hidden/);
  });

  test('the email token travels, and only jumps to the end under reduced motion', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const step = relaySteps.find((s) => s.state.token)!;
    await goToStep(page, relaySteps[relaySteps.indexOf(step) - 1]!.id);
    await goToStep(page, step.id);
    const token = stage(page).locator('.relay-token');
    expect(await token.evaluate((el) => el.getAnimations().length)).toBeGreaterThan(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await storyLive(page);
    await goToStep(page, relaySteps[relaySteps.indexOf(step) - 1]!.id);
    await goToStep(page, step.id);
    await expect(token).not.toHaveClass(/is-hidden/);
    expect(await token.evaluate((el) => el.getAnimations().length)).toBe(0);
  });

  test('what a state hides is not redrawn: hidden boxes keep their text, hidden lines take their shape at once', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    // From the email's journey (servers grouped) to the headers (the group opens): the boxes shown in both
    // move as the servers' row grows, the group hides, its members appear.
    const next = relaySteps.find((s) => s.state.view === 'headers')!;
    const identity = relaySteps[relaySteps.indexOf(next) - 1]!;
    await goToStep(page, identity.id);
    await stage(page).locator('.relay-node text').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-before', '')));
    await page.waitForTimeout(700); // reading pace: the next step animates
    // Read as the new state lands (a busy machine could otherwise let every transition end first).
    const landing = stage(page).evaluate(
      (root, want) =>
        new Promise<{ hiddenNodes: number; hiddenRewritten: number; hiddenLinesMoving: number; shownMoving: number }>((resolve) => {
          new MutationObserver((_, observer) => {
            if (root.getAttribute('data-state') !== want) return;
            observer.disconnect();
            resolve({
              hiddenNodes: root.querySelectorAll('.relay-node.is-hidden').length,
              hiddenRewritten: root.querySelectorAll('.relay-node.is-hidden text:not([data-before])').length,
              hiddenLinesMoving: [...root.querySelectorAll('.relay-edge.is-hidden path')].filter((p) => p.getAnimations().length > 0).length,
              shownMoving: [...root.querySelectorAll('.relay-node:not(.is-hidden), .relay-edge:not(.is-hidden) path')].filter((el) => el.getAnimations().length > 0).length,
            });
          }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
        }),
      JSON.stringify(next.state),
    );
    await page.locator(`[id="${next.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const seen = await landing;
    expect(seen.hiddenNodes).toBeGreaterThan(0);
    expect(seen.hiddenRewritten).toBe(0);
    expect(seen.hiddenLinesMoving).toBe(0);
    expect(seen.shownMoving).toBeGreaterThan(0);
  });

  test('a zoom sets the viewBox once and eases a transform from the picture before it', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await storyLive(page);
    await goToStep(page, relaySteps[0]!.id);
    let zooms = 0;
    let checked = 0;
    for (const [i, step] of relaySteps.entries()) {
      if (i === 0) continue;
      await page.waitForTimeout(700); // reading pace: the next step animates
      if (JSON.stringify(step.state) === JSON.stringify(relaySteps[i - 1]!.state)) {
        // The same state as the step before: the story leaves the chart alone (nothing to zoom).
        await page.locator(`[id="${step.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(page.locator('#story')).toHaveAttribute('data-active-step', step.id);
        continue;
      }
      // As the new state lands: count viewBox writes, freeze every animation at its start and measure
      // the boxes shown in both states that keep their place in the layout.
      const landing = stage(page).evaluate(
        (root, want) =>
          new Promise<{ viewBoxWrites: number; zoom: boolean; kept: Array<{ id: string; dx: number; dy: number }> } | null>((resolve) => {
            const svg = root.querySelector('svg.relay-svg')!;
            const place = (el: Element): string => (el as SVGGElement).style.transform;
            const before = new Map(
              [...root.querySelectorAll('.relay-node:not(.is-hidden)')].map((el) => [el, { rect: el.getBoundingClientRect(), place: place(el) }]),
            );
            let viewBoxWrites = 0;
            new MutationObserver((records) => {
              viewBoxWrites += records.filter((r) => r.attributeName === 'viewBox').length;
              if (root.getAttribute('data-state') !== want) return;
              // getAnimations() brings style up to date, which starts the CSS transitions of this change.
              const all = document.getAnimations().filter((a) => root.contains((a.effect as KeyframeEffect).target as Node));
              for (const a of all) {
                a.pause();
                a.currentTime = 0;
              }
              const zoom = svg.getAnimations()[0];
              const kept = [...before]
                .filter(([el, b]) => !el.classList.contains('is-hidden') && place(el) === b.place)
                .map(([el, b]) => {
                  const r = el.getBoundingClientRect();
                  return { id: (el as SVGGElement).dataset.id ?? '', dx: r.x - b.rect.x, dy: r.y - b.rect.y };
                });
              for (const a of all) a.finish();
              setTimeout(() => resolve({ viewBoxWrites, zoom: zoom !== undefined, kept }), 50);
            }).observe(root, { attributes: true, subtree: true, attributeFilter: ['data-state', 'viewBox'] });
            setTimeout(() => resolve(null), 5_000);
          }),
        JSON.stringify(step.state),
      );
      await page.locator(`[id="${step.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const seen = await landing;
      expect(seen, `${step.id}: the new state landed`).not.toBeNull();
      await expect(page.locator('#story')).toHaveAttribute('data-active-step', step.id);
      // Never a viewBox tween: one write at most, however the camera moves.
      expect(seen!.viewBoxWrites, `${step.id}: viewBox writes`).toBeLessThanOrEqual(1);
      if (seen!.viewBoxWrites === 1) {
        // A new viewBox that leaves the picture where it was needs no animation; any other is a zoom.
        if (seen!.zoom) {
          zooms++;
          checked += seen!.kept.length;
        }
        // At its first frame the picture is the one before: boxes that kept their place are where they were.
        for (const k of seen!.kept) {
          expect(Math.abs(k.dx), `${step.id}: ${k.id} x`).toBeLessThan(1);
          expect(Math.abs(k.dy), `${step.id}: ${k.id} y`).toBeLessThan(1);
        }
      }
      await expect(stage(page).locator('svg.relay-svg')).toHaveCSS('transform', 'none');
    }
    expect(zooms, 'the camera moves at least once in the relay steps').toBeGreaterThan(0);
    expect(checked, 'boxes checked at the first frame of a zoom').toBeGreaterThan(0);
  });

  test('every label fits inside its box as rendered', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    for (const id of ['hop-forged-name', 'hop-servers', 'side-channels', 'spoofed-sender']) {
      await goToStep(page, id);
      const spills = await stage(page)
        .locator('.relay-node:not(.is-hidden)')
        .evaluateAll((nodes) =>
          nodes.flatMap((g) => {
            // On screen, where the text's own translate and the SVG's scale are both applied.
            const box = g.querySelector('rect')!.getBoundingClientRect();
            const text = g.querySelector('text')!.getBoundingClientRect();
            const fits = text.left >= box.left - 0.5 && text.right <= box.right + 0.5 && text.height <= box.height + 0.5;
            return fits ? [] : [(g as SVGGElement).dataset.id];
          }),
        );
      expect(spills, id).toEqual([]);
    }
  });

  test('lays out top to bottom on narrow stages and left to right on wide ones', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    await goToStep(page, 'side-channels');
    const width = await stage(page).evaluate((el) => el.getBoundingClientRect().width);
    await expect(stage(page).locator('svg.relay-svg')).toHaveAttribute('data-orientation', width < VERTICAL_BELOW ? 'vertical' : 'horizontal');
    await page.setViewportSize({ width: width < VERTICAL_BELOW ? 1440 : 390, height: 900 });
    await expect(stage(page).locator('svg.relay-svg')).toHaveAttribute('data-orientation', width < VERTICAL_BELOW ? 'horizontal' : 'vertical');
  });

  test('stage and static copies hold no focusable element', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const focusable = page.locator(
      '.graphic--relay:not([data-variant="explore"]) :is(a, button, [tabindex]:not([tabindex="-1"]))',
    );
    await expect(focusable).toHaveCount(0);
  });
});

test.describe('relay stage warm-up', () => {
  // A phone: the server's layout (wide) and the stage's (narrow, top to bottom) break lines differently.
  test.use({ viewport: { width: 390, height: 844 } });

  test('the stage copy, mounted two steps ahead, writes its new text over several frames', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __frame: number; __textFrames: number[] };
      w.__frame = 0;
      w.__textFrames = [];
      const tick = (): void => {
        w.__frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      document.addEventListener('DOMContentLoaded', () => {
        const items = document.querySelector('[data-stage-slot="relay"] .relay-items');
        if (!items) return;
        new MutationObserver((records) => {
          for (const r of records) if (r.type === 'childList' && (r.target as Element).classList.contains('relay-node')) w.__textFrames.push(w.__frame);
        }).observe(items, { childList: true, subtree: true });
      });
    });
    // Two steps before the first relay step: the story mounts the relay stage, off screen.
    await page.goto('/#alaska-communities');
    await storyLive(page);
    const frames = (): Promise<number[]> => page.evaluate(() => (window as unknown as { __textFrames: number[] }).__textFrames);
    await expect.poll(async () => new Set(await frames()).size, { message: 'node text rewritten in distinct frames' }).toBeGreaterThanOrEqual(2);
    await expect(stage(page)).not.toHaveAttribute('data-drawn', '');
    // Once the reader gets there, the stage draws the first relay state (goToStep waits for it).
    await goToStep(page, relaySteps[0]!.id);
  });
});

test.describe('relay details cards (explore figure)', () => {
  test('keyboard: the diagram is one tab stop; arrow keys move through nodes and edges, Enter opens, Escape closes and focus returns', async ({ page }) => {
    await page.goto('/');
    await exploreReady(page, 'relay');
    const fig = explore(page);
    await fig.locator('.figure-howto').scrollIntoViewIfNeeded();
    await fig.locator('.figure-howto').click();
    await page.keyboard.press('Tab');
    const first = fig.locator('.relay-svg [role="button"]').first();
    await expect(first).toBeFocused();
    const firstId = await first.getAttribute('data-id');
    expect(relay.nodes.some((n) => n.id === firstId)).toBe(true);
    const card = fig.locator('[data-relay-card]');
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await expect(card.locator('[data-relay-card-title]')).toHaveText(relay.nodes.find((n) => n.id === firstId)!.label);
    await expect(card.locator('.conf')).toBeVisible();
    await expect(card.locator('a[href^="#source-"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(first).toBeFocused();

    // The next item (arrow key) is the first node's outgoing line; its card says what passed.
    await page.keyboard.press('ArrowDown');
    const edge = fig.locator('.relay-edge:focus');
    await expect(edge).toHaveCount(1);
    const edgeId = await edge.getAttribute('data-id');
    const edgeData = relay.edges.find((e) => e.id === edgeId)!;
    expect(edgeData.from).toBe(firstId);
    await page.keyboard.press('Enter');
    await expect(card).toContainText(edgeData.passed);
    await page.keyboard.press('Escape');
    await expect(page.locator(`.explore--relay .relay-edge[data-id="${edgeId}"]`)).toBeFocused();
    // One tab stop in and out: Tab leaves the diagram; Shift+Tab comes back to the item last focused.
    await page.keyboard.press('Tab');
    await expect(fig.locator('.relay-svg :focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(`.explore--relay .relay-edge[data-id="${edgeId}"]`)).toBeFocused();
    // End and Home reach the last and the first item.
    await page.keyboard.press('End');
    await expect(fig.locator('.relay-svg [role="button"]').last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
  });

  test('axe finds no violations with a card open', async ({ page }) => {
    await page.goto('/');
    await exploreReady(page, 'relay');
    const fig = explore(page);
    const node = fig.locator('.relay-node[data-id="server-moldova"]');
    await node.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('[data-relay-card]')).toBeVisible();
    await expectNoAxeViolations(page, '.explore--relay');
  });

  test('mouse: hover shows a card, click pins it, Escape closes it', async ({ page, isMobile }) => {
    test.skip(isMobile, 'no hover on touch screens');
    await page.goto('/');
    await exploreReady(page, 'relay');
    const fig = explore(page);
    const card = fig.locator('[data-relay-card]');
    const node = fig.locator('.relay-node[data-id="joongang-singapore"]');
    await node.scrollIntoViewIfNeeded();
    await node.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Singapore');
    await page.mouse.move(2, 2);
    await expect(card).toBeHidden();
    const edge = fig.locator('.relay-edge[data-id="spoofed-sender-to-server-estonia"]');
    await edge.scrollIntoViewIfNeeded();
    // A line is clicked on its own stroke: the first point along it where it is the topmost target
    // (the middle of its bounding box may be empty space, and lines cross near their ends).
    const at = await edge.locator('.edge-line').evaluate((path: SVGPathElement) => {
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      for (let k = 0.5; k < 1; k += 0.02) {
        const p = path.getPointAtLength(total * k);
        const x = p.x * m.a + p.y * m.c + m.e;
        const y = p.x * m.b + p.y * m.d + m.f;
        if (path.parentElement!.contains(document.elementFromPoint(x, y))) return { x, y };
      }
      return null;
    });
    expect(at, 'the line can be reached by the mouse somewhere along its length').not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect(card).toBeVisible();
    await expect(card).toContainText(relay.edges.find((e) => e.id === 'spoofed-sender-to-server-estonia')!.passed);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(500);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(edge).toBeFocused();
  });

  test('touch: a tap opens the card and its close button closes it', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'touch only');
    await page.goto('/');
    await exploreReady(page, 'relay');
    await page.getByRole('switch', { name: 'Scroll effects' }).click();
    const fig = explore(page);
    const card = fig.locator('[data-relay-card]');
    const node = fig.locator('.relay-node[data-id="mail-providers"]');
    await node.scrollIntoViewIfNeeded();
    await node.tap();
    await expect(card).toBeVisible();
    await expect(card).toContainText('25,000');
    await card.getByRole('button', { name: 'Close details' }).tap();
    await expect(card).toBeHidden();
  });
});

/** Opens the relay embed with its scripts held back until `release()`: the page as parsed and styled, before any script. */
async function openRelayEmbedScriptsHeld(page: Page): Promise<{ root: Locator; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/embed/relay/', { waitUntil: 'commit' });
  await page.locator('.embed-credit').waitFor({ state: 'attached' });
  return { root: page.locator('.embed .graphic--relay[data-variant="explore"]'), release };
}

test.describe('relay explore figure reserves its height', () => {
  /** The explore SVG's box and the top of what follows it. */
  const measure = (page: Page): Promise<number[]> =>
    page.locator('.embed .graphic--relay[data-variant="explore"]').evaluate((root) => {
      const svg = root.querySelector('svg.relay-svg')!.getBoundingClientRect();
      return [Math.round(svg.width), Math.round(svg.height), Math.round(root.nextElementSibling!.getBoundingClientRect().top)];
    });

  test('before its script lays it out at the real width, the diagram already takes the height it will have', async ({ page }) => {
    // The server-rendered diagram, laid out by CSS alone.
    const { root, release } = await openRelayEmbedScriptsHeld(page);
    await expect(root).not.toHaveAttribute('data-ready');
    // The server laid it out for a 358 px column: at another width its own proportions would give another height.
    const serverBox = (await root.locator('svg').getAttribute('viewBox'))!.split(' ').map(Number);
    const before = await measure(page);
    release();
    await expect(root).toHaveAttribute('data-ready', '');
    const after = await measure(page);
    expect(after).toEqual(before);
    // Laid out at its real width (the viewBox is in px), and the reserved height was that layout's.
    const [, , vbW, vbH] = (await root.locator('svg').getAttribute('viewBox'))!.split(' ').map(Number);
    expect(vbW).toBe(after[0]);
    expect(Math.abs(vbH! - after[1]!)).toBeLessThanOrEqual(0.5);
    if (Math.abs(before[0]! - serverBox[2]!) > 60) expect(Math.abs(before[1]! - (before[0]! * serverBox[3]!) / serverBox[2]!)).toBeGreaterThan(20);
  });
});

test.describe('relay redraws', () => {
  // A phone a little wider than the one the server lays the figure out for.
  test.use({ viewport: { width: 430, height: 932 } });

  test('a box that only changes size keeps its text; new line breaks rewrite it', async ({ page }) => {
    const { root, release } = await openRelayEmbedScriptsHeld(page);
    // Mark the server's text elements and note each box's width and lines, then let the script lay
    // the diagram out again at the real width (the server used 358 px).
    const read = () =>
      root.locator('.relay-node').evaluateAll((nodes) =>
        nodes.map((g) => {
          const text = g.querySelector('text')!;
          return {
            id: (g as SVGGElement).dataset.id,
            width: g.querySelector('rect')!.getAttribute('width'),
            lines: [...text.children].map((t) => `${t.getAttribute('y')}|${t.textContent}`).join('/'),
            server: text.hasAttribute('data-server-text'),
          };
        }),
      );
    await root.locator('.relay-node text').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-server-text', '')));
    const before = await read();
    release();
    await expect(root).toHaveAttribute('data-ready', '');
    const after = await read();
    let kept = 0;
    for (const a of after) {
      const b = before.find((x) => x.id === a.id)!;
      // Same lines: the same text element (only its position may change); other lines: a new one.
      expect(a.server, a.id).toBe(a.lines === b.lines);
      if (a.server && a.width !== b.width) kept++;
    }
    // At phone widths the diagram stays top to bottom, and most boxes only widen a little.
    if ((await root.locator('svg').getAttribute('data-orientation')) === 'vertical') expect(kept).toBeGreaterThan(0);
  });
});

test.describe('relay without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explore figure lists every hop, in order, with what passed, confidence and sources', async ({ page }) => {
    await page.goto('/');
    await openCollapsed(page, 'relay');
    const items = page.locator('.explore--relay ol.relay-hops > li');
    await expect(items).toHaveCount(relay.edges.length);
    const hops = await items.evaluateAll((lis) => lis.map((li) => Number(/Hop (\d+)/.exec(li.textContent ?? '')?.[1])));
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    const first = relay.edges.find((e) => e.hop === 1)!;
    await expect(items.first()).toContainText(first.passed);
    await expect(items.first().locator('.conf')).toHaveCount(1);
    await expect(items.first().locator('a[href^="#source-"]')).toHaveCount(first.sources.length);
    // Every line of the data (the stage's group lines are there too, hidden, for the update to move).
    for (const e of relay.edges) await expect(page.locator(`.explore--relay .relay-svg .relay-edge[data-id="${e.id}"]`)).toHaveCount(1);
    await expect(page.locator('.explore--relay .relay-legend li').first()).toBeVisible();
  });

  test('the diagram keeps the proportions of its server layout (the reserved height needs a script)', async ({ page }) => {
    await page.goto('/embed/relay/');
    const svg = page.locator('.graphic--relay[data-variant="explore"] svg.relay-svg');
    const [, , vbW, vbH] = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
    const box = (await svg.boundingBox())!;
    expect(Math.abs(box.height - (box.width * vbH!) / vbW!)).toBeLessThan(1.5);
    // A phone-column layout: on wide screens it is not blown up to the full width.
    expect(box.width).toBeLessThanOrEqual(480.5);
  });
});
