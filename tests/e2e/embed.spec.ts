// Embed pages themselves: content, links, themes, states; oEmbed files and discovery per page; the measured heights;
// the compact timeline (fixed height, previous/next, keys, swipe, strip, deep links); no "Embed this" inside a frame.
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';
import { GRAPHICS, manifest, TIMELINE_MAX } from './embedHelpers';
import measuredFile from '../../src/embed/heights.json' with { type: 'json' };
import timelineFile from '../../data/timeline.json' with { type: 'json' };

const measuredHeights = measuredFile as { widths: number[]; heights: Record<string, Record<string, number[]>> };
const events = (Array.isArray(timelineFile) ? timelineFile : (timelineFile as { events: unknown[] }).events) as Array<{ id: string; date: string; headline: string }>;

test.describe('embed pages', () => {
  for (const g of GRAPHICS) {
    test(`/embed/${g}/ has title, source line, credit, date, a link to the rest on the site, and no "Embed this"`, async ({ page, baseURL }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const offsite = recordOffsiteRequests(page, baseURL!);
      await page.goto(`/embed/${g}/`);
      await page.waitForLoadState('networkidle');
      expect(errors, 'no console errors, e.g. CSP violations').toEqual([]);
      expect(offsite).toEqual([]);
      await expect(page.locator('.figure-title').first()).toBeVisible();
      await expect(page.locator('.embed-credit')).toContainText('Updated');
      await expect(page.getByRole('link', { name: /Read the full story/ })).toBeVisible();
      await expect(page.locator('.embed-more a')).toHaveAttribute('href', /^\/#/);
      await expect(page.locator('[data-embed-this], textarea')).toHaveCount(0);
      // Every link leaves the frame by the page's own HTML (a sandboxed frame without scripts too).
      await expect(page.locator('head > base')).toHaveAttribute('target', '_blank');
      const inPage = await page.locator('a[href^="#"]').evaluateAll((as) => as.filter((a) => a.getAttribute('target') !== '_self').length);
      expect(inPage, 'in-page links stay in the page').toBe(0);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
    });

    test(`/embed/${g}/: axe finds no violations, light, dark and transparent`, async ({ page }) => {
      test.slow();
      await page.goto(`/embed/${g}/`);
      await expectNoAxeViolations(page);
      await page.goto(`/embed/${g}/?theme=dark`);
      await expectNoAxeViolations(page);
      await page.goto(`/embed/${g}/?theme=light-transparent`);
      await expect(page.locator('html')).toHaveAttribute('data-bg', 'transparent');
      await expectNoAxeViolations(page);
    });
  }

  test('the map and the relay no longer carry their long table or hop list (the site does, linked)', async ({ page }) => {
    await page.goto('/embed/map/');
    await expect(page.locator('#map-table')).toHaveCount(0);
    await expect(page.locator('.embed-more a')).toHaveAttribute('href', '/#map-table');
    await page.goto('/embed/relay/');
    await expect(page.locator('.relay-text')).toBeHidden();
    await expect(page.locator('.embed-more a')).toHaveAttribute('href', '/#relay-hops-title');
  });

  test('theme=dark and theme=light override the reader setting; auto follows it; transparent paints no background', async ({ page }) => {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/embed/map/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/map/?theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await bg()).not.toBe(dark);
    await page.goto('/embed/map/?theme=auto');
    expect(await bg()).toBe(dark);
    for (const t of ['transparent', 'light-transparent', 'dark-transparent']) {
      await page.goto(`/embed/map/?theme=${t}`);
      expect(await bg(), t).toBe('rgba(0, 0, 0, 0)');
    }
  });

  test('state= draws a view the graphic declares; an unknown view is ignored; each view has its own page', async ({ page }) => {
    await page.goto('/embed/map/?state=florida');
    await expect(page.locator('.graphic[data-graphic]')).toHaveAttribute('data-view', 'florida');
    await page.goto('/embed/relay/?state=identity');
    await expect(page.locator('.graphic[data-graphic]')).toHaveAttribute('data-view', 'identity');
    await page.goto('/embed/map/?state=<script>');
    await expect(page.locator('.graphic[data-graphic]')).toHaveAttribute('data-view', 'targeted');
    await page.goto('/embed/map/florida/');
    await expect(page.locator('.graphic[data-graphic]')).toHaveAttribute('data-view', 'florida');
    await page.goto('/embed/timeline/first-48h/');
    await expect(page.locator('.graphic[data-graphic]')).toHaveAttribute('data-view', 'first-48h');
  });

  test('static mode shows the graphic with nothing to focus or hover', async ({ page }) => {
    await page.goto('/embed/map/?static&state=alaska');
    const graphic = page.locator('.graphic[data-graphic]');
    await expect(graphic).toHaveAttribute('data-view', 'alaska');
    await expect.poll(() => graphic.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
  });

  test('the loader script stays under 2 KB gzip', async ({ request }) => {
    const res = await request.get('/embed.js');
    expect(res.headers()['content-type']).toContain('javascript');
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(await res.body()).length).toBeLessThanOrEqual(2048);
  });

  test('the built assets carry CORS for sandboxed frames (origin "null"); the story cannot be framed', async ({ request }) => {
    const html = await (await request.get('/embed/map/')).text();
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
    const res = await request.get(script, { headers: { Origin: 'null' } });
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect((await request.get('/embed/map/')).headers()['content-security-policy']).toBe('frame-ancestors *');
    expect((await request.get('/')).headers()['x-frame-options']).toBe('SAMEORIGIN');
  });
});

