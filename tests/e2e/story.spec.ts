// The scrollytelling engine: each step's declared state, fast jumps, reloads, deep links, the switch, no-JS, axe.
import { test, expect, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };
import timelineEvents from '../../data/timeline.json' with { type: 'json' };
import { expectNoAxeViolations, openCollapsed, storyLive } from './helpers';

const steps = stepsFile.steps;
const lastStep = steps.at(-1)!;

/** The graphic root on the sticky stage for a graphic name. */
const stageGraphic = (page: Page, graphic: string) => page.locator(`[data-stage-slot="${graphic}"] > .graphic`);

async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

test.describe('scroll-driven story', () => {
  test('scrolling to each step sets data-active-step and the graphic’s declared state', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const story = page.locator('#story');
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expect(story).toHaveAttribute('data-active-step', step.id);
      await expect(page.locator('[data-stage]')).toHaveAttribute('data-graphic', step.graphic);
      await expect(stageGraphic(page, step.graphic)).toHaveAttribute('data-state', JSON.stringify(step.state));
    }
  });

  test('scrolling back up restores the earlier step’s state', async ({ page }) => {
    await page.goto('/');
    const a = steps[1]!;
    const b = steps[4]!;
    await scrollToStep(page, b.id);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', b.id);
    await scrollToStep(page, a.id);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', a.id);
    await expect(stageGraphic(page, a.graphic)).toHaveAttribute('data-state', JSON.stringify(a.state));
  });

  test('a fast jump to the bottom lands on the last step', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', lastStep.id);
    await expect(stageGraphic(page, lastStep.graphic)).toHaveAttribute('data-state', JSON.stringify(lastStep.state));
  });

  test('the URL hash follows the active step, replacing history rather than pushing', async ({ page }) => {
    await page.goto('/');
    const before = await page.evaluate(() => history.length);
    for (const step of steps.slice(0, 4)) {
      await scrollToStep(page, step.id);
      await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
    }
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a #step deep link opens on that step with its graphic state', async ({ page }) => {
    const target = steps[Math.floor(steps.length / 2)]!;
    await page.goto(`/#${target.id}`);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', target.id);
    await expect(stageGraphic(page, target.graphic)).toHaveAttribute('data-state', JSON.stringify(target.state));
  });

  test('a reload mid-page comes back on the same step', async ({ page }) => {
    const target = steps[7]!;
    await page.goto('/');
    await scrollToStep(page, target.id);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', target.id);
    await page.reload();
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', target.id);
    await expect(stageGraphic(page, target.graphic)).toHaveAttribute('data-state', JSON.stringify(target.state));
  });

  test('the live region announces “Step n of N, section” once the reader settles on a step (not the heading being read)', async ({ page }) => {
    await page.goto('/');
    const step = steps[2]!;
    await scrollToStep(page, step.id);
    const section = stepsFile.sections.find((s) => s.id === step.section)!;
    await expect(page.locator('[data-live]')).toHaveText(`Step 3 of ${steps.length}, ${section.title}`);
  });

  test('the sticky stage is hidden from assistive technology and holds no tab stop', async ({ page }) => {
    await page.goto('/');
    const stage = page.locator('[data-stage]');
    await expect(stage).toHaveAttribute('aria-hidden', 'true');
    const focusable = await stage.locator('a, button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
    expect(focusable).toBe(0);
  });

  test('each step’s text alternative follows its text in the reading order', async ({ page }) => {
    await page.goto('/');
    for (const step of steps) {
      await expect(page.locator(`[id="${step.id}"] .step-alt`)).toContainText(step.alt);
    }
  });

  test('previous/next buttons move through the steps by keyboard', async ({ page }) => {
    await page.goto('/');
    await scrollToStep(page, steps[0]!.id);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[0]!.id);
    const next = page.getByRole('button', { name: 'Next step' });
    const before = await page.evaluate(() => scrollY);
    await next.focus();
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => scrollY), 'focusing the sticky bar does not move the page').toBe(before);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[0]!.id);
    await page.keyboard.press('Enter');
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[1]!.id);
    // Focus stays on the button (it can be pressed again); the live region names the step reached.
    await expect(next).toBeFocused();
    await expect(page.locator('[data-live]')).toContainText(`Step 2 of ${steps.length}`);
    await expect(page.locator('[data-live]')).toContainText(steps[1]!.heading);
    await page.getByRole('button', { name: 'Previous step' }).press('Enter');
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', steps[0]!.id);
  });

  test('the progress indicator shows the section and step n of N', async ({ page }) => {
    await page.goto('/');
    const step = steps[5]!;
    await scrollToStep(page, step.id);
    const section = stepsFile.sections.find((s) => s.id === step.section)!;
    await expect(page.locator('[data-progress]')).toContainText(`${section.title} · Step 6 of ${steps.length}`);
  });

  test('?debug outlines the steps and draws the trigger line', async ({ page }) => {
    await page.goto('/?debug');
    await expect(page.locator('#story')).toHaveAttribute('data-debug', '');
  });

  test('rapid scrolling never leaves the graphic between states', async ({ page }) => {
    await page.goto('/');
    for (const step of steps.slice(0, 10)) await scrollToStep(page, step.id);
    const final = steps[9]!;
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', final.id);
    await page.waitForTimeout(700); // longer than the longest transition (600 ms)
    await expect(stageGraphic(page, final.graphic)).toHaveAttribute('data-state', JSON.stringify(final.state));
    expect(await page.locator('[data-stage] .graphic [data-transitioning]').count()).toBe(0);
  });

  test('at reading pace a neighbour step animates; flicking on before it ends lands the next state at once', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    // Three neighbour steps drawn by the same chart.
    const i = steps.findIndex((s, k) => k > 0 && steps[k + 1]?.graphic === s.graphic && steps[k + 2]?.graphic === s.graphic);
    const [a, b, c] = [steps[i]!, steps[i + 1]!, steps[i + 2]!];
    const graphic = stageGraphic(page, a.graphic);
    /** The chart's declared state and whether a transition is under way, read together. */
    const drawn = () =>
      graphic.evaluate((g) => [g.getAttribute('data-state'), g.querySelector('[data-transitioning]') !== null] as const);
    await scrollToStep(page, a.id);
    await expect(graphic).toHaveAttribute('data-state', JSON.stringify(a.state));
    await page.waitForTimeout(800); // a reader's pause, longer than a transition
    await scrollToStep(page, b.id);
    await expect.poll(drawn).toEqual([JSON.stringify(b.state), true]);
    // On to the next step while that transition runs: the state lands with nothing left moving.
    // Read at the moment the chart takes the new state (a poll could only see it once any transition ended).
    const landing = graphic.evaluate(
      (g, want) =>
        new Promise<boolean>((resolve) => {
          new MutationObserver((_, observer) => {
            if (g.getAttribute('data-state') !== want) return;
            observer.disconnect();
            resolve(g.querySelector('[data-transitioning]') !== null);
          }).observe(g, { attributes: true, attributeFilter: ['data-state'] });
        }),
      JSON.stringify(c.state),
    );
    await scrollToStep(page, c.id);
    expect(await landing).toBe(false);
  });

  test('axe: no violations in several step states', async ({ page }) => {
    test.slow(); // axe over a long page is slow on a busy 2-core machine
    await page.goto('/');
    for (const step of [steps[0]!, steps[Math.floor(steps.length / 2)]!, lastStep]) {
      await scrollToStep(page, step.id);
      await expect(page.locator('#story')).toHaveAttribute('data-active-step', step.id);
      await expectNoAxeViolations(page, '#story');
    }
  });
});

