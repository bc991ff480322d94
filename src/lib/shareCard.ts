// Share cards (og:image, 1200×630, also the embeds' no-script picture and oEmbed thumbnail): a kicker, the title, a
// picture drawn for the card with every label at 24 px or more (what stays readable when a feed shows the card about
// 500 px wide), and a footer band with the publisher and the address. Every text from data is escaped.
import { light, scale, type Palette } from '../styles/tokens';
import { esc } from './svg';

export const CARD = { width: 1200, height: 630 } as const;
/** The smallest text on a card, px (a feed shows the card at about 40 %: 24 px there is about 10 px). */
export const CARD_MIN_FONT = 24;
const PAD = 64;
const FOOTER_H = 76;

/** Greedy word wrap to lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One line of text on a card. */
export function cardText(x: number, y: number, text: string, o: { size: number; weight?: number; fill: string; family?: string; anchor?: 'start' | 'end' | 'middle' }): string {
  const size = Math.max(o.size, CARD_MIN_FONT);
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${o.weight ?? 400}" fill="${o.fill}" font-family="${esc(o.family ?? scale.fontChart)}"${anchor}>${esc(text)}</text>`;
}

/** A card's parts: the words, and the picture (SVG markup already placed in card coordinates, or none). */
export interface CardContent {
  kicker: string;
  title: string;
  /** Lines under the title, left column (e.g. the states a map shows), at 28 px. */
  notes?: string[];
  /** Placed markup for the right half (x 620–1136, y 40–530), or null for a text-only card. */
  picture: string | null;
  /** The publisher and the address, in the footer band. */
  publisher: string;
  address: string;
}

/** The card as SVG (1200×630), light palette. */
export function shareCardSvg(c: CardContent, palette: Palette = light): string {
  const wide = c.picture === null;
  const titleSize = wide ? 56 : 44;
  const chars = wide ? 34 : 19;
  const lines = wrap(c.title, chars).slice(0, wide ? 4 : 5);
  const lh = Math.round(titleSize * 1.2);
  const kickerY = 96;
  const title = lines.map((l, i) => cardText(PAD, 168 + i * lh, l, { size: titleSize, weight: 700, fill: palette.text, family: 'DejaVu Serif, Georgia, serif' })).join('');
  const notesTop = 168 + lines.length * lh + 28;
  const notes = (c.notes ?? []).map((n, i) => cardText(PAD, notesTop + i * 38, n, { size: 28, fill: palette.muted })).join('');
  const footerY = CARD.height - FOOTER_H;
  const footer =
    `<rect x="0" y="${footerY}" width="${CARD.width}" height="${FOOTER_H}" fill="${palette.surface}"/>` +
    `<rect x="0" y="${footerY}" width="${CARD.width}" height="2" fill="${palette.line}"/>` +
    cardText(PAD, footerY + 48, c.publisher, { size: 28, weight: 700, fill: palette.text }) +
    cardText(CARD.width - PAD, footerY + 48, c.address, { size: 26, fill: palette.muted, anchor: 'end' });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">` +
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${palette.bg}"/><rect width="${CARD.width}" height="12" fill="${palette.accent}"/>` +
    cardText(PAD, kickerY, c.kicker.toUpperCase(), { size: 26, weight: 700, fill: palette.accent }) +
    title +
    notes +
    (c.picture ?? '') +
    footer +
    `</svg>`
  );
}

/** The picture area of a card (right half, above the footer). */
export const PICTURE = { x: 620, y: 40, width: 516, height: CARD.height - FOOTER_H - 64 } as const;
