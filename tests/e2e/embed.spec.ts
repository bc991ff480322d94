// Embeds: auto-height in Pym.js, loader and plain-iframe hosts; theme and state parameters; message safety; axe.
import { test, expect, type FrameLocator, type Page, type Locator } from '@playwright/test';
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';
import heights from '../../src/embed/heights.json' with { type: 'json' };

const HOST = process.env.HOST_ORIGIN!;
const GRAPHICS = ['map', 'relay', 'timeline'] as const;

/** Height of the embed page's content, read inside the frame. */
async function contentHeight(page: Page, frameSelector: string): Promise<number> {
  const handle = await page.locator(frameSelector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame || !frame.url().includes('/embed/')) return Number.NaN; // not loaded yet: the poll tries again
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

async function frameHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((el) => el.getBoundingClientRect().height);
}

/** Waits until the iframe's height is within 2 px of its content's height; returns both. */
async function expectFitted(page: Page, iframe: Locator, frameSelector: string): Promise<void> {
  await expect
    .poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(page, frameSelector))), { timeout: 8000 })
    .toBeLessThanOrEqual(2);
}

/** Opens the "Embed this" disclosure inside the frame: a content change that makes the page taller. */
async function changeContent(frame: FrameLocator): Promise<void> {
  await frame.locator('[data-embed-this] > summary').click();
  await expect(frame.locator('[data-embed-this]')).toHaveAttribute('open', '');
}

test.describe('auto height', () => {
  test('the real Pym.js parent sizes the frame to the content after load, width change and content change', async ({ page, baseURL }) => {
    await page.goto(`${HOST}/pym.html?site=${encodeURIComponent(baseURL!)}`);
    const iframe = page.locator('#graphic iframe');
    await expect(iframe).toHaveAttribute('src', /childId=graphic/);
    await expectFitted(page, iframe, '#graphic iframe');
    const before = await frameHeight(iframe);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitted(page, iframe, '#graphic iframe');
    const frame = page.frameLocator('#graphic iframe');
    const narrow = await frameHeight(iframe);
    await changeContent(frame);
    await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(narrow);
    await expectFitted(page, iframe, '#graphic iframe');
    expect(before).toBeGreaterThan(100);
  });

  test('our loader makes a titled, lazy iframe that fits its content after load, width change and content change', async ({ page, baseURL }) => {
    await page.goto(`${HOST}/loader.html?site=${encodeURIComponent(baseURL!)}`);
    const iframe = page.locator('#slot iframe');
    await expect(iframe).toHaveAttribute('title', /Map/);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expectFitted(page, iframe, '#slot iframe');
    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitted(page, iframe, '#slot iframe');
    const narrow = await frameHeight(iframe);
    await changeContent(page.frameLocator('#slot iframe'));
    await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(narrow);
    await expectFitted(page, iframe, '#slot iframe');
  });

  test('the loader ignores a size message that does not come from its own frame', async ({ page, baseURL }) => {
    await page.goto(`${HOST}/loader.html?site=${encodeURIComponent(baseURL!)}`);
    const iframe = page.locator('#slot iframe');
    await expectFitted(page, iframe, '#slot iframe');
    const fitted = await frameHeight(iframe);
    // The host window itself (another origin than ours, and not the frame) claims a new height.
    await page.evaluate(() => window.postMessage({ type: 'pb-embed:height', id: 'pb-embed-1', graphic: 'map', height: 37 }, '*'));
    // A frame of another origin tries too.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.srcdoc = `<script>parent.postMessage({type:'pb-embed:height',id:'pb-embed-1',graphic:'map',height:41},'*')<\/script>`;
      document.body.appendChild(f);
    });
    await page.waitForTimeout(500);
    expect(Math.abs((await frameHeight(iframe)) - fitted)).toBeLessThanOrEqual(2);
  });

  test('a plain iframe works without our script, in a scripts-only sandbox, at the committed height', async ({ page, baseURL }) => {
    const offsite = recordOffsiteRequests(page, baseURL!);
    await page.goto(`${HOST}/iframe.html?site=${encodeURIComponent(baseURL!)}&graphic=map`);
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('.explore .graphic')).toBeVisible();
    expect(await frameHeight(page.locator('#frame'))).toBe(900);
    expect(offsite.filter((u) => !u.startsWith(HOST))).toEqual([]);
  });
});

