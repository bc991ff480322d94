// What the host-page loader knows, baked into /embed.js at build time from the registry and the measured heights.
import { EMBEDS } from './registry';
import { MEASURED, measured } from './sizing';

/** The loader's knowledge of one embed. */
export interface LoaderEmbed {
  /** Frame title. */
  t: string;
  /** States, default first ([] for none). */
  s: string[];
  /** Measured heights by state (at LoaderConfig.w), for the frame's first height. */
  h: Record<string, number[]>;
}

/** Everything the loader is built with (short keys: it ships in every host page). */
export interface LoaderConfig {
  /** The site's address (SITE_URL + BASE_PATH), used when the script was copied elsewhere. */
  site: string;
  /** Widths of the measured heights. */
  w: number[];
  e: Record<string, LoaderEmbed>;
}

/** The widths the loader carries (a first height needs no more: the frame's own report follows within a frame). */
export const LOADER_WIDTHS = [280, 360, 480, 640, 800, 1200];

export function loaderConfig(site: string): LoaderConfig {
  const at = LOADER_WIDTHS.map((w) => MEASURED.widths.indexOf(w));
  if (at.includes(-1)) throw new Error(`src/embed/heights.json: widths must include ${LOADER_WIDTHS.join(', ')}`);
  const e: Record<string, LoaderEmbed> = {};
  for (const entry of EMBEDS) {
    const h: Record<string, number[]> = {};
    for (const state of entry.states.length ? entry.states : [null]) {
      const row = measured(entry, state);
      if (row) h[state ?? 'default'] = at.map((i) => row[i]!);
    }
    e[entry.id] = { t: entry.title, s: [...entry.states], h };
  }
  return { site, w: LOADER_WIDTHS, e };
}
