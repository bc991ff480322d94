// Pure, deterministic layered layout of the relay diagram: relay data + width + declared state → scene.
import type { ConfidenceId } from '../../lib/data/schemas';
import type { RelayState } from '../../lib/data/steps';
import { textWidth, wrapText } from './text';

/* ---------- input and output types ---------- */

export type NodeKind = 'actor' | 'data' | 'identity' | 'server' | 'provider' | 'recipient' | 'channel';

/** A node as the layout needs it (the description and sources stay in the HTML). */
export interface RelayInputNode {
  id: string;
  label: string;
  kind: NodeKind;
  country?: string;
  confidence: ConfidenceId;
}

/** An edge as the layout needs it. */
export interface RelayInputEdge {
  id: string;
  from: string;
  to: string;
  /** Order of reveal in the story (1 = first). */
  hop: number;
  /** A side channel of the same operation (shown only in the "full" view). */
  side: boolean;
  confidence: ConfidenceId;
}

/** The relay data for layout: built once at build time and embedded for the browser. */
export interface RelayInput {
  nodes: RelayInputNode[];
  edges: RelayInputEdge[];
  /** Reader-facing confidence labels, e.g. "Single report". */
  confidenceLabels: Record<ConfidenceId, string>;
  /** What a recipient saw: the displayed sender and subject, quoted from the identity node's description. */
  seen: { node: string; from: string; subject: string } | null;
}

export interface LayoutSize {
  /** Container width in px (the SVG's viewBox uses the same units, so text is drawn at its real size). */
  width: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One piece of a text line: the label, a secondary line (country), or a confidence tag in words. */
export interface TextSpan {
  text: string;
  role: 'label' | 'meta' | 'tag';
}

export interface SceneLine {
  /** Baseline, relative to the node's top. */
  y: number;
  spans: TextSpan[];
}

export type Emphasis = 'normal' | 'strong' | 'faded';

export interface SceneNode {
  id: string;
  label: string;
  country?: string;
  kind: NodeKind;
  confidence: ConfidenceId;
  /** Node box in scene coordinates (top-left, size). */
  box: Box;
  /** Where the text sits, in scene coordinates (inside the box). */
  labelBox: Box;
  lines: SceneLine[];
  visible: boolean;
  emphasis: Emphasis;
  /** Drawn as the email header a recipient saw (identity view). */
  seen: boolean;
}

export interface SceneEdge {
  id: string;
  /** Labels of the two ends, for accessible names. */
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  hop: number;
  side: boolean;
  confidence: ConfidenceId;
  /** SVG path data of the line. */
  d: string;
  /** SVG path data of the arrowhead (a small closed triangle at the target). */
  arrow: string;
  /** Points along the line (for the travelling token and for tests). */
  points: Array<[number, number]>;
  visible: boolean;
  emphasis: Emphasis;
}

export interface SceneToken {
  /** Edge ids the email travels along, in order. */
  route: string[];
  /** Keyframe positions, evenly spaced along the route by length. */
  keyframes: Array<[number, number]>;
}

export interface Scene {
  width: number;
  /** Height of the whole layout; the viewBox may show a part of it. */
  height: number;
  /** The part shown for this state: [x, y, width, height]. */
  viewBox: [number, number, number, number];
  orientation: 'horizontal' | 'vertical';
  fontSize: number;
  lineHeight: number;
  /** Reader-facing confidence labels, for accessible names. */
  confidenceLabels: Record<ConfidenceId, string>;
  /** Nodes and their out-edges in reading order (the DOM and tab order). */
  order: string[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  token: SceneToken | null;
}

/* ---------- constants ---------- */

/** Below this container width the diagram runs top to bottom (phones), above it left to right. */
export const VERTICAL_BELOW = 640;

const CONFIDENCE_RANK: Record<ConfidenceId, number> = {
  'official-record': 0,
  'multiple-reports': 1,
  'single-report': 2,
  disputed: 3,
};

interface Metrics {
  margin: number;
  font: number;
  lineH: number;
  padX: number;
  padY: number;
  /** Gap between nodes stacked in one layer. */
  stackGap: number;
  /** Space between layers, where edges run. */
  layerGap: number;
  /** Space before the side-channel band. */
  bandGap: number;
  laneW: number;
  dummy: number;
}

function metricsFor(width: number, vertical: boolean): Metrics {
  if (vertical) {
    return { margin: 8, font: 11, lineH: 13.5, padX: 6, padY: 6, stackGap: 6, layerGap: 30, bandGap: 40, laneW: 5, dummy: 6 };
  }
  const layerGap = Math.round(Math.min(56, Math.max(26, width * 0.035)));
  return { margin: 12, font: width < 900 ? 11 : 12, lineH: width < 900 ? 13.5 : 15, padX: 7, padY: 7, stackGap: 10, layerGap, bandGap: 34, laneW: 5, dummy: 4 };
}

/* ---------- small geometry helpers ---------- */

type Pt = [number, number];
type Segment = { c: false; to: Pt } | { c: true; c1: Pt; c2: Pt; to: Pt };

const r1 = (n: number): number => Math.round(n * 10) / 10;
const fmt = (p: Pt): string => `${r1(p[0])},${r1(p[1])}`;

function pathData(start: Pt, segs: Segment[]): string {
  return `M${fmt(start)}${segs.map((s) => (s.c ? `C${fmt(s.c1)} ${fmt(s.c2)} ${fmt(s.to)}` : `L${fmt(s.to)}`)).join('')}`;
}

function cubicAt(p0: Pt, c1: Pt, c2: Pt, p3: Pt, t: number): Pt {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1]];
}

