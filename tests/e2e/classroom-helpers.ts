// Shared helpers for the classroom tests: the answer texts read straight from data/, and PDF analysis with pdf.js
// (every text item's position, and a rendering of a page to count light and dark pixels).
import lesson from '../../data/classroom.json' with { type: 'json' };
import guide from '../../data/classroom-guide.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };

/** Every answer, explanation and "what to listen for" text: none may be in the student page before a check. */
export function answerTexts(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const s of lesson.spots) s.reveal.forEach((r, i) => out.push({ where: `spot ${s.id} reveal ${i}`, text: r.text }));
  for (const c of lesson.claims) {
    out.push({ where: `claim ${c.id} why`, text: c.why.text }, { where: `claim ${c.id} plain`, text: c.plain });
    if (c.note) out.push({ where: `claim ${c.id} note`, text: c.note.text });
  }
  lesson.headers.fields.forEach((f, i) => out.push({ where: `header field ${i} who`, text: f.who }, { where: `header field ${i} shows`, text: f.shows }));
  for (const q of lesson.headers.questions) out.push({ where: `header ${q.id} answer`, text: q.answer.text });
  for (const s of lesson.lateral.sources) out.push({ where: `lateral ${s.id} lookFor`, text: s.lookFor });
  for (const k of ['who', 'evidence', 'others'] as const) out.push({ where: `worked ${k}`, text: lesson.lateral.worked[k].text });
  out.push({ where: 'lateral keyNote', text: lesson.lateral.keyNote });
  for (const q of lesson.discussion) out.push({ where: `discussion ${q.id}`, text: q.listenFor.text });
  for (const q of lesson.exitTicket) out.push({ where: `exit ${q.id}`, text: q.answer.text });
  for (const t of guide.rubric.tasks) for (const r of t.rows) out.push({ where: `rubric ${t.id} ${r.level}`, text: r.sample });
  // Very short samples ("Iran sent the emails.") are also words of a question; they prove nothing either way.
  return out.filter((a) => a.text.length >= 25);
}

/** The levels' labels by id. */
export const LEVEL_LABEL: Record<string, string> = { 'official-record': 'Official record', 'multiple-reports': 'Several reports', 'single-report': 'Single report', disputed: 'Disputed' };

export { lesson, guide, sources };

export const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/* ---------- PDF ---------- */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  text: string;
}

async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Every page's size and text items (in PDF points, origin bottom left). */
export async function readPdf(buffer: Buffer): Promise<PdfPage[]> {
  const { getDocument } = await pdfjs();
  const task = getDocument({ data: new Uint8Array(buffer), verbosity: 0 });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const vp = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.flatMap((it) =>
      'str' in it && it.str.trim() ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height }] : [],
    );
    pages.push({ width: vp.width, height: vp.height, items, text: items.map((x) => x.str).join(' ') });
  }
  await task.destroy();
  return pages;
}

/** Text items that reach outside the page (or into its outer 2 mm): what a clipped printout would show. */
export function outsidePage(pages: PdfPage[]): string[] {
  const edge = 2 * 2.835; // 2 mm in points
  return pages.flatMap((p, i) =>
    p.items.filter((it) => it.x < edge || it.x + it.width > p.width - edge || it.y < edge || it.y + it.height > p.height - edge).map((it) => `page ${i + 1}: “${it.str}” at x ${it.x.toFixed(0)}–${(it.x + it.width).toFixed(0)} of ${p.width.toFixed(0)}`),
  );
}

/** Whitespace-normalised text of the whole document, for "is this text in it?" checks across line breaks. */
export const flat = (pages: PdfPage[]) => pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Renders a page and returns its pixels' darkness: the share of dark pixels and of mid-grey (washed-out) ink. */
export async function inkOf(buffer: Buffer, pageNumber: number): Promise<{ dark: number; grey: number; background: number }> {
  const { getDocument } = await pdfjs();
  const task = getDocument({ data: new Uint8Array(buffer), verbosity: 0 });
  const doc = await task.promise;
  const page = await doc.getPage(pageNumber);
  const vp = page.getViewport({ scale: 1 });
  // pdf.js's Node canvas factory (backed by @napi-rs/canvas); its type is not exported.
  const factory = doc.canvasFactory as { create: (w: number, h: number) => { canvas: { width: number; height: number }; context: { getImageData: (x: number, y: number, w: number, h: number) => { data: Uint8ClampedArray } } } };
  const { canvas, context } = factory.create(Math.ceil(vp.width), Math.ceil(vp.height));
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport: vp }).promise;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let dark = 0;
  let grey = 0;
  let white = 0;
  for (let i = 0; i < data.length; i += 4) {
    const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    if (l < 90) dark++;
    else if (l < 200) grey++;
    else white++;
  }
  await task.destroy();
  const n = data.length / 4;
  return { dark: dark / n, grey: grey / n, background: white / n };
}
