// The printouts stand alone: each fits A4 and US Letter with nothing cut off, in light and dark mode alike (always
// dark on white), within its page count; the handout carries what paper needs; the key has every answer.
import { test, expect, type Page } from '@playwright/test';
import { readPdf, outsidePage, flat, norm, inkOf, lesson, guide } from './classroom-helpers';
import { expectNoAxeViolations } from './helpers';

const PRINTOUTS = [
  { id: 'handout', path: '/classroom/print/handout/', maxPages: 8, title: 'STUDENT HANDOUT' },
  { id: 'exit-ticket', path: '/classroom/print/exit-ticket/', maxPages: 1, title: 'EXIT TICKET' },
  { id: 'key', path: '/classroom/print/key/', maxPages: 9, title: 'TEACHER ANSWER KEY' },
  { id: 'guide', path: '/classroom/print/guide/', maxPages: 16, title: 'TEACHER GUIDE' },
] as const;

test.describe.configure({ mode: 'parallel' });
test.skip(({ isMobile }) => isMobile, 'PDF output does not depend on the viewport');

async function pdfOf(page: Page, path: string, format: 'A4' | 'Letter', scheme: 'light' | 'dark'): Promise<Buffer> {
  await page.emulateMedia({ colorScheme: scheme });
  expect((await page.goto(path))?.status(), path).toBe(200);
  // The QR code is drawn in the browser when the build has no public address: print once it is there.
  if (await page.locator('[data-qr]').count()) await page.locator('[data-qr] svg').first().waitFor();
  return page.pdf({ format });
}

const levelNames = ['Official record', 'Several reports', 'Single report', 'Disputed'];

