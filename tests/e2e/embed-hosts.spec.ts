// Embeds in host pages on another origin, as newsrooms paste them: our loader, the iframe-only snippet, sandboxed frames
// (WordPress's sandbox="allow-scripts"), Pym.js, @newswire/frames and AMP; at the column widths newsrooms use.
import { test, expect, type Page } from '@playwright/test';
import { recordOffsiteRequests } from './helpers';
import { addScript, COLUMNS, embedFrame, expectFitted, fixedEmbed, frameHeight, GRAPHICS, graphicReady, HOST, inner, insert, loaderEmbed, openArticle, printedPages, snippet, TIMELINE_MAX } from './embedHelpers';

const offsiteOnly = (urls: string[]): string[] => urls.filter((u) => !u.startsWith(HOST));

test.describe('our loader', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'column widths are set by the host page; one browser is enough'));

  for (const g of GRAPHICS) {
    test(`${g}: at 280, 360, 640 and 1024 px columns the frame fits its content, which never scrolls inside it; no other origin`, async ({ page, request, baseURL }) => {
      test.slow();
      const offsite = recordOffsiteRequests(page, baseURL!);
      const code = await snippet(request, baseURL!, g, 'loader');
      for (const col of COLUMNS) {
        // The first height is the measured one for this width: little or no jump once the frame reports.
        const { iframe, first, frame } = await loaderEmbed(page, baseURL!, col, code);
        await graphicReady(frame);
        await expectFitted(iframe, frame);
        const m = await inner(frame);
        expect(m.scrolls, `${g} at ${col}: scrolls inside the frame`).toBe(false);
        expect(Math.abs(first - m.content), `${g} at ${col}: first height ${first}, content ${m.content}`).toBeLessThanOrEqual(Math.max(24, m.content * 0.05));
        if (g === 'timeline') expect(m.content, `timeline at ${col}`).toBeLessThanOrEqual(TIMELINE_MAX);
      }
      expect(offsiteOnly(offsite)).toEqual([]);
    });
  }

  test('mounts snippets added after it ran, gives every frame its own id across repeated runs, and takes data-static bare', async ({ page, baseURL }) => {
    await openArticle(page, 640);
    await insert(page, '<div data-pb-embed="map" data-static></div>');
    await addScript(page, `${baseURL}/embed.js`);
    // A live blog adds a second snippet (innerHTML: its script does not run) and loads the script again.
    await page.evaluate(() => {
      const more = document.createElement('div');
      more.innerHTML = '<div data-pb-embed="relay"></div><script async src="x"></scr' + 'ipt>';
      document.querySelector('main')!.appendChild(more);
    });
    await addScript(page, `${baseURL}/embed.js`);
    await page.evaluate(() => {
      const late = document.createElement('div');
      late.dataset.pbEmbed = 'timeline';
      document.querySelector('main')!.appendChild(late);
      (window as unknown as { pbEmbed: { scan(): void } }).pbEmbed.scan();
    });
    const frames = page.locator('iframe[id^="pb-embed-"]');
    await expect(frames).toHaveCount(3);
    const ids = await frames.evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids).size).toBe(3);
    await expect(frames.first()).toHaveAttribute('src', /[?&]static(=|&|$)/);
    const map = await embedFrame(frames.first());
    await expect(map.locator('.graphic')).toHaveJSProperty('inert', true);
  });

  test('a copy of embed.js on the newsroom’s own server still loads the frames from our site', async ({ page, request, baseURL }) => {
    const code = await (await request.get('/embed.js')).text();
    await page.request.put(`${HOST}/lib/copied-loader.js`, { data: code });
    await openArticle(page, 640);
    await insert(page, '<div data-pb-embed="map"></div>');
    // Told where the site is:
    await addScript(page, `${HOST}/lib/copied-loader.js`, { 'data-pb-site': `${baseURL}/` });
    await expect(page.locator('#slot iframe')).toHaveAttribute('src', new RegExp(`^${baseURL}/embed/map/\\?`));
    await graphicReady(await embedFrame(page.locator('#slot iframe')));
    // Not told: the site it was built for (not the copy's folder).
    await openArticle(page, 640);
    await page.route(/proud-boys-emails\.example\.org/, (route) => route.abort());
    await insert(page, '<div data-pb-embed="relay"></div>');
    await addScript(page, `${HOST}/lib/copied-loader.js`);
    await expect(page.locator('#slot iframe')).toHaveAttribute('src', /^https:\/\/proud-boys-emails\.example\.org\/embed\/relay\/\?/);
  });

  test('the loader’s frame lets the timeline’s data download, and its links open in a new tab, not in the frame', async ({ page, context, baseURL }) => {
    const { frame } = await loaderEmbed(page, baseURL!, 640, '<div data-pb-embed="timeline"></div>');
    await graphicReady(frame);
    const download = page.waitForEvent('download');
    await frame.getByRole('link', { name: 'CSV' }).click();
    expect((await download).suggestedFilename()).toBe('timeline.csv');
    const popup = context.waitForEvent('page');
    await frame.locator('.tl-slide:not([hidden]) .cite a').first().click();
    expect((await popup).url()).toMatch(new RegExp(`^${baseURL}/#source-`));
    expect(frame.url()).toContain('/embed/timeline/');
  });

  test('an in-frame "Skip past" link scrolls the host page to its target', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 500 });
    const { iframe, frame } = await loaderEmbed(page, baseURL!, 640, '<div data-pb-embed="relay"></div>');
    await expectFitted(iframe, frame);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await frame.locator('a.skip-past').focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('#embed-foot')).toBeFocused();
    // The host scrolled: the footer is now on the reader's screen (as far up as the page lets it go).
    const onScreen = async (): Promise<number> => {
      const top = (await frame.locator('#embed-foot').evaluate((el) => el.getBoundingClientRect().top)) + (await iframe.evaluate((el) => el.getBoundingClientRect().top));
      return top >= 0 && top <= 500 - 40 ? 1 : 0;
    };
    await expect.poll(onScreen).toBe(1);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('data-theme="dark-transparent" on a dark page: no background of its own, and the page’s colour scheme', async ({ page, baseURL }) => {
    const { iframe, frame } = await loaderEmbed(page, baseURL!, 640, '<div data-pb-embed="map" data-theme="dark-transparent"></div>', '&dark');
    expect(await frame.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await iframe.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
    // The page's own dark shows through: a pixel of the frame's background is the host's #121212.
    const box = (await iframe.boundingBox())!;
    const shot = await page.screenshot({ clip: { x: box.x + box.width - 4, y: box.y + 2, width: 2, height: 2 } });
    const { default: sharp } = await import('sharp');
    const { data } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([18, 18, 18]);
  });

  for (const g of GRAPHICS) {
    test(`printing the host page prints the ${g} and its caption in at most 2 pages`, async ({ page, baseURL }) => {
      const { iframe, frame } = await loaderEmbed(page, baseURL!, 640, `<div data-pb-embed="${g}"></div>`);
      await graphicReady(frame);
      await expectFitted(iframe, frame);
      const pages = await printedPages(page, iframe);
      expect(pages, `${g}: ${pages} pages`).toBeLessThanOrEqual(2);
    });
  }
});

