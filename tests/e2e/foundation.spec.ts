// The story page's foundation: intro and full source list from data, without JS, accessible, no off-site requests.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openCollapsed, recordOffsiteRequests } from './helpers';
import sources from '../../data/sources.json' with { type: 'json' };
import article from '../../data/article.json' with { type: 'json' };

test('the page shows the headline, the intro and the known/disputed box', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
  await expect(page.getByRole('heading', { name: 'What is known, what is disputed' })).toBeVisible();
  await expect(page.locator('.dateline')).toContainText('Last updated');
});

test('every source in data/sources.json is listed with its link, archive link and anchor', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.source-list > li');
  await expect(items).toHaveCount(sources.length);
  const rendered = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.id,
      href: li.querySelector('a.src-title')?.getAttribute('href'),
      archive: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    })),
  );
  const byId = new Map(rendered.map((r) => [r.id, r]));
  for (const s of sources) {
    const r = byId.get(`source-${s.id}`);
    expect(r?.href, s.id).toBe(s.url);
    expect(r?.archive, s.id).toContain(s.archiveUrl);
  }
});

test('every citation links to an entry of the Sources list', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  const ids = new Set(await page.locator('.source-list > li').evaluateAll((lis) => lis.map((li) => `#${li.id}`)));
  for (const h of hrefs) expect(ids.has(h.slice(h.indexOf('#'))), h).toBe(true);
});

test('a citation click lands on its source', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('.intro .cite a').first();
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
});

test('no request leaves the site’s own origin', async ({ page, baseURL }) => {
  const offsite = recordOffsiteRequests(page, baseURL!);
  await page.goto('/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
});

test('head carries description, canonical, Open Graph, Twitter card and NewsArticle data', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.description);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/.+\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.headline).toBe(article.headline);
});

test('axe finds no WCAG A/AA violations, light and dark', async ({ page }) => {
  test.slow(); // axe over a long page is slow on a busy 2-core machine
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the intro and the whole source list read fully', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
    await expect(page.locator('.intro p').first()).toBeVisible();
    await expect(page.locator('.source-list > li')).toHaveCount(sources.length);
    await openCollapsed(page, 'sources');
    await expect(page.locator(`li[id="source-${sources[0]!.id}"]`)).toBeVisible();
  });
});

test('the page runs without console errors (including Content-Security-Policy violations)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-scrolly', 'on');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});
