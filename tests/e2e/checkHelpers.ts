// Helpers for the header reader's tests (its page and its embed): samples, pasting as a reader does, and the privacy check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Page, type Request } from '@playwright/test';

export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'unit', 'email', 'fixtures', name), 'utf8');
/** A marker no real header holds: if it ever shows in a request, what the reader pasted left the page. */
export const MARK = 'zq-private-7f3a9';
/** A public address (a real one: the country comes from the shipped table) put into the sample below. */
export const PUBLIC_IP = '81.20.0.1';
/** The Gmail sample, with a public address and the marker. */
export const pasted = (): string =>
  fixture('gmail-newsletter.eml')
    .replace(/192\.0\.2\.25/g, PUBLIC_IP)
    .replace('reader@example.net', `${MARK}@example.net`);

/** Pastes text into the box the way a reader does (clipboard, then Ctrl+V), on the page or in a frame. */
export async function paste(page: Page | Frame, text: string): Promise<void> {
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

/**
 * What the reader may fetch while reading, and only from its own site: its code and the address table's files, by GET,
 * with no query and nothing of what was pasted in the address.
 */
export function expectPrivateRequests(requests: readonly Request[], ownOrigin: string): void {
  for (const r of requests) {
    const url = new URL(r.url());
    expect(url.origin, r.url()).toBe(ownOrigin);
    expect(r.method()).toBe('GET');
    expect(r.postData()).toBeNull();
    expect(url.search).toBe('');
    expect(url.pathname).toMatch(/^\/(_astro\/[\w.-]+\.js|ip-country\/(index\.json|v[46]-\d{3}\.bin))$/);
    expect(r.url()).not.toContain(MARK);
    expect(r.url()).not.toContain(PUBLIC_IP);
  }
}
