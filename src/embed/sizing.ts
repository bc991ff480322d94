// Embed heights, measured in Chromium by `npm run measure:embeds` (src/embed/heights.json) for every entry, state and
// common column width, and what they give: the loader's first height, the iframe-only snippet's frame, oEmbed's size.
import heights from './heights.json' with { type: 'json' };
import type { EmbedEntry } from './registry';

/** The committed measurements: page height (px) at each of `widths` (frame widths, px), by entry and state. */
export interface MeasuredHeights {
  widths: number[];
  heights: Record<string, Record<string, number[]>>;
}

export const MEASURED = heights as MeasuredHeights;

/** The column width oEmbed and the snippets give as the frame's width attribute (a common article column). */
export const DEFAULT_EMBED_WIDTH = 640;
/** The widest a snippet's frame gets: past it, embeds keep their layout and the host's column shows around them. */
export const MAX_EMBED_WIDTH = 1200;
/** Height used for an entry or state not measured yet (run `npm run measure:embeds`; a unit test names it). */
const UNMEASURED = 700;

/** The key of an entry's state in heights.json ("default" for an entry without states). */
export function stateKey(entry: EmbedEntry, state: string | null): string {
  return state ?? entry.states[0] ?? 'default';
}

/** The measured heights of an entry in a state, or null when they were never measured. */
export function measured(entry: EmbedEntry, state: string | null, table: MeasuredHeights = MEASURED): number[] | null {
  const row = table.heights[entry.id]?.[stateKey(entry, state)];
  return row && row.length === table.widths.length ? row : null;
}

/** Height at a frame width: linear between the two measured widths around it, the end value outside them. */
export function heightAtWidth(widths: readonly number[], row: readonly number[], width: number): number {
  if (width <= widths[0]!) return row[0]!;
  for (let i = 1; i < widths.length; i++) {
    if (width <= widths[i]!) {
      const t = (width - widths[i - 1]!) / (widths[i]! - widths[i - 1]!);
      return Math.ceil(row[i - 1]! + t * (row[i]! - row[i - 1]!));
    }
  }
  return row.at(-1)!;
}

/** The entry's height at a width (measured, or a placeholder until measured). */
export function heightAt(entry: EmbedEntry, state: string | null, width: number): number {
  const row = measured(entry, state);
  return row ? heightAtWidth(MEASURED.widths, row, width) : UNMEASURED;
}

/**
 * A fixed frame for hosts that run no script: its height follows its width as the page does, as the larger of two
 * straight lines (height = a + b × width, b may be negative), chosen from the measurements so that at every measured
 * width the frame holds the page with the least room to spare at the worst width. In CSS a percentage padding is a
 * share of the width, so `padding-top: max(calc(a1px + b1%), calc(a2px + b2%))` draws exactly this.
 */
export interface FixedFrame {
  /** Width and height for the iframe's attributes (at DEFAULT_EMBED_WIDTH), for hosts that keep nothing else. */
  width: number;
  height: number;
  /** The lines: height (px) = a + b × width (px). */
  lines: Array<{ a: number; b: number }>;
  /** Never taller than this (the tallest measured page): the lines only ever add room. */
  cap: number;
}

/** Frame height the rule gives at a width (the frame stops growing at MAX_EMBED_WIDTH). */
export function frameHeightAt(frame: Pick<FixedFrame, 'lines' | 'cap'>, width: number): number {
  const w = Math.min(width, MAX_EMBED_WIDTH);
  // To 0.01 px: what a browser lays out, without floating-point crumbs (411.99999… for 412).
  return Math.round(Math.min(frame.cap, Math.max(...frame.lines.map((l) => l.a + l.b * w))) * 100) / 100;
}

/** Slopes tried, px of height per px of width: −1.5 to 1.5 in steps of 0.05. */
const SLOPES = Array.from({ length: 61 }, (_, i) => Math.round((i - 30) * 50) / 1000);

/** The fixed frame for measured heights (widths and heights in px). Pure; tested in tests/unit/embed-sizing.test.ts. */
export function fixedFrame(widths: readonly number[], row: readonly number[]): FixedFrame {
  let best: { lines: Array<{ a: number; b: number }>; worst: number; total: number } | null = null;
  const n = widths.length;
  // The first line holds the narrow widths (up to `split`), the second the rest; each sits on its highest point.
  for (let split = 0; split < n; split++) {
    for (const b1 of SLOPES) {
      const a1 = Math.max(...row.slice(0, split + 1).map((h, i) => h - b1 * widths[i]!));
      for (const b2 of split === n - 1 ? [0] : SLOPES) {
        const a2 = split === n - 1 ? -Infinity : Math.max(...row.slice(split + 1).map((h, i) => h - b2 * widths[split + 1 + i]!));
        const cap = Math.max(...row);
        const waste = row.map((h, i) => Math.min(cap, Math.max(a1 + b1 * widths[i]!, a2 + b2 * widths[i]!)) - h);
        const worst = Math.max(...waste);
        const total = waste.reduce((x, y) => x + y, 0);
        if (!best || worst < best.worst - 0.5 || (Math.abs(worst - best.worst) <= 0.5 && total < best.total)) {
          best = { lines: split === n - 1 ? [{ a: a1, b: b1 }] : [{ a: a1, b: b1 }, { a: a2, b: b2 }], worst, total };
        }
      }
    }
  }
  // Whole px, rounded towards more room (a frame a px too tall is blank; a px too short would scroll).
  const lines = best!.lines.map((l) => ({ a: Math.ceil(l.a), b: l.b }));
  const cap = Math.max(...row);
  return { width: DEFAULT_EMBED_WIDTH, height: Math.ceil(frameHeightAt({ lines, cap }, DEFAULT_EMBED_WIDTH)), lines, cap };
}

const frames = new Map<string, FixedFrame>();

/** The fixed frame of an entry in a state (from its measurements, or a placeholder), worked out once per build. */
export function fixedFrameOf(entry: EmbedEntry, state: string | null): FixedFrame {
  const row = measured(entry, state);
  if (!row) return { width: DEFAULT_EMBED_WIDTH, height: UNMEASURED, lines: [{ a: UNMEASURED, b: 0 }], cap: UNMEASURED };
  const key = JSON.stringify([MEASURED.widths, row]);
  let frame = frames.get(key);
  if (!frame) {
    frame = fixedFrame(MEASURED.widths, row);
    frames.set(key, frame);
  }
  return frame;
}

/** The CSS length of a line: "calc(300px + 55%)", a percentage of the width being a padding's share of it. */
export function lineCss(l: { a: number; b: number }): string {
  const pct = Math.round(l.b * 1000) / 10;
  if (pct === 0) return `${l.a}px`;
  return `calc(${l.a}px ${pct < 0 ? '-' : '+'} ${Math.abs(pct)}%)`;
}

/** The frame's height as CSS (for a padding-top: percentages of the width). */
export function frameHeightCss(frame: Pick<FixedFrame, 'lines' | 'cap'>): string {
  const parts = frame.lines.map(lineCss);
  const grow = parts.length === 1 ? parts[0]! : `max(${parts.join(', ')})`;
  return /calc/.test(grow) ? `min(${grow}, ${frame.cap}px)` : grow;
}
