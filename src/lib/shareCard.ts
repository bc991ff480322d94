// SVG markup of a 1200×630 share card: kicker, wrapped title and an optional graphic on the right.
import { light } from '../styles/tokens';
import { esc } from './svg';

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

export function shareCardSvg(o: { kicker: string; title: string; graphic?: string }): string {
  // With a graphic on the right, the title gets the left half: smaller type, shorter lines.
  const size = o.graphic ? 40 : 54;
  const lines = wrap(o.title, o.graphic ? 22 : 34).slice(0, 7);
  const text = lines
    .map((l, i) => `<text x="64" y="${190 + i * Math.round(size * 1.25)}" font-size="${size}" font-weight="700" fill="${light.text}" font-family="DejaVu Serif, Georgia, serif">${esc(l)}</text>`)
    .join('');
  const graphic = o.graphic ? `<g transform="translate(640,90)">${o.graphic}</g>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="${light.bg}"/><rect width="1200" height="12" fill="${light.accent}"/><text x="64" y="110" font-size="26" font-weight="700" fill="${light.accent}" font-family="DejaVu Sans, Arial, sans-serif" letter-spacing="2">${esc(o.kicker.toUpperCase())}</text>${text}${graphic}</svg>`;
}