for (const p of PRINTOUTS) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${p.id} on ${format}: at most ${p.maxPages} page(s), nothing outside the page, the same dark-on-white print in dark mode`, async ({ page }) => {
      test.setTimeout(90_000);
      const light = await pdfOf(page, p.path, format, 'light');
      const dark = await pdfOf(page, p.path, format, 'dark');
      const [lp, dp] = [await readPdf(light), await readPdf(dark)];
      expect(lp[0]!.text).toContain(p.title);
      expect(lp.length).toBeGreaterThanOrEqual(1);
      expect(lp.length).toBeLessThanOrEqual(p.maxPages);
      expect(outsidePage(lp)).toEqual([]);
      // Dark mode prints the same document: same pages, same text, and the same ink.
      expect(dp.length).toBe(lp.length);
      expect(flat(dp)).toBe(flat(lp));
      for (const n of [1, lp.length]) {
        const [li, di] = [await inkOf(light, n), await inkOf(dark, n)];
        expect(di.background, `page ${n}: mostly white`).toBeGreaterThan(0.8);
        // The same ink as in light mode: not washed-out grey text on grey-tinted boxes.
        expect(Math.abs(di.dark - li.dark), `page ${n}: as much dark ink as in light mode`).toBeLessThan(0.002);
        expect(Math.abs(di.grey - li.grey), `page ${n}: as much grey as in light mode`).toBeLessThan(0.002);
      }
    });
  }
}

test('the handout stands alone: name, class and date; the evidence levels defined; each claim’s story excerpt and evidence; the header; room to write', async ({ page }) => {
  const text = flat(await readPdf(await pdfOf(page, '/classroom/print/handout/', 'Letter', 'light')));
  for (const w of ['Name', 'Class', 'Date']) expect(text).toContain(w);
  for (const name of levelNames) expect(text).toContain(name);
  expect(text).toContain(norm('Stated in an official record'));
  for (const c of lesson.claims) {
    expect(text).toContain(norm(c.claim));
    for (const e of c.evidence) expect(text).toContain(norm(e.text));
  }
  for (const s of lesson.spots) expect(text).toContain(norm(s.prompt));
  for (const q of lesson.headers.questions) expect(text).toContain(norm(q.question));
  expect(text).toContain('vhost43553f0@avalik.koolibri.ee');
  expect(text).toContain('Reconstructed, not a real header');
  // Activity 3 works on paper: every curated source is listed with its page address.
  expect(text).toContain(norm(lesson.lateral.paperNote));
  expect(text).toContain('daccess.net');
  // Answers are not on the student's paper.
  for (const c of lesson.claims) expect(text).not.toContain(norm(c.why.text));
  for (const s of lesson.spots) expect(text).not.toContain(norm(s.reveal[0]!.text));

  // Writing lines: two or three per answer, each about 8 mm apart.
  await page.emulateMedia({ media: 'print' });
  const lines = await page.evaluate(() =>
    [...document.querySelectorAll('.pr-lines')].map((g) => ({ n: g.querySelectorAll('.pr-line').length, h: (g.querySelector('.pr-line') as HTMLElement).getBoundingClientRect().height })),
  );
  expect(lines.length).toBe(lesson.spots.length + lesson.headers.questions.length + lesson.lateral.questions.length);
  for (const l of lines) {
    expect(l.n).toBeGreaterThanOrEqual(2);
    expect(l.n).toBeLessThanOrEqual(3);
    expect(l.h / (96 / 25.4)).toBeGreaterThan(7.5);
    expect(l.h / (96 / 25.4)).toBeLessThan(8.5);
  }
});

test('the exit ticket prints two whole copies on one half-sheet each', async ({ page }) => {
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await readPdf(await pdfOf(page, '/classroom/print/exit-ticket/', format, 'light'));
    expect(pages.length).toBe(1);
    const [p] = pages;
    // Each half of the page holds a whole ticket: every question once, above and below the middle.
    const half = (top: boolean) => norm(p!.items.filter((it) => (it.y > p!.height / 2) === top).map((it) => it.str).join(' '));
    for (const top of [true, false]) {
      for (const q of lesson.exitTicket) expect(half(top), `${format}, ${top ? 'top' : 'bottom'} half`).toContain(norm(q.question));
      expect(half(top)).toContain('Name');
    }
  }
});

test('the answer key has every reveal, every claim’s level with why, the header line by line and a worked Activity 3 example', async ({ page }) => {
  const text = flat(await readPdf(await pdfOf(page, '/classroom/print/key/', 'A4', 'light')));
  for (const s of lesson.spots) for (const r of s.reveal) expect(text, `spot ${s.id}`).toContain(norm(r.text));
  for (const c of lesson.claims) {
    expect(text).toContain(norm(c.why.text));
    expect(text).toContain(norm(c.plain));
  }
  for (const f of lesson.headers.fields) expect(text).toContain(norm(f.who));
  for (const k of ['who', 'evidence', 'others'] as const) expect(text).toContain(norm(lesson.lateral.worked[k].text));
  for (const q of lesson.discussion) expect(text).toContain(norm(q.listenFor.text));
  for (const q of lesson.exitTicket) expect(text).toContain(norm(q.answer.text));
  expect(text).toContain('Worked example');
});

test('the printed teacher guide has the plan, the procedure with the hook script, the rubric and the key', async ({ page }) => {
  const text = flat(await readPdf(await pdfOf(page, '/classroom/print/guide/', 'Letter', 'light')));
  for (const part of lesson.arc) expect(text).toContain(norm(part.part));
  expect(text).toContain(norm(lesson.arc[0]!.say!));
  expect(text).toContain(norm(guide.essentialQuestion));
  for (const t of guide.rubric.tasks) for (const r of t.rows) expect(text).toContain(norm(r.descriptor));
  for (const n of guide.facilitation) expect(text).toContain(norm(n));
  expect(text).toContain(norm(lesson.claims[0]!.why.text));
  expect(text).toContain(norm(guide.standards.items[0]!.text));
});

test('printouts: axe finds nothing in the on-screen previews', async ({ page }) => {
  test.setTimeout(90_000);
  for (const p of PRINTOUTS) {
    expect((await page.goto(p.path))?.status()).toBe(200);
    await expectNoAxeViolations(page);
  }
});