test.describe('a graphic coming back to the stage', () => {
  test('is drawn ahead while hidden, so the step that brings it back only swaps the slots', async ({ page }) => {
    test.setTimeout(90_000);
    // The first map step after other graphics, and the step before it.
    const backAt = steps.findIndex((s, i) => i > 0 && s.graphic === 'map' && steps[i - 1]!.graphic !== 'map' && steps.slice(0, i - 1).some((p) => p.graphic === 'map'));
    expect(backAt, 'the story returns to the map after other graphics').toBeGreaterThan(0);
    const back = steps[backAt]!;
    const lastMapBefore = steps.slice(0, backAt).findLastIndex((s) => s.graphic === 'map');
    await page.goto(`/#${steps[lastMapBefore]!.id}`);
    await storyLive(page);
    const story = page.locator('#story');
    const map = stageGraphic(page, 'map');
    await expect(map).toHaveAttribute('data-drawn', '');
    // Read on, step by step, to the step before the map comes back.
    for (const step of steps.slice(lastMapBefore + 1, backAt)) {
      await scrollToStep(page, step.id);
      await expect(story).toHaveAttribute('data-active-step', step.id);
    }
    // While the map is hidden, it takes on the next step's state.
    await expect(page.locator('[data-stage]')).not.toHaveAttribute('data-graphic', 'map');
    await expect(map).toHaveAttribute('data-state', JSON.stringify(back.state));
    await map.evaluate((g) => {
      const w = window as unknown as { __mapWrites: number };
      w.__mapWrites = 0;
      new MutationObserver((records) => (w.__mapWrites += records.length)).observe(g.querySelector('svg')!, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await scrollToStep(page, back.id);
    await expect(story).toHaveAttribute('data-active-step', back.id);
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-graphic', 'map');
    await expect(page.locator('[data-stage-slot="map"]')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __mapWrites: number }).__mapWrites), 'writes to the map SVG').toBe(0);
    await expect(map).toHaveAttribute('data-state', JSON.stringify(back.state));
  });
});

