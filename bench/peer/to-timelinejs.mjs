// Converts the story's data (data/timeline.json, article.json, confidence.json) to TimelineJS JSON and fills the peer page.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

/** HTML-escapes text for TimelineJS's HTML fields. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** "2020-10-21" / "2020-10" / "2020" → TimelineJS date object (only the parts the data knows). */
export function tlDate(iso) {
  const [year, month, day] = iso.split('-');
  const d = { year: Number(year) };
  if (month) d.month = Number(month);
  if (day) d.day = Number(day);
  return d;
}

/** The TimelineJS document for the story's timeline: a title slide and one slide per event. */
export function toTimelineJs({ timeline, article, confidence }) {
  const confLabel = new Map(confidence.map((c) => [c.id, c.label]));
  return {
    title: { text: { headline: esc(article.headline), text: `<p>${esc(article.dek)}</p>` } },
    events: timeline.map((e) => {
      const parts = [`<p>${esc(e.summary)}</p>`];
      if (e.quote) parts.push(`<blockquote>“${esc(e.quote.text)}” — ${esc(e.quote.speaker)}</blockquote>`);
      parts.push(`<p>${esc(e.actor)} · ${esc(confLabel.get(e.confidence) ?? e.confidence)}</p>`);
      return {
        unique_id: e.id,
        start_date: tlDate(e.date),
        text: { headline: esc(e.headline), text: parts.join('') },
      };
    }),
  };
}

/** The peer page HTML, with the data inlined (as our pages inline theirs). */
export function peerPageHtml() {
  const article = readJson('data/article.json');
  const data = toTimelineJs({ timeline: readJson('data/timeline.json'), article, confidence: readJson('data/confidence.json') });
  const template = readFileSync(join(here, 'index.html'), 'utf8');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return template
    .replaceAll('{{TITLE}}', () => esc(article.headline))
    .replaceAll('{{DESCRIPTION}}', () => esc(article.description))
    .replace('{{DATA}}', () => json);
}