test.describe('the iframe-only snippet (no script on the host page)', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'column widths are set by the host page; one browser is enough'));

  for (const g of GRAPHICS) {
    test(`${g}: at 280, 360, 640 and 1024 px columns the frame holds the whole graphic, at full size, with nothing scrolling inside`, async ({ page, request, baseURL }) => {
      test.slow();
      const code = await snippet(request, baseURL!, g, 'iframe');
      expect(code).not.toMatch(/<script/);
      for (const col of COLUMNS) {
        const { frame, held, scrolls, spare } = await fixedEmbed(page, col, code, graphicReady);
        expect(scrolls, `${g} at ${col}: the page scrolls inside its ${held} px frame`).toBe(false);
        // Nothing gave up room to fit: the graphic is as tall as it is with room to spare.
        expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--embed-fit-height')), `${g} at ${col}: the graphic shrank to fit`).toBe('');
        // And the frame is not much taller than what it holds (a blank band).
        expect(spare, `${g} at ${col}: frame ${held}, ${spare} px blank`).toBeLessThanOrEqual(90);
        if (g === 'timeline') expect(held).toBeLessThanOrEqual(TIMELINE_MAX);
      }
    });
  }

  test('a frame shorter than the graphic (a host that changed its height) shrinks the graphic rather than scrolling', async ({ page, request, baseURL }) => {
    await openArticle(page, 640);
    await insert(page, (await snippet(request, baseURL!, 'map', 'iframe')).replace(/padding-top:[^"]+"/, 'height:420px"'));
    const frame = await embedFrame(page.locator('#slot iframe'));
    await graphicReady(frame);
    await expect.poll(async () => (await inner(frame)).scrolls).toBe(false);
    expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--embed-fit-height'))).toMatch(/px$/);
  });
});

