// The header reader as an embed (/embed/check-an-email/): its page, and in host pages on another origin as newsrooms
// paste it (our loader, the iframe-only snippet, WordPress's sandbox), at the column widths newsrooms use. It fits its
// frame without scrolling inside it, grows with its report where the host can resize, opens its links outside the
// frame, and reads in the reader's browser: nothing pasted leaves it, as on the page.
import { test, expect, type APIRequestContext, type Frame, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';
import { BUILT_SITE, COLUMNS, embedFrame, expectFitted, fixedEmbed, HOST, inner, insert, loaderEmbed, openArticle, printedPages, snippet } from './embedHelpers';
import { expectPrivateRequests, MARK, paste, pasted } from './checkHelpers';

const ID = 'check-an-email';
const EMBED = `/embed/${ID}/`;

/** The reader in a page or frame is wired (its first script ran). */
async function readerReady(frame: Frame | Page): Promise<void> {
  await expect(frame.locator('[data-check][data-ready]')).toBeAttached({ timeout: 10_000 });
}

/** Reads the sample with a public address (the country lookup runs) and waits for the report. */
async function readSample(frame: Frame | Page): Promise<void> {
  await paste(frame, pasted());
  await expect(frame.locator('[data-check-result] [data-summary="origin"]')).toContainText('registered in', { timeout: 10_000 });
}

/** A snippet from the reader page's own "Embed this", pointed at the test server. */
const pageSnippet = (request: APIRequestContext, baseURL: string, key: 'loader' | 'iframe'): Promise<string> => snippet(request, baseURL, ID, key, '/check-an-email/');

test.describe('the header reader’s embed page', () => {
  test('has its title, the privacy sentence, the credit, the link to the how-to on the site, and no "Embed this"', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const offsite = recordOffsiteRequests(page, baseURL!);
    await page.goto(EMBED);
    await readerReady(page);
    await page.waitForLoadState('networkidle');
    expect(errors, 'no console errors, e.g. CSP violations').toEqual([]);
    expect(offsite).toEqual([]);
    await expect(page.getByRole('heading', { level: 1, name: 'Check an email yourself' })).toBeVisible();
    await expect(page.locator('[data-private]')).toContainText('nothing you paste or drop is sent anywhere');
    await expect(page.locator('.embed-credit')).toContainText('Updated');
    await expect(page.locator('.embed-more a')).toHaveAttribute('href', '/check-an-email/#how-to-copy');
    await expect(page.locator('[data-embed-this], textarea:not([data-check-input])')).toHaveCount(0);
    // The page's how-to and reading by hand stay on the site: the box's links go there, out of the frame.
    await expect(page.locator('#how-to-copy, #read-by-hand')).toHaveCount(0);
    await expect(page.locator('head > base')).toHaveAttribute('target', '_blank');
    const inPage = await page.locator('a[href^="#"]').evaluateAll((as) => as.filter((a) => a.getAttribute('target') !== '_self').length);
    expect(inPage, 'in-page links stay in the page').toBe(0);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  });

  test('reads a pasted message in the page; only our code and address table load, nothing pasted leaves it', async ({ page, baseURL }) => {
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(EMBED);
    await readerReady(page);
    await page.waitForLoadState('networkidle');
    const afterLoad = requests.length;
    await readSample(page);
    await expect(page.locator('[data-route-svg] svg')).toBeVisible();
    expect(requests.length).toBeGreaterThan(afterLoad);
    expectPrivateRequests(requests.slice(afterLoad), new URL(baseURL!).origin);
  });

  test('axe finds no violations, light, dark and transparent, before and after a read', async ({ page }) => {
    test.slow();
    for (const theme of ['light', 'dark', 'light-transparent']) {
      await page.goto(`${EMBED}?theme=${theme}`);
      await readerReady(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'A typical phishing email (constructed)' }).click();
      await expect(page.locator('[data-route-svg] svg')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('without JavaScript it says why the reader needs it and links to the page’s how-to and reading by hand', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(EMBED);
    await expect(page.locator('[data-check-form]')).toBeHidden();
    const note = page.getByText('The reader needs JavaScript');
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: 'How to copy the headers' })).toHaveAttribute('href', '/check-an-email/#how-to-copy');
    await expect(note.getByRole('link', { name: 'Reading headers by hand' })).toHaveAttribute('href', '/check-an-email/#read-by-hand');
    await context.close();
  });

  test('the reader’s page discovers this embed (oEmbed) and offers it under "Embed this"', async ({ page, request, baseURL }) => {
    await page.goto('/check-an-email/');
    const href = (await page.locator('head link[type="application/json+oembed"]').getAttribute('href'))!;
    expect(new URL(href).pathname).toBe(`/oembed/${ID}.json`);
    const body = await (await request.get(`/oembed/${ID}.json`)).json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich' });
    expect(body.html).toContain(`${EMBED}?fit`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${ID}\\.png$`));
    await expect(page.locator('[data-embed-this] > summary')).toHaveText('Embed this header reader');
    expect(await pageSnippet(request, baseURL!, 'loader')).toContain(`data-pb-embed="${ID}"`);
    expect(await pageSnippet(request, baseURL!, 'iframe')).toContain(`${baseURL}${EMBED}?fit`);
  });
});

test.describe('the header reader in host pages', () => {
  test.beforeEach(({ isMobile }) => test.skip(isMobile, 'column widths are set by the host page; one browser is enough'));

  test('our loader: at 280, 360, 640 and 1024 px columns the frame fits the reader and then its report; nothing scrolls inside; no other origin', async ({ page, request, baseURL }) => {
    test.slow();
    const offsite = recordOffsiteRequests(page, baseURL!);
    const code = await pageSnippet(request, baseURL!, 'loader');
    for (const col of COLUMNS) {
      const { iframe, first, frame } = await loaderEmbed(page, baseURL!, col, code);
      await readerReady(frame);
      await expectFitted(iframe, frame);
      const before = await inner(frame);
      expect(before.scrolls, `at ${col}: scrolls inside the frame`).toBe(false);
      expect(Math.abs(first - before.content), `at ${col}: first height ${first}, content ${before.content}`).toBeLessThanOrEqual(Math.max(24, before.content * 0.05));
      // A read: the report is much taller, and the frame grows with it.
      await readSample(frame);
      await expectFitted(iframe, frame);
      const after = await inner(frame);
      expect(after.content, `at ${col}: the report is below the box`).toBeGreaterThan(before.content + 200);
      expect(after.scrolls, `at ${col}: the report scrolls inside the frame`).toBe(false);
    }
    expect(offsite.filter((u) => !u.startsWith(HOST))).toEqual([]);
  });

  test('our loader: while reading, the frame fetches only our code and address table, and the host hears nothing of it', async ({ page, baseURL }) => {
    const { frame } = await loaderEmbed(page, baseURL!, 640, `<div data-pb-embed="${ID}"></div>`);
    await readerReady(frame);
    await frame.waitForLoadState('networkidle');
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await readSample(frame);
    expect(requests.length).toBeGreaterThan(0);
    expectPrivateRequests(requests, new URL(baseURL!).origin);
    // The messages the host got are sizes and nothing else: no part of the message read.
    const messages = await page.evaluate(() => JSON.stringify((window as unknown as { messages: unknown[] }).messages));
    expect(messages).not.toContain(MARK);
    expect(messages).not.toContain('81.20.0.1');
  });

  test('the iframe-only snippet: at 280, 360, 640 and 1024 px columns the frame holds the reader with nothing scrolling inside', async ({ page, request, baseURL }) => {
    test.slow();
    const code = await pageSnippet(request, baseURL!, 'iframe');
    expect(code).not.toMatch(/<script/);
    for (const col of COLUMNS) {
      const { held, scrolls, spare } = await fixedEmbed(page, col, code, readerReady);
      expect(scrolls, `at ${col}: the page scrolls inside its ${held} px frame`).toBe(false);
      expect(spare, `at ${col}: frame ${held}, ${spare} px blank below the reader`).toBeLessThanOrEqual(90);
    }
  });

  for (const sandbox of ['allow-scripts', 'allow-scripts allow-popups']) {
    test(`sandbox="${sandbox}": the reader reads (the address table too), reports its height, and a link does not navigate the frame`, async ({ page, context, request, baseURL }) => {
      await openArticle(page, 640);
      const code = await pageSnippet(request, baseURL!, 'iframe');
      await insert(page, code.replace('<iframe ', `<iframe sandbox="${sandbox}" `));
      const frame = await embedFrame(page.locator('#slot iframe'));
      await readerReady(frame);
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      // The country comes from the address table: fetched from the frame with the origin "null" (CORS).
      await readSample(frame);
      await expect.poll(() => page.evaluate(() => (window as unknown as { messages: Array<{ data: { type?: string } }> }).messages.some((m) => m.data?.type === 'pb-embed:height'))).toBe(true);
      const link = frame.getByRole('link', { name: 'How to copy the headers' }).first();
      if (sandbox.includes('allow-popups')) {
        const popup = context.waitForEvent('page');
        await link.click();
        expect((await popup).url()).toBe(`${baseURL}/check-an-email/#how-to-copy`);
      } else {
        await link.click();
        await expect(frame.locator('[data-embed-link-note]')).toContainText('/check-an-email/#how-to-copy');
      }
      expect(frame.url()).toContain(EMBED);
    });
  }

  test('WordPress (simulated): pasting the reader page’s address embeds the reader, which resizes to its report', async ({ page, request, baseURL }) => {
    const html = await (await request.get('/check-an-email/')).text();
    const href = /<link[^>]+type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html.slice(0, html.indexOf('</head>')))?.[1];
    expect(href).toBeTruthy();
    const data = await (await request.get(new URL(href!).pathname)).json();
    await page.goto(`${HOST}/wordpress.html?col=640`);
    await page.evaluate(([h]) => (window as unknown as { wordpressEmbed(html: string, secret: string): void }).wordpressEmbed(h!, 'a1B2c3D4e5'), [(data.html as string).replaceAll(BUILT_SITE, baseURL!)]);
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
    const frame = await embedFrame(iframe);
    expect(frame.url()).toContain(EMBED);
    await readerReady(frame);
    const fits = async (): Promise<number> => {
      const m = await inner(frame);
      return Math.abs(m.viewport - Math.min(Math.max(m.content, 200), 1000));
    };
    await expect.poll(fits).toBeLessThanOrEqual(2);
    await readSample(frame);
    // The frame grows with the report, up to WordPress's cap of 1000 px.
    await expect.poll(fits).toBeLessThanOrEqual(2);
    expect((await inner(frame)).viewport).toBeGreaterThan(900);
  });

  test('printing the host page prints the reader in at most 2 pages', async ({ page, baseURL }) => {
    const { iframe, frame } = await loaderEmbed(page, baseURL!, 640, `<div data-pb-embed="${ID}"></div>`);
    await readerReady(frame);
    await expectFitted(iframe, frame);
    expect(await printedPages(page, iframe)).toBeLessThanOrEqual(2);
  });
});
