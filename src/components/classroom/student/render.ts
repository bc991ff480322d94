// Builds the answer markup the student page receives, from plain text only (textContent, never HTML strings).
import type { RichLine } from '../../../lib/classroom/cites';

/** A paragraph: the text, then its citations as links, e.g. "… [12, 40]". */
export function richParagraph(line: RichLine, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.append(line.text);
  if (line.cites.length) {
    const cite = document.createElement('span');
    cite.className = 'cite';
    cite.append(' [');
    line.cites.forEach((c, i) => {
      if (i > 0) cite.append(', ');
      const a = document.createElement('a');
      a.href = c.href;
      a.title = c.title;
      a.setAttribute('aria-label', c.aria);
      a.textContent = c.label;
      cite.append(a);
    });
    cite.append(']');
    p.append(cite);
  }
  return p;
}

/** A paragraph of plain text, optionally starting with a bold lead ("In plain words:"). */
export function textParagraph(text: string, lead?: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  if (lead) {
    const b = document.createElement('strong');
    b.textContent = lead;
    p.append(b, ' ');
  }
  p.append(text);
  return p;
}

/** An evidence-level label, styled like the site's confidence badges. */
export function levelBadge(level: string, label: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `conf conf--${level}`;
  span.textContent = label;
  return span;
}

/** Shows a reveal container with new children. */
export function fill(el: HTMLElement, ...children: Node[]): void {
  el.replaceChildren(...children);
  el.hidden = false;
}
