// Shared browser-test helpers: axe with the WCAG A/AA tags, and a guard that records off-site requests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page (optionally one region) and expects no violations, listing them if any. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** Collects every request whose origin is not the page's own. Call before navigating. */
export function recordOffsiteRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  const offsite: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== own) offsite.push(url);
  });
  return offsite;
}

/** Waits until the story's script has set everything up (stage, scroll tracking). */
export async function storyLive(page: Page): Promise<void> {
  await page.locator('#story[data-started]').waitFor({ state: 'attached' });
}

/**
 * Brings an explore figure near the screen, as a reader scrolling to it would, and waits until it is
 * interactive: the story mounts explore figures only when they come near (or when focus enters them).
 */
export async function exploreReady(page: Page, graphic: 'map' | 'relay' | 'timeline'): Promise<void> {
  await storyLive(page);
  await openCollapsed(page, graphic);
  const fig = page.locator(`.explore--${graphic}`);
  await fig.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await fig.locator('.graphic[data-ready]').waitFor({ state: 'attached' });
}

/**
 * Opens a collapsed part of the story page as a reader does, by its "Show all …" control (works with or
 * without JavaScript): an explore figure by graphic name, or "sources".
 */
export async function openCollapsed(page: Page, part: 'map' | 'relay' | 'timeline' | 'sources'): Promise<void> {
  const details = page.locator(part === 'sources' ? 'details[data-sources-details]' : `.explore-slot[data-explore-for="${part}"] details[data-explore-details]`);
  if ((await details.count()) === 0 || (await details.getAttribute('open')) !== null) return;
  await details.locator('> summary').click();
  await expect(details).toHaveAttribute('open', '');
}
