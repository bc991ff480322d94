// Check an email yourself: paste, drop and examples give a report in plain words and a route; nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const PAGE = '/check-an-email/';
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'unit', 'email', 'fixtures', name), 'utf8');
/** A marker no real header holds: if it ever shows in a request, what the reader pasted left the page. */
const MARK = 'zq-private-7f3a9';
/** The Gmail sample, with a public address (a real one: the country comes from the shipped table) and the marker. */
const pasted = (): string =>
  fixture('gmail-newsletter.eml')
    .replace(/192\.0\.2\.25/g, '81.20.0.1')
    .replace('reader@example.net', `${MARK}@example.net`);

/** Every request the page makes after `from`, with what a privacy check needs. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

async function open(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.locator('[data-check][data-ready]').waitFor({ state: 'attached' });
}

/** Pastes text into the box the way a reader does (clipboard, then Ctrl+V). */
async function paste(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Paste the headers of an email, or the whole message');
  await box.focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.querySelector('[data-check-input]') as HTMLTextAreaElement;
    // What a browser does on Ctrl+V: a paste event, then the text lands in the box.
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    target.value = t;
  }, text);
}

const report = (page: Page) => page.locator('[data-check-result]');

/** Puts text in the box at once (fill() would type megabytes into the test log). */
async function setBox(page: Page, text: string): Promise<void> {
  await page.locator('[data-check-input]').evaluate((el, t) => {
    (el as HTMLTextAreaElement).value = t;
  }, text);
}

test.describe('reading a message', () => {
  test('a paste gives the summary, the red flags, the route drawn and the route as a list', async ({ page }) => {
    await open(page);
    await paste(page, fixture('phishing-display-name.eml'));
    await expect(report(page).getByRole('heading', { name: 'What the headers say' })).toBeVisible();
    await expect(report(page).locator('[data-summary="from"] dd')).toContainText('PayPal Service <service@paypal.example>');
    await expect(report(page).locator('[data-summary="origin"] dd')).toContainText('203-0-113-45.dynamic.example.net');
    await expect(report(page).locator('[data-flag="display-name-address"]')).toContainText('Strong sign of a fake');
    const svg = report(page).locator('[data-route-svg] svg');
    await expect(svg).toHaveAttribute('role', 'img');
    // The picture's boxes and the list's steps describe the same route.
    const boxes = await svg.locator('.relay-node').count();
    await expect(report(page).locator('.check-route-list > li')).toHaveCount(boxes - 1);
    await expect(page.locator('[data-check-status]')).toContainText('warnings');
  });

  test('a dropped .eml file is read, and so is one chosen with the file picker', async ({ page }) => {
    await open(page);
    const text = fixture('yahoo-inbound.txt');
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'message.eml', { type: 'message/rfc822' }));
      return dt;
    }, text);
    await page.dispatchEvent('[data-check-input]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-check-input]', 'drop', { dataTransfer: transfer });
    await expect(page.locator('[data-check-status]')).toContainText('Read message.eml');
    await expect(report(page).locator('[data-summary="from"]')).toBeVisible();
    await page.locator('[data-check-file]').setInputFiles({ name: 'other.eml', mimeType: 'message/rfc822', buffer: Buffer.from(fixture('dmarc-fail.txt')) });
    await expect(page.locator('[data-check-status]')).toContainText('Read other.eml');
    await expect(report(page).locator('[data-flag="dmarc-fail"]')).toBeVisible();
  });

  test('nothing the reader pastes leaves the browser: after load, only this site’s own code and address table load', async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await open(page);
    const afterLoad = requests.length;
    await paste(page, pasted());
    await expect(report(page).locator('[data-summary="origin"]')).toContainText('registered in');
    const later = requests.slice(afterLoad);
    expect(later.length).toBeGreaterThan(0); // the reader's code and the table did load
    const own = new URL(baseURL!).origin;
    for (const r of later) {
      const url = new URL(r.url());
      expect(url.origin, r.url()).toBe(own);
      expect(r.method()).toBe('GET');
      expect(r.postData()).toBeNull();
      expect(url.search).toBe('');
      expect(url.pathname).toMatch(/^\/(_astro\/[\w.-]+\.js|ip-country\/(index\.json|v[46]-\d{3}\.bin))$/);
      expect(r.url()).not.toContain(MARK);
      expect(r.url()).not.toContain('81.20.0.1');
    }
    // Nothing was stored either.
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  });

  test('the examples load into the box, say what they are, and a link can open one', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'The “Proud Boys” email (reconstructed)' }).click();
    await expect(page.locator('[data-check-input]')).toHaveValue(/^Delivered-To: voter@example\.net/);
    await expect(report(page).locator('[data-example-note]')).toContainText('Reconstructed, not a real header');
    await expect(report(page).locator('[data-summary="origin"]')).toContainText('avalik.koolibri.ee');
    await page.goto(`${PAGE}?example=phishing`);
    await expect(report(page).locator('[data-flag="display-name-brand"]')).toBeVisible();
  });
});