test.describe('sandboxed frames (WordPress puts sandbox="allow-scripts" on every oEmbed iframe)', () => {
  for (const sandbox of ['allow-scripts', 'allow-scripts allow-popups']) {
    test(`sandbox="${sandbox}": the graphic is interactive, reports its height, and a link does not navigate the frame`, async ({ page, context, request, baseURL }) => {
      await openArticle(page, 640);
      const code = await snippet(request, baseURL!, 'map', 'iframe');
      await insert(page, code.replace('<iframe ', `<iframe sandbox="${sandbox}" `));
      const iframe = page.locator('#slot iframe');
      const frame = await embedFrame(iframe);
      await graphicReady(frame);
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      await expect.poll(() => page.evaluate(() => (window as unknown as { messages: Array<{ data: { type?: string } }> }).messages.some((m) => m.data?.type === 'pb-embed:height'))).toBe(true);
      // Interactive: a state opens its details card.
      await frame.locator('.hit[data-code="FL"]').focus();
      await expect(frame.locator('#map-card-FL')).toBeVisible();
      // Links leave the frame by the HTML itself: <base target="_blank">.
      expect(await frame.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
      const cite = frame.locator('#map-card-FL .cite a').first();
      if (sandbox.includes('allow-popups')) {
        const popup = context.waitForEvent('page');
        await cite.click();
        expect((await popup).url()).toMatch(/#source-/);
      } else {
        await cite.click();
        await expect(frame.locator('[data-embed-link-note]')).toContainText('/#source-');
      }
      expect(frame.url()).toContain('/embed/map/');
    });
  }
});

test.describe('other parents', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'one browser is enough'));

  test('a real pym.Parent sizes the frame to the content; the timeline stays under 650 px', async ({ page, baseURL }) => {
    for (const g of GRAPHICS) {
      await page.goto(`${HOST}/pym.html?col=640&graphic=${g}&site=${encodeURIComponent(baseURL!)}`);
      const iframe = page.locator('#graphic iframe');
      await expect(iframe).toHaveAttribute('src', /childId=graphic/);
      const frame = await embedFrame(iframe);
      await expectFitted(iframe, frame);
      if (g === 'timeline') expect(await frameHeight(iframe)).toBeLessThanOrEqual(TIMELINE_MAX);
    }
  });

  test('@newswire/frames (autoInitFrames) sizes the frame to the content; the timeline stays under 650 px', async ({ page, baseURL }) => {
    for (const g of GRAPHICS) {
      await page.goto(`${HOST}/frames.html?col=640&graphic=${g}&site=${encodeURIComponent(baseURL!)}`);
      const iframe = page.locator('#slot iframe');
      const frame = await embedFrame(iframe);
      await expectFitted(iframe, frame);
      if (g === 'timeline') expect(await frameHeight(iframe)).toBeLessThanOrEqual(TIMELINE_MAX);
    }
  });

  test('the AMP snippet: an amp-iframe resizes to the graphic from its embed-size messages', async ({ page, request, baseURL }) => {
    const amp = await snippet(request, baseURL!, 'relay', 'amp');
    expect(amp).toMatch(/^<amp-iframe [^>]*\bresizable\b/);
    expect(amp).toMatch(/sandbox="allow-scripts allow-same-origin[^"]*"/);
    expect(amp).toMatch(/<button overflow /);
    await page.goto(`${HOST}/amp.html?col=640`);
    await page.evaluate((m) => (window as unknown as { mountAmp(x: string): void }).mountAmp(m), amp);
    const iframe = page.locator('#slot iframe');
    const frame = await embedFrame(iframe);
    await expectFitted(iframe, frame);
    const sizes = await page.evaluate(() => (window as unknown as { ampResizes: number[] }).ampResizes);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.abs(sizes.at(-1)! - (await inner(frame)).content)).toBeLessThanOrEqual(1);
  });
});