function samplePath(start: Pt, segs: Segment[]): Pt[] {
  const pts: Pt[] = [start];
  let prev = start;
  for (const s of segs) {
    if (s.c) for (let i = 1; i <= 12; i++) pts.push(cubicAt(prev, s.c1, s.c2, s.to, i / 12));
    else {
      const n = Math.max(1, Math.ceil(Math.hypot(s.to[0] - prev[0], s.to[1] - prev[1]) / 12));
      for (let i = 1; i <= n; i++) pts.push([prev[0] + ((s.to[0] - prev[0]) * i) / n, prev[1] + ((s.to[1] - prev[1]) * i) / n]);
    }
    prev = s.to;
  }
  return pts.map(([x, y]) => [r1(x), r1(y)]);
}

/** A closed arrowhead whose tip is at `tip`, pointing along `from → tip`. */
function arrowHead(from: Pt, tip: Pt, size: number): string {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const back: Pt = [tip[0] - ux * size, tip[1] - uy * size];
  const half = size * 0.5;
  return `M${fmt(tip)}L${fmt([back[0] - uy * half, back[1] + ux * half])}L${fmt([back[0] + uy * half, back[1] - ux * half])}Z`;
}

/* ---------- graph structure ---------- */

interface Item {
  key: string;
  node?: RelayInputNode;
  /** For a dummy: the edge it carries across a layer. */
  edge?: string;
  layer: number;
  band: 'main' | 'side';
  x: number;
  y: number;
  w: number;
  h: number;
  lines: SceneLine[];
  labelW: number;
  labelH: number;
  /** Vertical layout, stacked layer: lane x for a dummy passing a stack. */
  lane?: number;
}

interface Group {
  key: string;
  layer: number;
  band: 'main' | 'side';
  items: Item[];
  /** Vertical only: a layer too wide for one row is stacked, with its edges in lanes at its sides. */
  stacked: boolean;
  nodeW: number;
  top: number;
  bottom: number;
  /** Stacked groups: the x range of the node column. */
  left: number;
  right: number;
}

/** Longest-path layers (sources pulled next to their first successor), in data order; deterministic. */
function assignLayers(input: RelayInput): Map<string, number> {
  const preds = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  const succs = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  for (const e of input.edges) {
    preds.get(e.to)?.push(e.from);
    succs.get(e.from)?.push(e.to);
  }
  const layer = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) throw new Error(`relay layout: cycle through "${id}"`);
    seen.add(id);
    const l = Math.max(-1, ...(preds.get(id) ?? []).map((p) => visit(p, seen))) + 1;
    layer.set(id, l);
    return l;
  };
  for (const n of input.nodes) visit(n.id, new Set());
  for (const n of input.nodes) {
    const out = succs.get(n.id) ?? [];
    if ((preds.get(n.id) ?? []).length === 0 && out.length > 0) {
      layer.set(n.id, Math.min(...out.map((s) => layer.get(s) ?? 0)) - 1);
    }
  }
  return layer;
}

/* ---------- node text ---------- */

function nodeLines(
  node: RelayInputNode,
  input: RelayInput,
  state: RelayState,
  maxW: number,
  m: Metrics,
): { lines: SceneLine[]; width: number } {
  const rows: TextSpan[][] = [];
  const add = (text: string, role: TextSpan['role'], font: number): void => {
    for (const line of wrapText(text, maxW, font)) rows.push([{ text: line, role }]);
  };
  const meta = m.font - 1;
  const tagText = input.confidenceLabels[node.confidence];
  if (state.view === 'identity' && input.seen?.node === node.id) {
    add(`From: ${input.seen.from}`, 'label', m.font);
    add(`Subject: ${input.seen.subject}`, 'meta', meta);
  } else if (state.view === 'identity' && node.kind === 'recipient') {
    add(`To: ${node.label}`, 'label', m.font);
  } else {
    add(node.label, 'label', m.font);
    if (state.view === 'headers' && node.kind === 'server') {
      if (node.country && !node.label.includes(node.country)) add(node.country, 'meta', meta);
      add(tagText, 'tag', meta);
    } else if (node.confidence === 'single-report' || node.confidence === 'disputed') {
      // The tag joins the last line when it fits, else takes its own line.
      const last = rows.at(-1);
      const joined = last ? `${last.map((s) => s.text).join('')} · ${tagText}` : tagText;
      if (last && textWidth(joined, m.font) <= maxW) last.push({ text: ` · ${tagText}`, role: 'tag' });
      else add(tagText, 'tag', meta);
    }
  }
  const width = Math.max(...rows.map((r) => textWidth(r.map((s) => s.text).join(''), r[0]?.role === 'label' ? m.font : meta)));
  const lines = rows.map((spans, i) => ({ y: r1(m.padY + m.lineH * (i + 0.78)), spans }));
  return { lines, width };
}

