// Text metrics for the relay layout: a pessimistic width estimate and word wrapping, so boxes fit without a DOM.

/*
 * Layout runs at build time (no DOM to measure text), so widths are estimated from per-character
 * advance widths, in em, a little wider than the common sans-serif fallbacks (DejaVu Sans, Arial,
 * Segoe UI) at weight 600. The browser test checks the real rendered text stays inside its box.
 */
const NARROW = new Set([...`iljtfrI.,:;'!|()[]{}’ `]);
const WIDE = new Set([...'mwMW@%&']);

function advance(ch: string): number {
  if (NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 1.02;
  if (ch >= 'A' && ch <= 'Z') return 0.8;
  if (ch >= '0' && ch <= '9') return 0.7;
  if (ch === '<' || ch === '>' || ch === '"' || ch === '“' || ch === '”') return 0.84;
  return 0.68;
}

/** Estimated width of a line of text in px at a font size in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize;
}

/** Splits a word that is too long: after "/", "@", "." or "-" where possible, else at the last character that fits. */
function breakWord(word: string, maxWidth: number, fontSize: number): string[] {
  const soft = word.split(/(?<=[/@.-])/);
  if (soft.length > 1) {
    // Break at the soft points; pieces still too long are cut by character, then short pieces rejoin.
    const pieces = soft.flatMap((s) => (textWidth(s, fontSize) <= maxWidth ? [s] : hardBreak(s, maxWidth, fontSize)));
    const joined: string[] = [];
    for (const s of pieces) {
      const last = joined.at(-1);
      if (last !== undefined && textWidth(last + s, fontSize) <= maxWidth) joined[joined.length - 1] = last + s;
      else joined.push(s);
    }
    return joined;
  }
  return hardBreak(word, maxWidth, fontSize);
}

function hardBreak(word: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && textWidth(current + ch, fontSize) > maxWidth) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Wraps text into lines no wider than maxWidth (greedy, on spaces; over-long words are broken). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (textWidth(word, fontSize) <= maxWidth) current = word;
    else {
      const pieces = breakWord(word, maxWidth, fontSize);
      current = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (current) lines.push(current);
  return lines;
}