test.describe('embed pages', () => {
  for (const g of GRAPHICS) {
    test(`/embed/${g}/ has title, explainer, source line, credit, date, text alternative and a story link`, async ({ page, baseURL }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const offsite = recordOffsiteRequests(page, baseURL!);
      await page.goto(`/embed/${g}/`);
      await page.waitForLoadState('networkidle');
      expect(errors, 'no console errors, e.g. CSP violations').toEqual([]);
      expect(offsite).toEqual([]);
      await expect(page.locator('.explore .figure-title').first()).toBeVisible();
      await expect(page.locator('.embed-credit')).toContainText('Last updated');
      const story = page.getByRole('link', { name: /Read the full story/ });
      await expect(story).toHaveAttribute('target', '_blank');
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute('href', new RegExp(`/oembed/${g}\\.json$`));
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
    });

    test(`/embed/${g}/: axe finds no violations, light and dark`, async ({ page }) => {
    test.slow(); // axe over a long page is slow on a busy 2-core machine
      await page.goto(`/embed/${g}/`);
      await expectNoAxeViolations(page);
      await page.goto(`/embed/${g}/?theme=dark`);
      await expectNoAxeViolations(page);
    });

    test(`/oembed/${g}.json is a rich oEmbed response with the iframe snippet`, async ({ request }) => {
      const res = await request.get(`/oembed/${g}.json`);
      expect(res.ok()).toBe(true);
      const body = await res.json();
      expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: Math.min((heights as Record<string, number>)[g]!, 900) });
      expect(body.html).toContain(`/embed/${g}/`);
      expect(body.html).toMatch(/^<iframe [^>]*title="[^"]+"/);
    });
  }

  test('the committed embed heights (oEmbed, iframe snippet) match the pages as built', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    for (const g of GRAPHICS) {
      await page.goto(`/embed/${g}/`);
      await page.waitForLoadState('networkidle');
      const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const committed = (heights as Record<string, number>)[g]!;
      // Run `npm run build && npm run measure:embeds` when this fails after a content change.
      expect(Math.abs(h - committed), `${g}: measured ${h}, committed ${committed}`).toBeLessThanOrEqual(Math.max(4, committed * 0.01));
    }
  });

  test('theme=dark and theme=light override the reader setting; auto follows it', async ({ page }) => {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/embed/map/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/map/?theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await bg();
    expect(light).not.toBe(dark);
    await page.goto('/embed/map/?theme=auto');
    expect(await bg()).toBe(dark);
  });

  test('state= draws a view the graphic declares; an unknown view is ignored', async ({ page }) => {
    await page.goto('/embed/map/?state=florida');
    await expect(page.locator('.explore .graphic')).toHaveAttribute('data-view', 'florida');
    await page.goto('/embed/relay/?state=identity');
    await expect(page.locator('.explore .graphic')).toHaveAttribute('data-view', 'identity');
    await page.goto('/embed/map/?state=<script>');
    await expect(page.locator('.explore .graphic')).toHaveAttribute('data-view', 'targeted');
  });

  test('static mode shows the graphic with nothing to focus or hover', async ({ page }) => {
    await page.goto('/embed/map/?static&state=alaska');
    const graphic = page.locator('.explore .graphic');
    await expect(graphic).toHaveAttribute('data-view', 'alaska');
    expect(await graphic.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    await expect(page.locator('[data-embed-this]')).toBeHidden();
  });

  test('the loader script stays under 2 KB gzip', async ({ request }) => {
    const res = await request.get('/embed.js');
    expect(res.headers()['content-type']).toContain('javascript');
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(await res.body()).length).toBeLessThanOrEqual(2048);
  });

  test('"Embed this" copies the snippet in one click', async ({ page, context, browserName }) => {
    test.skip(browserName !== 'chromium');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/embed/map/');
    await page.locator('[data-embed-this] > summary').click();
    await page.getByRole('button', { name: 'Copy the script snippet' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(/Copied|Selected/);
    const value = await page.locator('#embed-map-loader').inputValue();
    expect(value).toContain('data-pb-embed="map"');
    expect(value).toContain('/embed.js');
  });
});