function sizeNode(item: Item, input: RelayInput, state: RelayState, w: number, m: Metrics): void {
  if (!item.node) return;
  const { lines, width } = nodeLines(item.node, input, state, w - 2 * m.padX, m);
  item.lines = lines;
  item.w = w;
  item.labelW = Math.min(width, w - 2 * m.padX);
  item.labelH = lines.length * m.lineH;
  item.h = r1(item.labelH + 2 * m.padY);
}

/* ---------- the layout ---------- */

/** Raises the smallest widths first until the room is used up (or every width reaches the cap). */
function waterFill(mins: number[], room: number, cap: number): number[] {
  const widths = mins.slice();
  let spare = room - widths.reduce((a, b) => a + b, 0);
  while (spare > 0.5) {
    const open = widths.map((w, i) => [w, i] as const).filter(([w]) => w < cap);
    if (!open.length) break;
    const low = Math.min(...open.map(([w]) => w));
    const lows = open.filter(([w]) => w === low);
    const next = Math.min(cap, ...open.filter(([w]) => w > low).map(([w]) => w));
    const step = Math.min((next - low) * lows.length, spare);
    for (const [, i] of lows) widths[i] = low + step / lows.length;
    spare -= step;
  }
  return widths;
}

/** Lays out the relay for a container width and a declared state. Pure: same input → same scene. */
export function layout(input: RelayInput, size: LayoutSize, state: RelayState): Scene {
  const width = Math.max(280, Math.round(size.width));
  const vertical = width < VERTICAL_BELOW;
  const m = metricsFor(width, vertical);
  if (state.view === 'identity') {
    // What the recipient saw is the whole picture in this view: draw it larger.
    const k = vertical ? 1.2 : 1.4;
    m.font = r1(m.font * k);
    m.lineH = r1(m.lineH * k);
    m.padY = r1(m.padY * k);
    m.padX = r1(m.padX * k);
  }
  const nodeById = new Map(input.nodes.map((n) => [n.id, n]));
  for (const e of input.edges) {
    if (!nodeById.has(e.from) || !nodeById.has(e.to)) throw new Error(`relay layout: edge "${e.id}" has a missing end`);
  }
  const layerOf = assignLayers(input);
  const sideNode = new Set(
    input.nodes
      .filter((n) => {
        const touching = input.edges.filter((e) => e.from === n.id || e.to === n.id);
        return touching.length > 0 && touching.every((e) => e.side);
      })
      .map((n) => n.id),
  );
  const bandOf = (id: string): 'main' | 'side' => (sideNode.has(id) ? 'side' : 'main');
  // Vertical layouts send edges from the main path to the side band down a gutter on the right.
  const gutterEdges = vertical ? input.edges.filter((e) => bandOf(e.from) === 'main' && bandOf(e.to) === 'side') : [];

  /* --- groups (a layer within a band) and dummy items for edges that skip layers --- */
  const groups = new Map<string, Group>();
  const groupOf = (layer: number, band: 'main' | 'side'): Group => {
    const key = `${band}:${layer}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, layer, band, items: [], stacked: false, nodeW: 0, top: 0, bottom: 0, left: 0, right: 0 };
      groups.set(key, g);
    }
    return g;
  };
  const itemOf = new Map<string, Item>();
  const blank = { x: 0, y: 0, w: 0, h: 0, lines: [], labelW: 0, labelH: 0 };
  for (const n of input.nodes) {
    const item: Item = { key: n.id, node: n, layer: layerOf.get(n.id) ?? 0, band: bandOf(n.id), ...blank };
    itemOf.set(n.id, item);
    groupOf(item.layer, item.band).items.push(item);
  }
  const chains = new Map<string, Item[]>();
  for (const e of input.edges) {
    if (gutterEdges.includes(e)) continue;
    const from = itemOf.get(e.from)!;
    const to = itemOf.get(e.to)!;
    const chain: Item[] = [from];
    for (let l = from.layer + 1; l < to.layer; l++) {
      const dummy: Item = { key: `${e.id}#${l}`, edge: e.id, layer: l, band: to.band, ...blank, w: m.dummy, h: m.dummy };
      groupOf(l, to.band).items.push(dummy);
      chain.push(dummy);
    }
    chain.push(to);
    chains.set(e.id, chain);
  }

  /* --- ordering within each group: barycentre sweeps, stable, deterministic --- */
  const position = new Map<Item, number>();
  const groupOfItem = new Map<Item, Group>();
  const refresh = (): void => {
    for (const g of groups.values()) {
      g.items.forEach((it, i) => {
        position.set(it, (i + 0.5) / g.items.length);
        groupOfItem.set(it, g);
      });
    }
  };
  const upLinks = new Map<Item, Item[]>();
  const downLinks = new Map<Item, Item[]>();
  for (const chain of chains.values()) {
    for (let i = 1; i < chain.length; i++) {
      const a = chain[i - 1]!;
      const b = chain[i]!;
      upLinks.set(b, [...(upLinks.get(b) ?? []), a]);
      downLinks.set(a, [...(downLinks.get(a) ?? []), b]);
    }
  }
  const layers = [...new Set([...groups.values()].map((g) => g.layer))].sort((a, b) => a - b);
  const sortGroup = (g: Group, links: Map<Item, Item[]>): void => {
    const bary = new Map<Item, number>();
    for (const it of g.items) {
      const ns = links.get(it) ?? [];
      bary.set(it, ns.length ? ns.reduce((s, n) => s + (position.get(n) ?? 0), 0) / ns.length : (position.get(it) ?? 0));
    }
    g.items.sort((a, b) => (bary.get(a) ?? 0) - (bary.get(b) ?? 0));
    g.items.forEach((it, i) => position.set(it, (i + 0.5) / g.items.length));
  };
  refresh();
  for (let iter = 0; iter < 6; iter++) {
    for (const l of layers) for (const g of groups.values()) if (g.layer === l) sortGroup(g, upLinks);
    for (const l of [...layers].reverse()) for (const g of groups.values()) if (g.layer === l) sortGroup(g, downLinks);
  }
  if (vertical) {
    // A node that feeds the gutter goes last in its row, so its line to the gutter crosses no box.
    const feedsGutter = new Set(gutterEdges.map((e) => e.from));
    for (const g of groups.values()) g.items.sort((a, b) => Number(feedsGutter.has(a.key)) - Number(feedsGutter.has(b.key)));
  }
  refresh();

  /* --- sizes and coordinates --- */
  const ordered = [...groups.values()].sort((a, b) =>
    vertical ? (a.band === b.band ? a.layer - b.layer : a.band === 'main' ? -1 : 1) : a.layer - b.layer || (a.band === 'main' ? -1 : 1),
  );
  const gutterW = gutterEdges.length ? gutterEdges.length * m.laneW + 6 : 0;
  const innerL = m.margin;
  const innerR = width - m.margin - gutterW;
  const innerW = innerR - innerL;
  let mainBottom = 0;
  let height = 0;

  if (!vertical) {
    // Column widths: each column at least as wide as its longest word (so words rarely break),
    // then the spare width shared out evenly, up to a comfortable maximum.
    const minLayer = Math.min(...layers);
    const nLayers = Math.max(...layers) - minLayer + 1;
    const minCol = Array.from({ length: nLayers }, () => 64);
    for (const it of itemOf.values()) {
      const words = `${it.node?.label ?? ''} ${input.confidenceLabels[it.node?.confidence ?? 'single-report']}`.split(/\s+|(?<=[/@.-])/);
      const longest = Math.max(...words.map((w) => textWidth(w, m.font))) + 2 * m.padX;
      const i = it.layer - minLayer;
      minCol[i] = Math.max(minCol[i]!, Math.min(longest, 100));
    }
    const room = innerW - m.layerGap * (nLayers - 1);
    const need = minCol.reduce((a, b) => a + b, 0);
    const colWs = need >= room ? minCol.map((w) => (w * room) / need) : waterFill(minCol, room, 176);
    const colX: number[] = [];
    const used = colWs.reduce((a, b) => a + b, 0) + m.layerGap * (nLayers - 1);
    let cx0 = innerL + (innerW - used) / 2;
    for (const w of colWs) {
      colX.push(cx0);
      cx0 += w + m.layerGap;
    }
    for (const g of ordered) {
      g.nodeW = colWs[g.layer - minLayer]!;
      for (const it of g.items) sizeNode(it, input, state, g.nodeW, m);
    }
    const stackH = (g: Group): number => g.items.reduce((s, it) => s + it.h, 0) + m.stackGap * Math.max(0, g.items.length - 1);
    const mainH = Math.max(...ordered.filter((g) => g.band === 'main').map(stackH));
    const sideGroups = ordered.filter((g) => g.band === 'side');
    const sideH = sideGroups.length ? Math.max(...sideGroups.map(stackH)) : 0;
    const sideTop = m.margin + mainH + m.bandGap;
    for (const g of ordered) {
      const x = colX[g.layer - minLayer]!;
      const colW = g.nodeW;
      let y = g.band === 'main' ? m.margin + (mainH - stackH(g)) / 2 : sideTop;
      g.top = y;
      for (const it of g.items) {
        it.x = x;
        if (!it.node) it.w = colW;
        it.y = y;
        y += it.h + m.stackGap;
      }
      g.bottom = y - m.stackGap;
      g.left = x;
      g.right = x + colW;
    }
    mainBottom = m.margin + mainH;
    height = sideGroups.length ? sideTop + sideH + m.margin : mainBottom + m.margin;
  } else {
    const maxNodeW = 200;
    const minNodeW = 84;
    const gap = 10;
    let y = m.margin;
    let prevBand: 'main' | 'side' = 'main';
    for (const g of ordered) {
      if (g.band !== prevBand) {
        mainBottom = y - m.layerGap;
        y = mainBottom + m.bandGap + gutterEdges.length * m.laneW;
        prevBand = g.band;
      }
      const nodes = g.items.filter((it) => it.node);
      const dummies = g.items.filter((it) => !it.node);
      const rowW = (innerW - dummies.length * (m.dummy + gap) - (nodes.length - 1) * gap) / nodes.length;
      g.stacked = nodes.length > 3 && rowW < minNodeW;
      if (!g.stacked) {
        g.nodeW = Math.min(maxNodeW, rowW);
        for (const it of nodes) sizeNode(it, input, state, g.nodeW, m);
        const total = nodes.length * g.nodeW + dummies.length * m.dummy + (g.items.length - 1) * gap;
        let x = innerL + (innerW - total) / 2;
        const rowH = Math.max(...nodes.map((it) => it.h), m.dummy);
        for (const it of g.items) {
          if (!it.node) it.h = rowH;
          it.x = x;
          it.y = y + (rowH - it.h) / 2;
          x += it.w + gap;
        }
        g.top = y;
        g.bottom = y + rowH;
        y = g.bottom + m.layerGap;
        continue;
      }
      // Stacked: nodes one under another; in-edges run down lanes on the left, out-edges on the right.
      const idx = new Map(g.items.map((it, i) => [it, i]));
      const half = g.items.length / 2;
      const leftDummies = dummies.filter((d) => (idx.get(d) ?? 0) < half);
      const rightDummies = dummies.filter((d) => (idx.get(d) ?? 0) >= half);
      const nIn = nodes.reduce((s, it) => s + (upLinks.get(it)?.length ?? 0), 0);
      const nOut = nodes.reduce((s, it) => s + (downLinks.get(it)?.length ?? 0), 0);
      const leftW = (nIn + leftDummies.length) * m.laneW + 8;
      const rightW = (nOut + rightDummies.length) * m.laneW + 8;
      g.nodeW = Math.min(240, innerW - leftW - rightW);
      const blockW = leftW + g.nodeW + rightW;
      const blockL = innerL + (innerW - blockW) / 2;
      g.left = blockL + leftW;
      g.right = g.left + g.nodeW;
      g.top = y;
      let ny = y + 6;
      for (const it of nodes) {
        sizeNode(it, input, state, g.nodeW, m);
        it.x = g.left;
        it.y = ny;
        ny += it.h + m.stackGap;
      }
      g.bottom = ny - m.stackGap + 6;
      g.items = [...leftDummies, ...nodes, ...rightDummies];
      leftDummies.forEach((d, i) => {
        d.lane = blockL + (i + 0.5) * m.laneW;
      });
      rightDummies.forEach((d, i) => {
        d.lane = blockL + blockW - (i + 0.5) * m.laneW;
      });
      for (const d of dummies) {
        d.x = (d.lane ?? 0) - m.dummy / 2;
        d.y = g.top;
        d.h = g.bottom - g.top;
      }
      y = g.bottom + m.layerGap;
    }
    if (prevBand === 'main') mainBottom = y - m.layerGap;
    height = y - m.layerGap + m.margin;
  }

  /* --- edges: ports, routes, arrowheads --- */
  const groupByItem = new Map<Item, Group>();
  for (const g of groups.values()) for (const it of g.items) groupByItem.set(it, g);
  const cx = (it: Item): number => it.x + it.w / 2;
  const cy = (it: Item): number => it.y + it.h / 2;
  const ARROW = vertical ? 6 : 7;

  // Lanes of stacked groups (vertical): in-lanes on the left (the lowest node's lane outermost),
  // out-lanes on the right (the highest node's lane outermost), so no branch crosses a lane.
  const inLane = new Map<string, number>();
  const outLane = new Map<string, number>();
  if (vertical) {
    for (const g of groups.values()) {
      if (!g.stacked) continue;
      const nodes = g.items.filter((it) => it.node);
      const leftDummyCount = g.items.filter((it) => !it.node && (it.lane ?? 0) < g.left).length;
      const rightDummyCount = g.items.filter((it) => !it.node && (it.lane ?? 0) > g.right).length;
      const ins = nodes.flatMap((it, i) => (upLinks.get(it) ?? []).map((src) => ({ it, i, src })));
      ins.sort((a, b) => b.i - a.i || cx(a.src) - cx(b.src));
      ins.forEach((link, k) => {
        const outer = g.left - 8 - (ins.length + leftDummyCount) * m.laneW;
        inLane.set(`${link.src.key}>${link.it.key}`, outer + (leftDummyCount + k + 0.5) * m.laneW);
      });
      const outs = nodes.flatMap((it, i) => (downLinks.get(it) ?? []).map((dst) => ({ it, i, dst })));
      outs.sort((a, b) => a.i - b.i);
      outs.forEach((link, k) => {
        const outer = g.right + 8 + (outs.length + rightDummyCount) * m.laneW;
        outLane.set(`${link.it.key}>${link.dst.key}`, outer - (rightDummyCount + k + 0.5) * m.laneW);
      });
    }
  }

  // Port positions along a node side, spread so parallel edges stay apart.
  const outPorts = new Map<string, number>();
  const inPorts = new Map<string, number>();
  const spread = (keys: string[], center: number, room: number, target: Map<string, number>): void => {
    const step = keys.length > 1 ? Math.min(vertical ? 12 : 8, room / (keys.length - 1)) : 0;
    keys.forEach((k, i) => target.set(k, center + (i - (keys.length - 1) / 2) * step));
  };
  const nextPoint = (a: Item, b: Item): number => (vertical ? (inLane.get(`${a.key}>${b.key}`) ?? cx(b)) : cy(b));
  const prevPoint = (a: Item, b: Item): number => (vertical ? (outLane.get(`${a.key}>${b.key}`) ?? cx(a)) : cy(a));
  for (const it of itemOf.values()) {
    const outs = (downLinks.get(it) ?? []).slice().sort((p, q) => nextPoint(it, p) - nextPoint(it, q));
    const ins = (upLinks.get(it) ?? []).slice().sort((p, q) => prevPoint(p, it) - prevPoint(q, it));
    const stacked = groupByItem.get(it)?.stacked ?? false;
    if (vertical && stacked) {
      spread(outs.map((b) => `${it.key}>${b.key}`), cy(it), it.h - 8, outPorts);
      spread(ins.map((a) => `${a.key}>${it.key}`), cy(it), it.h - 8, inPorts);
    } else if (vertical) {
      spread(outs.map((b) => `${it.key}>${b.key}`), cx(it), it.w - 20, outPorts);
      spread(ins.map((a) => `${a.key}>${it.key}`), cx(it), it.w - 20, inPorts);
    } else {
      spread(outs.map((b) => `${it.key}>${b.key}`), cy(it), it.h - 10, outPorts);
      spread(ins.map((a) => `${a.key}>${it.key}`), cy(it), it.h - 10, inPorts);
    }
  }

  const route = (e: RelayInputEdge): { start: Pt; segs: Segment[]; before: Pt } => {
    const segs: Segment[] = [];
    const from = itemOf.get(e.from)!;
    const to = itemOf.get(e.to)!;
    if (gutterEdges.includes(e)) {
      const k = gutterEdges.indexOf(e);
      const gx = width - m.margin - gutterW + 6 + (k + 0.5) * m.laneW;
      const start: Pt = [from.x + from.w, cy(from) + (k - (gutterEdges.length - 1) / 2) * 4];
      const toGroup = groupByItem.get(to)!;
      const firstSide = [...groups.values()].filter((g) => g.band === 'side').sort((a, b) => a.top - b.top)[0];
      if (toGroup === firstSide) {
        const laneY = toGroup.top - 10 - (gutterEdges.length - 1 - k) * m.laneW;
        segs.push({ c: false, to: [gx, start[1]] }, { c: false, to: [gx, laneY] }, { c: false, to: [cx(to), laneY] }, { c: false, to: [cx(to), to.y] });
        return { start, segs, before: [cx(to), laneY] };
      }
      segs.push({ c: false, to: [gx, start[1]] }, { c: false, to: [gx, cy(to)] }, { c: false, to: [to.x + to.w, cy(to)] });
      return { start, segs, before: [gx, cy(to)] };
    }
    const chain = chains.get(e.id)!;
    let start: Pt = [0, 0];
    let cursor: Pt = [0, 0];
    let before: Pt = [0, 0];
    const curveTo = (p: Pt): void => {
      const [x1, y1] = cursor;
      const [x2, y2] = p;
      if (vertical) {
        const ym = (y1 + y2) / 2;
        segs.push({ c: true, c1: [x1, ym], c2: [x2, ym], to: p });
        before = [x2, y2 - 4];
      } else {
        const xm = (x1 + x2) / 2;
        segs.push({ c: true, c1: [xm, y1], c2: [xm, y2], to: p });
        before = [x2 - 4, y2];
      }
      cursor = p;
    };
    const lineTo = (p: Pt): void => {
      before = cursor;
      segs.push({ c: false, to: p });
      cursor = p;
    };
    for (let i = 0; i < chain.length - 1; i++) {
      const a = chain[i]!;
      const b = chain[i + 1]!;
      const key = `${a.key}>${b.key}`;
      const ga = groupByItem.get(a)!;
      const gb = groupByItem.get(b)!;
      // Leave a.
      if (i === 0) {
        if (!vertical) start = [a.x + a.w, outPorts.get(key) ?? cy(a)];
        else if (ga.stacked) start = [a.x + a.w, outPorts.get(key) ?? cy(a)];
        else start = [outPorts.get(key) ?? cx(a), a.y + a.h];
        cursor = start;
        if (vertical && ga.stacked) {
          const lx = outLane.get(key) ?? a.x + a.w + 8;
          lineTo([lx, cursor[1]]);
          lineTo([lx, ga.bottom]);
        }
      } else if (!vertical) {
        lineTo([a.x + a.w, cursor[1]]);
      } else {
        lineTo([cursor[0], ga.stacked ? ga.bottom : a.y + a.h]);
      }
      // Arrive at b.
      if (!b.node) {
        if (!vertical) curveTo([b.x, cy(b)]);
        else if (gb.stacked) curveTo([b.lane ?? cx(b), gb.top]);
        else curveTo([cx(b), b.y]);
        continue;
      }
      if (!vertical) curveTo([b.x, inPorts.get(key) ?? cy(b)]);
      else if (gb.stacked) {
        const lx = inLane.get(key) ?? b.x - 8;
        curveTo([lx, gb.top]);
        lineTo([lx, inPorts.get(key) ?? cy(b)]);
        lineTo([b.x, inPorts.get(key) ?? cy(b)]);
      } else curveTo([inPorts.get(key) ?? cx(b), b.y]);
    }
    return { start, segs, before };
  };

  /* --- what the state shows --- */
  const mainMaxHop = Math.max(...input.edges.filter((e) => !e.side).map((e) => e.hop));
  const shownEdge = (e: RelayInputEdge): boolean => {
    switch (state.view) {
      case 'identity':
        return false;
      case 'path':
        return !e.side && e.hop <= (state.hop ?? mainMaxHop);
      case 'headers':
        return !e.side;
      case 'full':
        return true;
    }
  };
  const shownEdges = input.edges.filter(shownEdge);
  const visibleNodes = new Set(shownEdges.flatMap((e) => [e.from, e.to]));
  const identityIds = new Set<string>();
  if (state.view === 'identity') {
    if (input.seen) identityIds.add(input.seen.node);
    for (const n of input.nodes) if (n.kind === 'recipient' && !sideNode.has(n.id)) identityIds.add(n.id);
    for (const id of identityIds) visibleNodes.add(id);
  }
  const servers = new Set(input.nodes.filter((n) => n.kind === 'server').map((n) => n.id));
  const strongEdge = (e: RelayInputEdge): boolean => state.view === 'headers' && (servers.has(e.from) || servers.has(e.to));
  const edgeEmphasis = (e: RelayInputEdge): Emphasis => (state.view !== 'headers' ? 'normal' : strongEdge(e) ? 'strong' : 'faded');
  const nodeEmphasis = (id: string): Emphasis => (state.view !== 'headers' ? 'normal' : servers.has(id) ? 'strong' : 'faded');

  /* --- identity view: the email header as a recipient saw it, centred --- */
  if (state.view === 'identity') {
    const cardW = Math.min(vertical ? innerW : 520, width - 2 * m.margin);
    const cards = [...identityIds].map((id) => itemOf.get(id)!).filter(Boolean);
    for (const it of cards) sizeNode(it, input, state, cardW, m);
    const total = cards.reduce((s, it) => s + it.h, 0) + 8 * (cards.length - 1);
    let y = vertical ? m.margin : Math.max(m.margin, (mainBottom + m.margin - total) / 2);
    for (const it of cards) {
      it.x = (width - cardW) / 2;
      it.y = y;
      y += it.h + 8;
    }
  }

  /* --- scene --- */
  const edges: SceneEdge[] = input.edges.map((e) => {
    const { start, segs, before } = route(e);
    const end = segs.at(-1)?.to ?? start;
    // Shorten the line so the arrowhead's tip sits on the box border.
    return {
      id: e.id,
      fromLabel: nodeById.get(e.from)!.label,
      toLabel: nodeById.get(e.to)!.label,
      from: e.from,
      to: e.to,
      hop: e.hop,
      side: e.side,
      confidence: e.confidence,
      d: pathData(start, segs),
      arrow: arrowHead(before, end, ARROW),
      points: samplePath(start, segs),
      visible: shownEdge(e),
      emphasis: edgeEmphasis(e),
    };
  });
  const nodes: SceneNode[] = input.nodes.map((n) => {
    const it = itemOf.get(n.id)!;
    const box = { x: r1(it.x), y: r1(it.y), w: r1(it.w), h: r1(it.h) };
    return {
      id: n.id,
      label: n.label,
      ...(n.country !== undefined ? { country: n.country } : {}),
      kind: n.kind,
      confidence: n.confidence,
      box,
      labelBox: { x: r1(it.x + (it.w - it.labelW) / 2), y: r1(it.y + m.padY), w: r1(it.labelW), h: r1(it.labelH) },
      lines: it.lines,
      visible: visibleNodes.has(n.id),
      emphasis: nodeEmphasis(n.id),
      seen: state.view === 'identity' && identityIds.has(n.id),
    };
  });

  /* --- reading order: by layer (or row), then across; each node followed by its out-edges --- */
  const nodeOrder = [...itemOf.values()].sort((a, b) => {
    const ga = groupByItem.get(a)!;
    const gb = groupByItem.get(b)!;
    const rank = (g: Group): number => ordered.indexOf(g);
    if (!vertical && a.band !== b.band) return a.band === 'main' ? -1 : 1;
    return rank(ga) - rank(gb) || (vertical && ga.stacked ? a.y - b.y : vertical ? a.x - b.x : a.y - b.y);
  });
  const order: string[] = [];
  for (const it of nodeOrder) {
    order.push(it.key);
    for (const e of input.edges.filter((x) => x.from === it.key)) order.push(e.id);
  }

  /* --- the travelling email: from the displayed sender to the recipients, along the best-confidence edges --- */
  let token: SceneToken | null = null;
  if (state.token && state.view === 'path') {
    const main = shownEdges.filter((e) => !e.side);
    const best = (list: RelayInputEdge[]): RelayInputEdge | undefined =>
      list.slice().sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence])[0];
    const identity = input.nodes
      .filter((n) => n.kind === 'identity')
      .sort((a, b) => main.filter((e) => e.from === b.id).length - main.filter((e) => e.from === a.id).length)[0];
    const routeIds: string[] = [];
    if (identity) {
      let at = identity.id;
      const seen = new Set<string>([at]);
      for (;;) {
        const next = best(main.filter((e) => e.from === at));
        if (!next || seen.has(next.to)) break;
        routeIds.push(next.id);
        seen.add(next.to);
        at = next.to;
      }
    }
    const pts = routeIds.flatMap((id) => edges.find((e) => e.id === id)?.points ?? []);
    if (pts.length > 1) {
      const cum = [0];
      for (let i = 1; i < pts.length; i++) cum.push(cum[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
      // The envelope stops short of the arrowhead so it does not cover the recipients' label.
      const total = Math.max(0, cum.at(-1)! - 12);
      const n = 40;
      const keyframes: Pt[] = [];
      let j = 0;
      for (let k = 0; k <= n; k++) {
        const target = (total * k) / n;
        while (j < cum.length - 2 && cum[j + 1]! < target) j++;
        const seg = cum[j + 1]! - cum[j]! || 1;
        const t = Math.min(1, Math.max(0, (target - cum[j]!) / seg));
        keyframes.push([r1(pts[j]![0] + (pts[j + 1]![0] - pts[j]![0]) * t), r1(pts[j]![1] + (pts[j + 1]![1] - pts[j]![1]) * t)]);
      }
      token = { route: routeIds, keyframes };
    }
  }

  /* --- the camera: which part of the layout this state shows (only the height is cropped) --- */
  let top = 0;
  let bottom = height;
  const visibleBoxes = nodes.filter((n) => n.visible).map((n) => n.box);
  if (!vertical) {
    if (state.view !== 'full') bottom = mainBottom + m.margin;
  } else if (visibleBoxes.length) {
    let focus = nodes.filter((n) => n.visible);
    if (state.view === 'headers') {
      const near = new Set(input.edges.filter(strongEdge).flatMap((e) => [e.from, e.to]));
      focus = nodes.filter((n) => near.has(n.id));
    } else if (state.view === 'path') {
      const span = Math.max(...focus.map((n) => n.box.y + n.box.h)) - Math.min(...focus.map((n) => n.box.y));
      if (span > width * 1.25) {
        const hop = state.hop ?? mainMaxHop;
        const recent = new Set(shownEdges.filter((e) => e.hop >= hop - 1).flatMap((e) => [e.from, e.to]));
        if (token) for (const id of token.route) for (const e of input.edges) if (e.id === id) recent.add(e.from).add(e.to);
        focus = nodes.filter((n) => recent.has(n.id));
      }
    }
    top = Math.max(0, Math.min(...focus.map((n) => n.box.y)) - 12);
    bottom = Math.min(height, Math.max(...focus.map((n) => n.box.y + n.box.h)) + 12);
    if (state.view === 'full') {
      top = 0;
      bottom = height;
    }
  }

  return {
    width,
    height: r1(height),
    viewBox: [0, r1(top), width, r1(bottom - top)],
    orientation: vertical ? 'vertical' : 'horizontal',
    fontSize: m.font,
    lineHeight: m.lineH,
    confidenceLabels: input.confidenceLabels,
    order,
    nodes,
    edges,
    token,
  };
}

/**
 * A small slice of the real data: the first edge of each hop, with its two ends. Laying it out runs
 * every part of the layout code once, for a fraction of the full layout's cost, so a browser can
 * compile that code in a short task of its own before the first full layout.
 */
export function warmUpInput(input: RelayInput): RelayInput {
  const firstOfHop = new Map<number, RelayInputEdge>();
  for (const e of input.edges) if (!firstOfHop.has(e.hop)) firstOfHop.set(e.hop, e);
  const edges = [...firstOfHop.values()];
  const ids = new Set(edges.flatMap((e) => [e.from, e.to]));
  return {
    ...input,
    nodes: input.nodes.filter((n) => ids.has(n.id)),
    edges,
    seen: input.seen && ids.has(input.seen.node) ? input.seen : null,
  };
}