test.describe('bad input gets a clear message, never a crash or markup', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['random text', () => 'Hello, I am just a note.\nNothing to see here.', /no email headers/],
    ['a paste over the limit', () => `Received: from a by b; Tue, 20 Oct 2020 10:00:00 +0000\n${'x'.repeat(2 * 1024 * 1024 + 10)}`, /larger than 2 MB/],
    ['10,000 Received lines', () => `${'Received: from a.example.org by b.example.org; Tue, 20 Oct 2020 10:00:00 +0000\n'.repeat(10_000)}From: a@example.org\n`, /There are 10000 “Received” lines/],
    ['a whole mailbox', () => fixture('mbox-two.mbox'), /mailbox file with 2 messages/],
  ];
  for (const [what, text, message] of cases) {
    test(what, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await open(page);
      await setBox(page, text());
      await page.getByRole('button', { name: 'Read the headers' }).click();
      await expect(report(page)).toContainText(message);
      expect(errors).toEqual([]);
    });
  }

  test('binary, and header values holding HTML or script, are shown as text', async ({ page }) => {
    await open(page);
    await page.locator('[data-check-file]').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect(report(page).locator('[role="alert"]')).toContainText('PNG');
    await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
    const evil = fixture('phishing-display-name.eml').replace(
      'Subject: Your account',
      'Subject: <img src=x onerror="window.pwned=true"> <script>window.pwned=true</script> Your account',
    ).replace('"PayPal Support"', '"<b onmouseover=window.pwned=true>PayPal</b>"');
    await page.locator('[data-check-input]').fill(evil);
    await page.getByRole('button', { name: 'Read the headers' }).click();
    await expect(report(page).locator('[data-summary="from"]')).toBeVisible();
    await expect(report(page)).toContainText('<b onmouseover=window.pwned=true>PayPal</b>');
    expect(await report(page).locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  });
});

test.describe('for every reader', () => {
  test('keyboard: the box, Read, and the report; focus lands on the report after Read', async ({ page }) => {
    await open(page);
    await page.locator('[data-check-input]').fill(fixture('dmarc-fail.txt'));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Read the headers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(report(page).getByRole('heading', { name: 'What the headers say' })).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-check-result]') !== null);
    expect(focused).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no violations before and after a read (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'A typical phishing email (constructed)' }).click();
      await expect(report(page).locator('[data-route-svg] svg')).toBeVisible();
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
    });
  }

  test('on a phone the route reads at 12 px or more and nothing runs off the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page);
    await page.getByRole('button', { name: 'The “Proud Boys” email (reconstructed)' }).click();
    const svg = report(page).locator('[data-route-svg] svg');
    await expect(svg).toBeVisible();
    const smallest = await svg.evaluate((el) =>
      Math.min(...[...el.querySelectorAll('tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width))),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('without JavaScript the page explains how to read headers by hand, and the box that needs JavaScript is not shown', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.locator('[data-check-form]')).toBeHidden();
    await expect(page.getByText('The reader needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reading headers by hand' })).toBeVisible();
    const example = (JSON.parse(readFileSync('data/examples.json', 'utf8')) as { examples: Array<{ id: string; headers: string[] }> }).examples.find((e) => e.id === 'proud-boys');
    const lines = example?.headers.filter((l) => !/^\s/.test(l)).length ?? 0;
    await expect(page.locator('.check-annotated tbody tr')).toHaveCount(lines);
    await context.close();
  });
});