test.describe('explore figures and the sticky stage', () => {
  test('on phones the stage steps aside while an explore figure is on screen, and comes back after', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'phones only: on desktops the stage sits beside the text');
    await page.goto('/');
    await storyLive(page);
    const shown = page.locator('[data-stage] [data-stage-slot="timeline"]');
    await openCollapsed(page, 'timeline');
    await page.locator('.explore--timeline .tl-item').nth(4).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-away', '');
    await expect(shown, 'nothing of the stage may cover the figure').toBeHidden();
    await scrollToStep(page, steps[1]!.id);
    await expect(page.locator('[data-stage]')).not.toHaveAttribute('data-away', '');
    await expect(page.locator(`[data-stage] [data-stage-slot="${steps[1]!.graphic}"]`)).toBeVisible();
  });

  test('on phones and tablets, nothing of the stage shows through any explore figure', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'phones only: on desktops the stage sits beside the text');
    await page.goto('/');
    await storyLive(page);
    for (const figure of ['map', 'relay', 'timeline'] as const) {
      await openCollapsed(page, figure);
      // The end of the figure (its table or list), where the stage's own key would sit over the text.
      await page.locator(`.explore--${figure}`).evaluate((el) => el.scrollIntoView({ block: 'end' }));
      // Scrolling here from the previous figure passes story steps: wait for the stage to settle away again.
      await expect
        .poll(
          () =>
            page.locator('[data-stage]').evaluate((stage) =>
              stage.hasAttribute('data-away')
                ? [stage, ...stage.querySelectorAll('*')]
                    .filter((el) => {
                      const box = el.getBoundingClientRect();
                      const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
                      return onScreen && getComputedStyle(el).visibility === 'visible';
                    })
                    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
                : ['(the stage is not away)'],
            ),
          { message: `stage elements visible over the ${figure} figure` },
        )
        .toEqual([]);
    }
  });
});