test.describe('"Embed this" on the story page', () => {
  test('copies a snippet in one click; lists the states each graphic really has', async ({ page, context, browserName }) => {
    test.skip(browserName !== 'chromium');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const relay = page.locator('.explore-slot[data-explore-for="relay"]');
    await relay.locator('details[data-explore-details] > summary').click();
    await relay.locator('[data-embed-this] > summary').click();
    await relay.getByRole('button', { name: 'Copy the script snippet' }).click();
    await expect(relay.locator('[data-copy-status]')).toHaveText(/Copied|Selected/);
    const value = await page.locator('#embed-relay-loader').inputValue();
    expect(value).toContain('data-pb-embed="relay"');
    expect(value).toMatch(/<noscript><a href="[^"]+\/embed\/relay\/"><img src="[^"]+\/og\/relay\.png" alt="[^"]+"/);
    await expect(relay.locator('[data-embed-this]')).toContainText('identity');
    await expect(relay.locator('[data-embed-this]')).not.toContainText('florida');
    await expect(page.locator('#embed-relay-amp')).toHaveValue(/<amp-iframe [^>]*resizable/);
  });
});

test.describe('oEmbed', () => {
  test('every embed page has its own discovery link, to a spec-valid response for that page', async ({ page, request }) => {
    test.slow();
    const embeds = await manifest(request);
    expect(embeds.map((e) => e.id)).toEqual(expect.arrayContaining(['map', 'relay', 'timeline', 'story']));
    for (const e of embeds) {
      for (const p of e.pages) {
        await page.goto(p.path);
        const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
        await expect(link).toHaveCount(1);
        expect(new URL((await link.getAttribute('href'))!).pathname, p.path).toBe(p.oembed);
        const res = await request.get(p.oembed);
        expect(res.headers()['content-type']).toContain('application/json');
        const body = await res.json();
        // oEmbed 1.0 §2.3.4: version and type always; rich needs html, width and height; a thumbnail needs its size.
        expect(body, p.oembed).toMatchObject({ version: '1.0', type: 'rich' });
        for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) expect(Number.isInteger(body[k]) && body[k] > 0, `${p.oembed} ${k}`).toBe(true);
        for (const k of ['title', 'provider_name', 'provider_url', 'author_name', 'thumbnail_url', 'html']) expect(typeof body[k] === 'string' && body[k].length > 0, `${p.oembed} ${k}`).toBe(true);
        expect(body.provider_name).not.toMatch(/explained/); // a publisher, not the story's title
        const iframe = /^<div [^>]*><div [^>]*><iframe src="([^"]+)" title="([^"]+)" width="(\d+)" height="(\d+)"/.exec(body.html);
        expect(iframe, `${p.oembed} html`).not.toBeNull();
        expect(new URL(iframe![1]!).pathname).toBe(p.path);
        expect(Number(iframe![3])).toBe(body.width);
        expect(Number(iframe![4])).toBe(body.height);
        expect(body.html).not.toMatch(/<script/i);
        expect((await request.get(new URL(body.thumbnail_url).pathname)).headers()['content-type']).toBe('image/png');
      }
    }
  });

  test('the story page discovers the story card, not a graphic; and carries what link cards (Medium) read', async ({ page, request }) => {
    await page.goto('/');
    const href = (await page.locator('head link[type="application/json+oembed"]').getAttribute('href'))!;
    expect(new URL(href).pathname).toBe('/oembed/story.json');
    const body = await (await request.get('/oembed/story.json')).json();
    expect(body.html).toContain('/embed/story/');
    for (const path of ['/', '/embed/map/', '/embed/timeline/']) {
      await page.goto(path);
      for (const p of ['og:title', 'og:description', 'og:image', 'og:image:alt']) await expect(page.locator(`meta[property="${p}"]`)).toHaveAttribute('content', /\S/);
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    }
  });

  test('the committed embed heights match the pages as built (run `npm run build && npm run measure:embeds` after a change)', async ({ page, request, isMobile }) => {
    test.skip(isMobile, 'measured in one browser');
    test.slow();
    const widths = [280, 640, 1024];
    for (const e of await manifest(request)) {
      const p = e.pages[0]!;
      const committed = measuredHeights.heights[e.id]?.[p.state ?? 'default'];
      expect(committed, `${e.id} is measured`).toBeTruthy();
      for (const w of widths) {
        await page.setViewportSize({ width: w, height: 800 });
        await page.goto(p.path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const c = committed![measuredHeights.widths.indexOf(w)]!;
        expect(Math.abs(h - c), `${p.path} at ${w}: measured ${h}, committed ${c}`).toBeLessThanOrEqual(Math.max(4, c * 0.01));
      }
    }
  });
});

