// Map scene → escaped SVG markup: page copies that <use> the shared defs, or a standalone SVG with paths and styles inlined.
import { attrs, esc } from '../../lib/svg';
import { light, scale, type Palette } from '../../styles/tokens';
import { TIERS, TIER_NAMES, subSizeFor, type Annotation, type MapScene, type Tier } from './layout';
import { MAP_SVG_CSS, hatchPatterns } from './styles';

/** Path data the standalone mode inlines (the same paths MapDefs puts once on a page). */
export interface MapPaths {
  statePaths: Record<string, string>;
  borders: string;
  countyPaths: Record<string, string>;
  countyBorders: string;
}

/** A focusable state in the explore copy. */
export interface HitTarget {
  fips: string;
  code: string;
  name: string;
  /** Id of the details card the state opens. */
  cardId: string;
}

export interface RenderOptions {
  /** "page": shapes are <use href="#map-st-…"> into the page's MapDefs. "standalone": one self-contained SVG. */
  mode: 'page' | 'standalone';
  /** Required in standalone mode. */
  paths?: MapPaths;
  /** Standalone: the one label tier drawn (default "l"). Page copies draw every tier; CSS shows one. */
  tier?: Tier;
  /** Focusable states with details cards (explore copy only; never on the aria-hidden copies). */
  hits?: HitTarget[];
  /** Colours for standalone mode (default: the light palette). */
  palette?: Palette;
  /** Standalone: a visible title line above the map. */
  title?: string;
}

export const stateHref = (id: string): string => `#map-st-${id}`;
export const countyHref = (id: string): string => `#map-co-${id}`;
const r = (n: number): number => Math.round(n * 10) / 10;

/** `translate(x,y) scale(k)` for the map group. */
export function zoomTransform(z: MapScene['zoom']): string {
  return `translate(${z.x},${z.y}) scale(${z.k})`;
}

/** The inside of one annotation's <g>: box, leader, dot and text. Also used by the browser update. */
export function annotationInner(a: Annotation, fontSize: number): string {
  let out = '';
  if (a.box) {
    const [x, y, w, h] = a.box;
    out += `<rect class="ann-box" ${attrs({ x, y, width: w, height: h, rx: r(fontSize * 0.2) })}/>`;
  }
  if (a.leader) {
    const [x1, y1, x2, y2] = a.leader;
    out += `<line class="ann-leader" ${attrs({ x1, y1, x2, y2 })}/><circle class="ann-dot" ${attrs({ cx: x2, cy: y2, r: r(fontSize * 0.14) })}/>`;
  }
  let y = a.y;
  const tspans = a.lines
    .map((l, i) => {
      const size = l.kind === 'sub' ? subSizeFor(fontSize) : fontSize;
      y += i === 0 ? size * 0.92 : size * 1.18;
      const cls = l.kind ? ` class="t-${l.kind}"` : '';
      return `<tspan${cls} ${attrs({ x: a.x, y: r(y), 'font-size': l.kind === 'sub' && size !== fontSize ? size : undefined })}>${esc(l.text)}</tspan>`;
    })
    .join('');
  out += `<text class="ann-text" text-anchor="${a.anchor}">${tspans}</text>`;
  return out;
}

/** A signature of an annotation, so the browser update only rebuilds what changed. */
export function annotationSig(a: Annotation): string {
  return JSON.stringify([a.x, a.y, a.anchor, a.lines, a.leader, a.box]);
}

function annotationGroup(a: Annotation, fontSize: number): string {
  // No data-sig in the page markup (it would repeat the text): the browser's first update fills it in.
  return `<g class="ann ann--${a.kind}" data-id="${esc(a.id)}">${annotationInner(a, fontSize)}</g>`;
}

/** The <defs> content: hatch patterns, state, border and county paths. Shared by MapDefs and standalone mode. */
export function defsMarkup(paths: MapPaths, zooms: Record<string, number>, countyIds: readonly string[]): string {
  const ns = 'vector-effect="non-scaling-stroke"';
  const states = Object.entries(paths.statePaths)
    .map(([id, d]) => `<path id="map-st-${esc(id)}" d="${d}" ${ns}/>`)
    .join('');
  const counties = countyIds
    .filter((id) => paths.countyPaths[id])
    .map((id) => `<path id="map-co-${esc(id)}" d="${paths.countyPaths[id]}" ${ns}/>`)
    .join('');
  return (
    hatchPatterns(zooms) +
    states +
    `<path id="map-borders" d="${paths.borders}" ${ns}/>` +
    counties +
    `<path id="map-fl-borders" d="${paths.countyBorders}" ${ns}/>`
  );
}

