// No layout shift while a page arrives over a slow link: each page's HTML is streamed in small chunks, so the browser
// paints it part-parsed (as on a phone on a poor connection), and nothing already painted may move.
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SITE_PAGES } from '../../scripts/lib/site-pages.mjs';

const PAGES = SITE_PAGES;
/** Every HTML page arrives in about this many pieces, one every CHUNK_GAP_MS. */
const CHUNKS = 60;
const CHUNK_GAP_MS = 15;

let server: Server;
let streamOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  // A proxy in front of the preview server: HTML is streamed slowly, everything else passes straight through.
  server = createServer(async (req, res) => {
    const upstream = await fetch(new URL(req.url ?? '/', baseURL));
    const body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    res.writeHead(upstream.status, { 'Content-Type': type });
    if (!type.startsWith('text/html')) {
      res.end(body);
      return;
    }
    const size = Math.ceil(body.length / CHUNKS);
    for (let at = 0; at < body.length; at += size) {
      res.write(body.subarray(at, at + size));
      await new Promise((resolve) => setTimeout(resolve, CHUNK_GAP_MS));
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  streamOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

for (const path of PAGES) {
  test(`${path}: nothing moves while the page streams in`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          const sources = entry.sources.map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            return el
              ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.getAttribute('class') ?? ''}`
              : '?';
          });
          shifts.push({ value: entry.value, sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(streamOrigin + path, { waitUntil: 'load' });
    // Let late work (scripts, fonts, images) settle before reading.
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(
      () =>
        (
          window as unknown as {
            __shifts: { value: number; sources: string[] }[];
          }
        ).__shifts,
    );
    expect(shifts, 'layout shifts, with the elements that moved').toEqual([]);
  });
}
