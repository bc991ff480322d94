// The email quoted as it was sent (story and classroom, with and without JavaScript), copy labels beside copy links,
// the provenance count, and no internal words ("seed") in the text of any built page.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import email from '../../data/email.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };

const shown = email.versions.find((v) => v.id === email.shown.version)!.printings.find((p) => p.source === email.shown.source)!;
const EMAIL_TEXT = shown.parts.join(' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every built HTML page, as a path from the site root ("/", "/classroom/", …). */
function builtPages(dir = process.env.PW_OUTDIR ?? 'dist', base = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full, `${base}${name}/`);
    return name === 'index.html' ? [`/${base}`] : [];
  });
}

async function emailFigureText(page: Page): Promise<{ from: string; subject: string; text: string }> {
  const fig = page.locator('#the-email');
  return {
    from: squash(await fig.locator('[data-email-from]').innerText()),
    subject: squash(await fig.locator('[data-email-subject]').innerText()),
    text: squash(await fig.locator('[data-email-text]').innerText()),
  };
}

for (const js of [true, false]) {
  test.describe(`the email, ${js ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled: js });

    test('the story opens with the email as a recipient saw it, in a newspaper’s exact words', async ({ page }) => {
      await page.goto('/');
      const fig = await emailFigureText(page);
      expect(fig.from).toBe(`${email.sender.display} <${email.sender.address}>`);
      expect(fig.subject).toBe(email.subject.text);
      expect(fig.text).toBe(squash(EMAIL_TEXT));
      await expect(page.locator('#the-email figcaption')).toContainText('Orlando Sentinel');
      // Every printed version is one disclosure away, each part in quotation marks.
      const printed = await page.locator('#the-email .email-printings q').allTextContents();
      for (const v of email.versions) for (const p of v.printings) for (const part of p.parts) expect(printed).toContain(part);
    });

    test('the classroom’s email is the same text, with its spots marked on exact phrases', async ({ page }) => {
      await page.goto('/classroom/student/');
      const box = page.locator('#activity-email [data-email-text]');
      const text = await box.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.spot-marker').forEach((m) => m.remove());
        return copy.textContent ?? '';
      });
      expect(squash(text)).toBe(squash(EMAIL_TEXT));
      await expect(page.locator('#activity-email')).not.toContainText('follow you');
    });
  });
}

test('beside every link to a copy on an unrelated site, the reader sees that it is a copy, and where', async ({ page }) => {
  await page.goto('/');
  const copies = sources.filter((s) => s.provenance === 'copy');
  expect(copies.length).toBeGreaterThan(0);
  for (const s of copies) {
    const li = page.locator(`#source-${s.id}`);
    const href = await li.locator('a.src-title').getAttribute('href');
    const site = new URL(href!).hostname.replace(/^www\./, '');
    const label = li.locator('[data-where]');
    await expect(label, s.id).toContainText(`Read in a copy at ${site};`);
    await expect(label, s.id).toHaveClass(/src-copy/);
  }
  // An original or official record says so too, and names its own site.
  for (const s of sources.filter((x) => x.provenance !== 'copy').slice(0, 20)) {
    await expect(page.locator(`#source-${s.id} [data-where]`), s.id).not.toContainText('copy');
  }
});

test('the Sources list says how many sources are originals, official records, republications and copies', async ({ page }) => {
  await page.goto('/');
  for (const p of ['original', 'official', 'republication', 'copy']) {
    const n = sources.filter((s) => s.provenance === p).length;
    await expect(page.locator(`[data-provenance-count="${p}"]`)).toHaveText(new RegExp(`^${n} `));
  }
});

test.describe('plain words', () => {
  const pages = builtPages();
  test('there are pages to scan', () => expect(pages.length).toBeGreaterThanOrEqual(5));
  for (const path of pages) {
    test(`no internal word such as “seed” in the text of ${path}, with or without JavaScript`, async ({ page, browser }) => {
      const texts: string[] = [];
      await page.goto(path);
      texts.push(await page.locator('body').innerText());
      texts.push(await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('script, style, template').forEach((n) => n.remove());
        return `${body.textContent ?? ''} ${[...document.querySelectorAll('[title], [aria-label], [alt]')].map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('alt') ?? ''}`).join(' ')}`;
      }));
      const nojs = await browser.newContext({ javaScriptEnabled: false });
      const p2 = await nojs.newPage();
      await p2.goto(new URL(path, page.url()).href);
      texts.push(await p2.locator('body').innerText());
      await nojs.close();
      for (const t of texts) expect(t.match(/\bseed(?:ed|s)?\b[^.]{0,40}/gi) ?? [], path).toEqual([]);
    });
  }
});
