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
 * A fixed frame for hosts that run no script: as tall as `minHeight`, and taller in proportion to its width where
 * the page grows with width (height = width / ratio). Chosen so that at every measured width the frame holds the
 * page, with the least room to spare at the worst width.
 */
export interface FixedFrame {
  /** Width and height for the iframe's attributes (at DEFAULT_EMBED_WIDTH). */
  width: number;
  height: number;
  minHeight: number;
  /** CSS aspect-ratio "w / h", or null when a fixed height suits every width. */
  ratio: string | null;
}

/** Frame height the rule gives at a width. */
export function frameHeightAt(frame: Pick<FixedFrame, 'minHeight' | 'ratio'>, width: number): number {
  if (!frame.ratio) return frame.minHeight;
  const [w, h] = frame.ratio.split('/').map(Number) as [number, number];
  return Math.max(frame.minHeight, (Math.min(width, MAX_EMBED_WIDTH) * h) / w);
}

/** The fixed frame for measured heights (widths and heights in px). Pure; tested in tests/unit/embed-sizing.test.ts. */
export function fixedFrame(widths: readonly number[], row: readonly number[]): FixedFrame {
  // Slopes (height per px of width) to try: none, then up to the steepest the page has.
  const steepest = Math.max(...row.map((h, i) => h / widths[i]!));
  let best: { k: number; min: number; worst: number } | null = null;
  for (let step = 0; step <= 200; step++) {
    const k = (steepest * step) / 200;
    // The minimum height must hold every width where the slope alone does not.
    const min = Math.max(0, ...row.filter((h, i) => k * widths[i]! < h));
    const worst = Math.max(...row.map((h, i) => Math.max(min, k * widths[i]!) - h));
    if (!best || worst < best.worst - 0.5) best = { k, min, worst };
  }
  const k = best!.k;
  // Whole numbers, rounded towards more room (a frame a few px too tall is blank; too short would scroll).
  const ratio = k > 0 ? `1000 / ${Math.ceil(k * 1000)}` : null;
  const minHeight = Math.ceil(best!.min);
  const frame = { width: DEFAULT_EMBED_WIDTH, height: 0, minHeight, ratio };
  frame.height = Math.ceil(frameHeightAt(frame, DEFAULT_EMBED_WIDTH));
  return frame;
}

/** The fixed frame of an entry in a state (from its measurements, or a placeholder). */
export function fixedFrameOf(entry: EmbedEntry, state: string | null): FixedFrame {
  const row = measured(entry, state);
  if (!row) return { width: DEFAULT_EMBED_WIDTH, height: UNMEASURED, minHeight: UNMEASURED, ratio: null };
  return fixedFrame(MEASURED.widths, row);
}
