// SVG markup for a relay scene: used at build time (first paint, no JS) and by the browser update for node bodies.
import { esc, translate } from '../../lib/svg';
import type { Scene, SceneEdge, SceneNode } from './layout';

export interface RenderOptions {
  /** Explore copy: nodes and edges are focusable buttons that open a details card. */
  interactive: boolean;
  /** Static copies leave out what the state hides (smaller HTML); live copies keep everything for updates. */
  omitHidden?: boolean;
  /** Accessible name of the SVG. */
  label: string;
}

const ENVELOPE = '<rect class="token-body" x="-8" y="-6" width="16" height="12" rx="1.5"/><path class="token-flap" d="M-7,-4.5L0,1L7,-4.5"/>';

/** Class list for a node's group, from its state in the scene. */
export function nodeClass(n: SceneNode): string {
  return [
    'relay-node',
    `kind-${n.kind}`,
    `conf-${n.confidence}`,
    n.visible ? '' : 'is-hidden',
    n.emphasis === 'normal' ? '' : `is-${n.emphasis}`,
    n.seen ? 'is-seen' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Class list for an edge's group. */
export function edgeClass(e: SceneEdge): string {
  return ['relay-edge', `conf-${e.confidence}`, e.side ? 'is-side' : '', e.visible ? '' : 'is-hidden', e.emphasis === 'normal' ? '' : `is-${e.emphasis}`]
    .filter(Boolean)
    .join(' ');
}

/** One drawn line of a node's text. */
interface DrawnLine {
  y: number;
  size: number;
  role: string;
  spans: SceneNode['lines'][number]['spans'];
  /** A space after the line, or nothing. */
  gap: string;
}

function drawnLines(n: SceneNode, scene: Scene): DrawnLine[] {
  const text = (l: SceneNode['lines'][number] | undefined): string => l?.spans.map((x) => x.text).join('') ?? '';
  return n.lines.map((line, li) => {
    const role = line.spans[0]?.role ?? 'label';
    // A space ends every line but the last, so the text content (what accessibility checks compare
    // with the button's name) keeps words apart; SVG drops trailing white space when it draws.
    // A line that ends inside a word (a long address broken in two) gets no space, so the text
    // content still reads "officialproudboys.com".
    const next = n.lines[li + 1];
    const midWord = next !== undefined && n.label.replace(/\s+/g, ' ').includes(`${text(line)}${text(next)}`.trim()) && !n.label.includes(`${text(line)} ${text(next)}`.trim());
    return { y: line.y, size: role === 'label' ? scene.fontSize : scene.metaSize, role, spans: line.spans, gap: next !== undefined && !midWord ? ' ' : '' };
  });
}

/**
 * What a node's text is, line by line (baseline, size, words): the browser update rewrites the text
 * only when this changes. The same string is read back from server-rendered markup (update.ts).
 */
export function nodeTextSig(n: SceneNode, scene: Scene): string {
  return drawnLines(n, scene)
    .map((l) => `${l.y}:${l.size}:${l.spans.map((x) => x.text).join('')}${l.gap}`)
    .join('\n');
}

/** Where the text element sits: the box's centre (its lines are centred on x = 0, so a wider box moves it without rewriting it). */
export function nodeTextX(n: SceneNode): number {
  return Math.round(n.box.w * 5) / 10;
}

/** The inside of a node: its box and text lines (relative to the node's translate). */
export function nodeBody(n: SceneNode, scene: Scene): string {
  const lines = drawnLines(n, scene)
    .map(
      (l) =>
        `<tspan x="0" y="${l.y}" font-size="${l.size}" class="t-${l.role}">${l.spans
          .map((s, i) => (i === 0 ? esc(s.text) : `<tspan class="t-${s.role}">${esc(s.text)}</tspan>`))
          .join('')}${l.gap}</tspan>`,
    )
    .join('');
  return `<rect class="node-box" width="${n.box.w}" height="${n.box.h}" rx="4"/><text class="node-text" text-anchor="middle" transform="translate(${nodeTextX(n)})">${lines}</text>`;
}

/** Accessible name of a node button: starts with the text it shows (WCAG 2.5.3), then what it does not show. */
export function nodeName(n: SceneNode, scene: Scene): string {
  const shown = n.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' ');
  const conf = scene.confidenceLabels[n.confidence];
  const country = n.country && !shown.includes(n.country) ? `, ${n.country}` : '';
  return `${shown}${country}${shown.includes(conf) ? '' : `. ${conf}`}. Show details`;
}

/** Accessible name of an edge button. */
export function edgeName(e: SceneEdge, scene: Scene): string {
  return `Hop ${e.hop}: ${e.fromLabel} to ${e.toLabel}. ${scene.confidenceLabels[e.confidence]}. Show details`;
}

/**
 * A box or line of the interactive copy: a button, but one tab stop for the whole figure (roving
 * tabindex, arrow keys inside; cards.ts). The first item in reading order holds the stop; a hidden one is no button.
 */
function interactiveAttrs(name: string, visible: boolean, first: boolean): string {
  if (!visible) return ' tabindex="-1"';
  return ` tabindex="${first ? 0 : -1}" role="button" aria-haspopup="dialog" aria-expanded="false" aria-label="${esc(name)}"`;
}

function renderNode(n: SceneNode, scene: Scene, opts: RenderOptions, first = false): string {
  const extra = opts.interactive ? interactiveAttrs(nodeName(n, scene), n.visible, first) : '';
  return `<g class="${nodeClass(n)}" data-id="${esc(n.id)}" transform="${translate(n.box.x, n.box.y)}"${extra}>${nodeBody(n, scene)}</g>`;
}

function renderEdge(e: SceneEdge, scene: Scene, opts: RenderOptions, first = false): string {
  const extra = opts.interactive ? interactiveAttrs(edgeName(e, scene), e.visible, first) : '';
  const hit = opts.interactive ? `<path class="edge-hit" d="${e.d}"/>` : '';
  return `<g class="${edgeClass(e)}" data-id="${esc(e.id)}" data-hop="${e.hop}" data-side="${e.side}"${extra}>${hit}<path class="edge-line" d="${e.d}"/><path class="edge-arrow" d="${e.arrow}"/></g>`;
}

/** The token's position: where the email ends up (its whole trip is animated only in the browser). */
export function tokenEnd(scene: Scene): [number, number] | null {
  return scene.token?.keyframes.at(-1) ?? null;
}

/** The whole SVG for a scene. */
export function renderSvg(scene: Scene, opts: RenderOptions): string {
  const nodes = new Map(scene.nodes.map((n) => [n.id, n]));
  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  const firstShown = scene.order.find((id) => nodes.get(id)?.visible || edges.get(id)?.visible);
  const items = scene.order
    .map((id) => {
      const n = nodes.get(id);
      if (n) return opts.omitHidden && !n.visible ? '' : renderNode(n, scene, opts, id === firstShown);
      const e = edges.get(id);
      if (e) return opts.omitHidden && !e.visible ? '' : renderEdge(e, scene, opts, id === firstShown);
      return '';
    })
    .join('');
  const end = tokenEnd(scene);
  const token =
    end || !opts.omitHidden
      ? `<g class="relay-token${end ? '' : ' is-hidden'}" aria-hidden="true" transform="${translate(end?.[0] ?? 0, end?.[1] ?? 0)}">${ENVELOPE}</g>`
      : '';
  // Chromium puts an SVG root holding focusable children in the tab order itself; only its items belong there.
  const rootAttrs = opts.interactive ? 'role="group" tabindex="-1"' : 'role="img"';
  return `<svg class="chart-svg relay-svg" viewBox="${scene.viewBox.join(' ')}" data-orientation="${scene.orientation}" data-width="${scene.width}" ${rootAttrs} aria-label="${esc(opts.label)}"><g class="relay-items">${items}</g>${token}</svg>`;
}