/** Pastes a page's address into a WordPress-like host: discovery, the oEmbed response, WordPress's filter. */
async function wordpressPaste(page: Page, baseURL: string, pageUrl: string, request: import('@playwright/test').APIRequestContext): Promise<void> {
  // Discovery: the first application/json+oembed link in the page's head (WP_oEmbed::discover).
  const html = await (await request.get(pageUrl)).text();
  const href = /<link[^>]+type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html.slice(0, html.indexOf('</head>')))?.[1];
  expect(href, `${pageUrl} has an oEmbed discovery link`).toBeTruthy();
  const provider = new URL(href!.replace('https://proud-boys-emails.example.org', baseURL));
  // WordPress adds maxwidth, maxheight (its content width and 1.5 × it, at most 1000), url, dnt and format.
  for (const [k, v] of Object.entries({ maxwidth: '640', maxheight: '960', url: pageUrl, dnt: '1', format: 'json' })) provider.searchParams.set(k, v);
  const data = await (await request.get(provider.href)).json();
  expect(data.type).toBe('rich');
  await page.goto(`${HOST}/wordpress.html?col=640`);
  await page.evaluate(([h]) => (window as unknown as { wordpressEmbed(html: string, secret: string): void }).wordpressEmbed(h!, 'a1B2c3D4e5'), [(data.html as string).replaceAll('https://proud-boys-emails.example.org', baseURL)]);
}

test.describe('WordPress (simulated from its documented behaviour)', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'one browser is enough'));

  for (const g of GRAPHICS) {
    test(`pasting /embed/${g}/ into a post: the frame resizes to the graphic, which is interactive`, async ({ page, request, baseURL }) => {
      await wordpressPaste(page, baseURL!, `${baseURL}/embed/${g}/`, request);
      const iframe = page.locator('iframe.wp-embedded-content');
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      const frame = await embedFrame(iframe);
      await graphicReady(frame);
      await expect.poll(() => page.evaluate(() => (window as unknown as { wordpressHeights: number[] }).wordpressHeights.length)).toBeGreaterThan(0);
      // WordPress caps a frame at 1000 px: below that it fits the graphic exactly, and nothing scrolls inside.
      await expect
        .poll(async () => {
          const m = await inner(frame);
          return Math.abs(m.viewport - Math.min(Math.max(m.content, 200), 1000));
        })
        .toBeLessThanOrEqual(2);
      // No border of the browser's own (WordPress keeps frameborder, not style).
      expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
      expect((await inner(frame)).scrolls).toBe(false);
    });
  }

  test('a link in the frame opens our story in the top page, through WordPress', async ({ page, request, baseURL }) => {
    await wordpressPaste(page, baseURL!, `${baseURL}/embed/map/`, request);
    const frame = await embedFrame(page.locator('iframe.wp-embedded-content'));
    await graphicReady(frame);
    await frame.getByRole('link', { name: /Read the full story/ }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
  });

  test('pasting the story’s own address embeds the story card, not a graphic', async ({ page, request, baseURL }) => {
    await wordpressPaste(page, baseURL!, `${baseURL}/`, request);
    const frame = await embedFrame(page.locator('iframe.wp-embedded-content'));
    expect(frame.url()).toContain('/embed/story/');
    await expect(frame.locator('.story-card-title')).toBeVisible();
    await expect(frame.locator('.graphic')).toHaveCount(0);
  });
});

test.describe('Ghost (simulated from its documented behaviour)', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'one browser is enough'));

  test('the html of a graphic’s oEmbed, inserted as it is, fits its column without scrolling inside', async ({ page, request, baseURL }) => {
    // Ghost reads the first json+oembed link, needs type and version, and for "rich" html and width; it inserts the
    // html as it is (ghost/oembed-service OEmbedService.fetchOembedData).
    const html = await (await request.get('/embed/relay/')).text();
    const href = /<link[^>]+type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html)![1]!;
    const data = await (await request.get(new URL(href).pathname)).json();
    expect(data.type && data.version && data.html && data.width).toBeTruthy();
    await openArticle(page, 640);
    await insert(page, (data.html as string).replaceAll('https://proud-boys-emails.example.org', baseURL!));
    const frame = await embedFrame(page.locator('#slot iframe'));
    await graphicReady(frame);
    expect((await inner(frame)).scrolls).toBe(false);
  });
});