/** Replaces var(--c-x) with palette colours, for SVGs read outside our pages (sharp, other sites). */
function resolveVars(css: string, palette: Palette): string {
  const byVar = new Map(Object.entries(palette).map(([k, v]) => [`--c-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v]));
  return css
    .replace(/var\((--c-[a-z-]+)\)/g, (m, name: string) => byVar.get(name) ?? m)
    .replace(/var\(--font-(body|chart)\)/g, (_m, which: string) => (which === 'chart' ? scale.fontChart : scale.fontBody));
}

/** Renders a map scene as SVG markup. Every data text goes through esc(). */
export function renderSvg(scene: MapScene, options: RenderOptions): string {
  const { mode, hits = [] } = options;
  const standalone = mode === 'standalone';
  if (standalone && !options.paths) throw new Error('renderSvg: standalone mode needs paths');
  const titleH = standalone && options.title ? 56 : 0;
  const vbH = scene.height + titleH;
  const interactive = hits.length > 0;

  const use = (href: string, cls: string, id: string, extra = ''): string =>
    `<use href="${href}" class="${cls}" data-id="${esc(id)}"${extra}/>`;

  // Faded shapes carry opacity as an attribute (not a class) so the browser can transition it.
  const states = scene.states.map((s) => use(stateHref(s.id), `st st--${s.style}`, s.id, s.style === 'off' ? ' opacity="0"' : '')).join('');
  const insets = scene.insets
    .map(([x, y, w, h]) => `<rect class="map-inset" ${attrs({ x, y, width: w, height: h })} vector-effect="non-scaling-stroke"/>`)
    .join('');
  const counties = scene.counties.map((c) => use(countyHref(c.id), `co co--${c.confidence}`, c.id)).join('');
  const flMesh = scene.countyMesh ? use('#map-fl-borders', 'map-fl-borders', 'fl-borders') : '';
  const outlines = scene.outlines.map((o) => use(stateHref(o.id), `ol ol--${o.style}`, o.id)).join('');
  const hitMarkup = hits
    .map(
      (h) =>
        `<g class="hit" ${attrs({ tabindex: 0, role: 'button', 'aria-label': `${h.name}: details`, 'aria-expanded': 'false', 'aria-controls': h.cardId, 'data-code': h.code })}><use href="${stateHref(h.fips)}"/></g>`,
    )
    .join('');

  const tiers = standalone ? [options.tier ?? 'l'] : TIER_NAMES;
  const ann = tiers
    .map((t) => {
      const fs = TIERS[t].fontSize;
      const groups = scene.annotations[t].map((a) => annotationGroup(a, fs)).join('');
      return `<g class="map-ann map-ann--${t}" data-tier="${t}" font-size="${fs}">${groups}</g>`;
    })
    .join('');

  const role = interactive
    ? attrs({ role: 'group', 'aria-label': scene.description })
    : attrs({ role: 'img', 'aria-label': scene.description });
  const head = standalone
    ? `<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox="0 0 ${scene.width} ${vbH}" width="${scene.width}" height="${vbH}" data-view="${esc(scene.view)}" ${role}>` +
      `<style>${resolveVars(MAP_SVG_CSS, options.palette ?? light)}</style>` +
      `<defs>${defsMarkup(options.paths!, { [scene.view]: scene.zoom.k }, scene.counties.map((c) => c.id))}</defs>` +
      `<rect class="map-bg" width="${scene.width}" height="${vbH}"/>` +
      (options.title ? `<text class="map-title" x="12" y="38">${esc(options.title)}</text>` : '') +
      `<g transform="translate(0,${titleH})">`
    : `<svg class="chart-svg map-svg" viewBox="0 0 ${scene.width} ${scene.height}" data-view="${esc(scene.view)}" ${role}>`;

  return (
    head +
    `<g class="map-zoom" transform="${zoomTransform(scene.zoom)}">` +
    `<g class="map-states">${states}</g>` +
    use('#map-borders', 'map-borders', 'borders', scene.borders ? '' : ' opacity="0"') +
    `<g class="map-insets">${insets}</g>` +
    `<g class="map-counties">${counties}</g>` +
    `<g class="map-flmesh">${flMesh}</g>` +
    `<g class="map-outlines">${outlines}</g>` +
    (interactive ? `<g class="map-hits">${hitMarkup}</g>` : '') +
    `</g>` +
    ann +
    (standalone ? '</g>' : '') +
    `</svg>`
  );
}