test.describe('explore figures load when needed', () => {
  test('collapsed, a figure is only text (no markup to lay out) even when scrolled to; opened, it is built and mounts', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const timeline = page.locator('.explore--timeline .graphic');
    const slot = page.locator('.explore-slot[data-explore-for="timeline"]');
    await slot.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await expect(timeline).toHaveCount(0);
    await expect(slot.locator('noscript[data-explore-figure]')).toHaveCount(1);
    await slot.locator('details[data-explore-details] > summary').click();
    await expect(timeline).toHaveAttribute('data-ready', '');
    await expect(slot.locator('noscript[data-explore-figure]')).toHaveCount(0);
    await expect(page.locator('.explore--timeline [data-tl-controls]')).toBeVisible();
  });

  test('opening a figure mounts it at once, wherever the page is, so a keyboard reader finds it working', async ({ page }) => {
    await page.goto('/');
    await storyLive(page);
    const relay = page.locator('.explore--relay .graphic');
    await expect(relay).toHaveCount(0);
    // Opened without scrolling: only the opening can have built and mounted it.
    await page.locator('.explore-slot[data-explore-for="relay"] details[data-explore-details]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(relay).toHaveAttribute('data-ready', '');
  });

  test('a link to an event inside a collapsed figure builds the figure, opens it and lands on the event', async ({ page }) => {
    const id = (timelineEvents as Array<{ id: string }>)[3]!.id;
    await page.goto(`/#event-${id}`);
    await storyLive(page);
    const target = page.locator(`[id="event-${id}"]`);
    await expect(target).toBeVisible();
    await expect(page.locator('.explore-slot[data-explore-for="timeline"] details[data-explore-details]')).toHaveAttribute('open', '');
    await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(page.viewportSize()!.height);
  });
});

test.describe('turning scroll effects off', () => {
  test('the switch shows the flat story with every graphic, and is remembered', async ({ page }) => {
    await page.goto('/');
    const sw = page.getByRole('switch', { name: 'Scroll effects' });
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await sw.click();
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-scrolly', 'off');
    await expect(page.locator('[data-stage]')).toBeHidden();
    await expect(page.locator('[data-progress]'), 'no step count that nothing updates').toBeHidden();
    const figures = page.locator('.step-figure .graphic');
    await expect(figures).toHaveCount(steps.length);
    for (let i = 0; i < steps.length; i++) {
      await expect(figures.nth(i)).toHaveAttribute('data-state', JSON.stringify(steps[i]!.state));
    }
    await expect(figures.first()).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-scrolly', 'off');
    await expect(page.getByRole('switch', { name: 'Scroll effects' })).toHaveAttribute('aria-checked', 'false');
    // Remembered "off": the figures are real markup from the first paint (the inline script after the steps).
    await expect(figures).toHaveCount(steps.length);
    await expect(page.locator('noscript[data-step-figure]')).toHaveCount(0);
    await expect(figures.first()).toBeVisible();
  });

  test('with scroll effects on, the step figures wait as <noscript> text and appear for printing', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-scrolly', 'on');
    await expect(page.locator('noscript[data-step-figure]')).toHaveCount(steps.length);
    await expect(page.locator('.step-figure .graphic')).toHaveCount(0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const figures = page.locator('.step-figure .graphic');
    await expect(figures).toHaveCount(steps.length);
    await expect(figures.first()).toBeVisible();
  });

  test('axe: no violations in the flat layout', async ({ page }) => {
    test.slow(); // axe over a long page is slow on a busy 2-core machine
    await page.goto('/');
    await page.getByRole('switch', { name: 'Scroll effects' }).click();
    await expectNoAxeViolations(page, '#story');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the story is flat: every step’s text, alternative and graphic are shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-stage]')).toBeHidden();
    await expect(page.locator('[data-story-bar]'), 'no progress bar that JS would have to update').toBeHidden();
    await expect(page.locator('.step')).toHaveCount(steps.length);
    for (const step of steps) {
      const el = page.locator(`[id="${step.id}"]`);
      await expect(el.locator('.step-heading')).toHaveText(step.heading);
      await expect(el.locator('.step-alt')).toBeVisible();
      await expect(el.locator('.step-figure .graphic')).toHaveAttribute('data-state', JSON.stringify(step.state));
    }
    await expect(page.locator('.step-figure .graphic svg').first()).toBeVisible();
  });
});

test.describe('reduced motion', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });
  test('state changes are instant: no transition is running right after a step change', async ({ page }) => {
    await page.goto('/');
    const step = steps[3]!;
    await scrollToStep(page, step.id);
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', step.id);
    expect(await page.locator('[data-stage] [data-transitioning]').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--motion-chart').trim())).toBe('0ms');
  });
});