/** The compact timeline's current event id and its position line. */
async function current(page: Page): Promise<[string, string]> {
  const root = page.locator('.tl-slider');
  return [(await root.getAttribute('data-current')) ?? '', (await page.locator('[data-tl-pos]').textContent()) ?? ''];
}

test.describe('the compact timeline embed', () => {
  test('is never taller than 650 px from 280 to 1200 px, with every event the same height, nothing cut', async ({ page, isMobile }) => {
    test.skip(isMobile, 'widths are set here');
    for (const w of [280, 320, 360, 480, 640, 800, 1024, 1200]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.goto('/embed/timeline/');
      await expect(page.locator('.tl-slider')).toHaveAttribute('data-ready', '');
      const heights = new Set<number>();
      for (let i = 0; i < events.length; i += 7) {
        await page.evaluate((id) => (location.hash = `event-${id}`), events[i]!.id);
        await expect(page.locator('.tl-slider')).toHaveAttribute('data-current', events[i]!.id);
        const m = await page.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('[data-tl-slides]')!;
          return { doc: Math.ceil(document.documentElement.getBoundingClientRect().height), over: panel.scrollHeight - panel.clientHeight };
        });
        expect(m.doc, `at ${w}`).toBeLessThanOrEqual(TIMELINE_MAX);
        expect(m.over, `at ${w}, ${events[i]!.id}: the panel cuts its event`).toBeLessThanOrEqual(1);
        heights.add(m.doc);
      }
      expect(heights.size, `at ${w}: the page changes height between events`).toBe(1);
    }
  });

  test('previous and next, the arrow keys, Home and End walk the events; the live region says date and headline', async ({ page }) => {
    await page.goto('/embed/timeline/');
    await expect(page.locator('.tl-slider')).toHaveAttribute('data-ready', '');
    expect(await current(page)).toEqual([events[0]!.id, `Event 1 of ${events.length}`]);
    await expect(page.getByRole('button', { name: 'Previous event' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await current(page)).toEqual([events[1]!.id, `Event 2 of ${events.length}`]);
    await expect(page.locator('[data-tl-live]')).toContainText(events[1]!.headline);
    await page.locator('[data-tl-slides]').focus();
    await page.keyboard.press('ArrowRight');
    expect((await current(page))[0]).toBe(events[2]!.id);
    await page.keyboard.press('ArrowLeft');
    expect((await current(page))[0]).toBe(events[1]!.id);
    await page.keyboard.press('End');
    expect((await current(page))[0]).toBe(events.at(-1)!.id);
    await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
    await page.keyboard.press('Home');
    expect((await current(page))[0]).toBe(events[0]!.id);
    // One event in the DOM's reading order at a time.
    await expect(page.locator('.tl-slide:not([hidden])')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('a sideways swipe on the event moves to the next or previous; a tap on the strip picks an event', async ({ page }) => {
    await page.goto('/embed/timeline/');
    await expect(page.locator('.tl-slider')).toHaveAttribute('data-ready', '');
    const panel = page.locator('[data-tl-slides]');
    const box = (await panel.boundingBox())!;
    const swipe = async (dx: number): Promise<void> => {
      const y = box.y + box.height / 2;
      const x = box.x + box.width / 2;
      await panel.dispatchEvent('pointerdown', { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y, button: 0 });
      await panel.dispatchEvent('pointerup', { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x + dx, clientY: y + 4, button: 0 });
    };
    await swipe(-120);
    expect((await current(page))[0]).toBe(events[1]!.id);
    await swipe(120);
    expect((await current(page))[0]).toBe(events[0]!.id);
    const strip = (await page.locator('[data-tl-strip]').boundingBox())!;
    await page.mouse.click(strip.x + strip.width - 12, strip.y + 14);
    expect((await current(page))[0]).toBe(events.at(-1)!.id);
  });

  test('state= and a view’s own page walk that view; #event-<id> opens an event (the whole timeline if the view lacks it)', async ({ page }) => {
    await page.goto('/embed/timeline/first-48h/');
    await expect(page.locator('.tl-slider')).toHaveAttribute('data-ready', '');
    const n = Number(/of (\d+)/.exec((await current(page))[1])![1]);
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThan(events.length);
    const last = events.findIndex((e) => e.date > '2020-10-21');
    await page.goto(`/embed/timeline/?state=first-48h#event-${events[last - 1]!.id}`);
    await expect(page.locator('.tl-slider')).toHaveAttribute('data-current', events[last - 1]!.id);
    expect((await current(page))[1]).toBe(`Event ${n} of ${n}`);
    await page.goto(`/embed/timeline/before/#event-${events.at(-1)!.id}`);
    await expect(page.locator('.tl-slider')).toHaveAttribute('data-current', events.at(-1)!.id);
    expect((await current(page))[1]).toBe(`Event ${events.length} of ${events.length}`);
  });

  test('without JavaScript it shows an event, and a deep link shows that one', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/embed/timeline/`);
    await expect(page.locator('.tl-slide').first()).toBeVisible();
    await page.goto(`${baseURL}/embed/timeline/#event-${events[5]!.id}`);
    await expect(page.locator(`#event-${events[5]!.id}`)).toBeVisible();
    await expect(page.locator('.tl-slide:visible')).toHaveCount(1);
    await context.close();
  });
});
