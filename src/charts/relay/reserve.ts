// Build-time height table of the relay explore diagram by container width: CSS that reserves, before the browser lays it out, the height it will take (no layout shift).
import { layout, type RelayInput } from './layout';
import type { RelayState } from '../../lib/data/steps';

/** Container widths covered, in px: a phone's narrowest column to past the embed page's widest (75rem less padding). */
const MIN_WIDTH = 240;
export const MAX_WIDTH = 1400;

export interface HeightBand {
  /** Smallest container width (px, as the browser rounds it) of the band. */
  from: number;
  /** Largest, or null for "and wider". */
  to: number | null;
  /** SVG height the layout gives at every width of the band. */
  height: number;
}

/**
 * The layout's height at every whole width, merged into bands. The browser measures the figure's
 * width rounded to a whole px and lays out at that width, so the table is exact, not an estimate.
 */
export function heightBands(input: RelayInput, state: RelayState): HeightBand[] {
  const bands: HeightBand[] = [];
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
    const height = layout(input, { width: w }, state).viewBox[3];
    const last = bands.at(-1);
    if (last && last.height === height) last.to = w;
    else bands.push({ from: w, to: w, height });
  }
  const last = bands.at(-1);
  if (last) last.to = null;
  return bands;
}

/**
 * CSS for `selector` (the SVG inside a `container-type: inline-size` figure): one container query per
 * band. Bounds sit half a pixel out because the browser rounds the fractional width it lays out at.
 */
export function heightBandCss(bands: readonly HeightBand[], container: string, selector: string): string {
  return bands
    .map(({ from, to, height }) => {
      const lo = from === MIN_WIDTH ? '' : `(width >= ${from - 0.5}px)`;
      const hi = to === null ? '' : `(width < ${to + 0.5}px)`;
      const query = [lo, hi].filter(Boolean).join(' and ');
      return query ? `@container ${container} ${query}{${selector}{height:${height}px}}` : `${selector}{height:${height}px}`;
    })
    .join('');
}

const exploreCss = new Map<string, string>();

/**
 * The head CSS that reserves the explore diagram's height on pages that carry it, for the state it shows
 * (computed once per build, data and state).
 */
export function exploreReserveCss(input: RelayInput, state: RelayState = EXPLORE_STATE): string {
  const key = JSON.stringify([input, state]);
  const cached = exploreCss.get(key);
  if (cached !== undefined) return cached;
  const css = heightBandCss(
    heightBands(input, state),
    'relay-explore',
    // Only until the browser has laid it out (data-ready), and only when a script will: without
    // JavaScript the server layout keeps its own proportions.
    'html[data-js] [data-variant=explore]:not([data-ready])>.relay-svg',
  );
  exploreCss.set(key, css);
  return css;
}

/** The state the explore figure shows. */
export const EXPLORE_STATE: RelayState = { view: 'full' };
