// Helpers for the embed tests: the snippets as "Embed this" offers them, the embeds manifest, and frame measurements.
import { expect, type APIRequestContext, type Frame, type Locator, type Page } from '@playwright/test';

export const HOST = process.env.HOST_ORIGIN!;
/** The site address the build bakes into snippets (astro.config.mjs), replaced by the test server's. */
export const BUILT_SITE = 'https://proud-boys-emails.example.org';
/** The graphics embedded beside their figures on the story page. */
export const GRAPHICS = ['map', 'relay', 'timeline'] as const;
export type Graphic = (typeof GRAPHICS)[number];
/** The column widths the issue names: a narrow phone, a phone, an article column, a wide page. */
export const COLUMNS = [280, 360, 640, 1024] as const;
/** The compact timeline's ceiling at any width (TimelineJS's slider is 650 px tall). */
export const TIMELINE_MAX = 650;

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const pageHtml = new Map<string, string>();

/**
 * A snippet from a page's "Embed this" (key: loader, iframe, amp, url), pointed at the test server: the story page's
 * for its graphics, or another page's (`from`, e.g. /check-an-email/ for the header reader).
 */
export async function snippet(request: APIRequestContext, baseURL: string, graphic: string, key: 'loader' | 'iframe' | 'amp' | 'url', from = '/'): Promise<string> {
  if (!pageHtml.has(from)) pageHtml.set(from, await (await request.get(from)).text());
  const m = new RegExp(`<textarea id="embed-${graphic}-${key}"[^>]*>([\\s\\S]*?)</textarea>`).exec(pageHtml.get(from)!);
  expect(m, `"Embed this" on ${from} offers a ${key} snippet for ${graphic}`).not.toBeNull();
  return unescape(m![1]!).replaceAll(`${BUILT_SITE}/`, `${baseURL}/`);
}

export interface ManifestPage {
  state: string | null;
  path: string;
  oembed: string;
  frame: { width: number; height: number; lines: Array<{ a: number; b: number }>; cap: number };
}
export interface ManifestEmbed {
  id: string;
  title: string;
  kind: 'graphic' | 'card';
  states: string[];
  pages: ManifestPage[];
}

/** /embed/embeds.json: every embed and its pages. */
export async function manifest(request: APIRequestContext): Promise<ManifestEmbed[]> {
  const res = await request.get('/embed/embeds.json');
  expect(res.ok(), '/embed/embeds.json exists').toBe(true);
  return ((await res.json()) as { embeds: ManifestEmbed[] }).embeds;
}

/** Opens the generic article host with a column of `col` px (the viewport at least as wide). */
export async function openArticle(page: Page, col: number, extra = ''): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  if (size.width < col) await page.setViewportSize({ width: col, height: size.height });
  await page.goto(`${HOST}/article.html?col=${col}${extra}`);
}

/** Puts markup into the article's #slot, as a CMS would (innerHTML: its scripts do not run). */
export async function insert(page: Page, html: string): Promise<void> {
  await page.evaluate((h) => {
    document.getElementById('slot')!.innerHTML = h;
  }, html);
}

/** Loads a script into the host page (as its <script src> in the snippet would). */
export async function addScript(page: Page, src: string, attrs: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    ([s, a]) =>
      new Promise<void>((resolve, reject) => {
        const el = document.createElement('script');
        el.src = s;
        for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
        el.onload = () => resolve();
        el.onerror = () => reject(new Error(`script ${s} failed`));
        document.body.appendChild(el);
      }),
    [src, attrs] as const,
  );
}

/**
 * Markup pasted into the article's column (`col` px, `extra` host options) and run by our loader, as its <script>
 * would: the iframe, its first height (before the frame reports) and, once it shows an embed page, its frame.
 */
export async function loaderEmbed(page: Page, baseURL: string, col: number, markup: string, extra = ''): Promise<{ iframe: Locator; first: number; frame: Frame }> {
  await openArticle(page, col, extra);
  await insert(page, markup.replace(/<script[^>]*><\/script>/, ''));
  // The height the loader gives the frame as it makes it, before any report can change it.
  await page.evaluate(() => {
    const slot = document.getElementById('slot')!;
    new MutationObserver((records, observer) => {
      const frame = records.flatMap((r) => [...r.addedNodes]).find((n): n is HTMLIFrameElement => n instanceof HTMLIFrameElement);
      if (!frame) return;
      (window as unknown as { firstHeight: number }).firstHeight = parseFloat(frame.style.height) || frame.getBoundingClientRect().height;
      observer.disconnect();
    }).observe(slot, { childList: true, subtree: true });
  });
  await addScript(page, `${baseURL}/embed.js`);
  const iframe = page.locator('#slot iframe');
  const first = await page.evaluate(() => (window as unknown as { firstHeight: number }).firstHeight);
  return { iframe, first, frame: await embedFrame(iframe) };
}

/** The frame inside an iframe element, once it shows an embed page. */
export async function embedFrame(iframe: Locator): Promise<Frame> {
  let frame: Frame | null = null;
  await expect
    .poll(async () => {
      frame = (await (await iframe.elementHandle())?.contentFrame()) ?? null;
      return frame?.url() ?? '';
    }, { timeout: 10_000 })
    .toContain('/embed/');
  await frame!.waitForLoadState('load');
  return frame!;
}

/** The embed page's own measure of itself, inside the frame: its height and whether it scrolls inside the frame. */
export async function inner(frame: Frame): Promise<{ content: number; viewport: number; scrolls: boolean }> {
  return frame.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return {
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      viewport: innerHeight,
      scrolls: el.scrollHeight > el.clientHeight + 1,
    };
  });
}

export async function frameHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

/** Waits until the frame is within 2 px of its content (auto-height hosts). */
export async function expectFitted(iframe: Locator, frame: Frame): Promise<void> {
  await expect.poll(async () => Math.abs((await frameHeight(iframe)) - (await inner(frame)).content), { timeout: 10_000 }).toBeLessThanOrEqual(2);
}

/** When the graphic is live inside the frame (its controller mounted), for embeds that have one. */
export async function graphicReady(frame: Frame): Promise<void> {
  const root = frame.locator('main[data-embed] .graphic[data-graphic]');
  if ((await root.count()) > 0) await expect(root).toHaveAttribute('data-ready', '', { timeout: 10_000 });
}

/** Pages the host page prints into (Letter), with the frame loaded even if it is out of view. */
export async function printedPages(page: Page, iframe: Locator): Promise<number> {
  await iframe.evaluate((el) => el.removeAttribute('loading'));
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * The iframe-only snippet pasted into the article's column, measured once `ready` says its page is live: the frame's
 * height, whether the page scrolls inside it, and the blank band below the page (frame height − page bottom, px).
 */
export async function fixedEmbed(page: Page, col: number, code: string, ready: (f: Frame) => Promise<void>): Promise<{ frame: Frame; held: number; scrolls: boolean; spare: number }> {
  await openArticle(page, col);
  await insert(page, code);
  const iframe = page.locator('#slot iframe');
  const frame = await embedFrame(iframe);
  await ready(frame);
  const held = await frameHeight(iframe);
  const { scrolls } = await inner(frame);
  const natural = await frame.evaluate(() => {
    const main = document.querySelector('main')!;
    return Math.ceil(main.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginBottom || '0'));
  });
  return { frame, held, scrolls, spare: held - natural };
}
