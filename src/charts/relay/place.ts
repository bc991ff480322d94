// Layered placement of a relay graph: layers, order within layers, node sizes, coordinates, edge routes.
import type { RelayState } from '../../lib/data/steps';
import { textWidth, wrapText } from './text';
import type { Box, RelayInput, RelayInputEdge, RelayInputNode, SceneLine, TextSpan } from './layout';

/* ---------- metrics: every text at 12 CSS px or more (the viewBox is drawn at its real size) ---------- */

export interface Metrics {
  margin: number;
  font: number;
  /** Second lines (country, subject) and confidence tags. */
  meta: number;
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

/** The smallest text the diagram draws, in CSS px (the story's legibility rule). */
export const MIN_TEXT_PX = 12;

export function metricsFor(width: number, vertical: boolean, view: RelayState['view']): Metrics {
  const m: Metrics = vertical
    ? { margin: 8, font: 13, meta: MIN_TEXT_PX, lineH: 16, padX: 6, padY: 6, stackGap: 6, layerGap: 30, bandGap: 40, laneW: 5, dummy: 6 }
    : {
        margin: 12,
        font: 13,
        meta: MIN_TEXT_PX,
        lineH: 16,
        padX: 7,
        padY: 7,
        stackGap: 10,
        layerGap: Math.round(Math.min(56, Math.max(26, width * 0.035))),
        bandGap: 34,
        laneW: 5,
        dummy: 4,
      };
  if (view === 'identity') {
    // What the recipient saw is the whole picture in this view: draw it larger.
    const k = vertical ? 1.2 : 1.4;
    for (const key of ['font', 'meta', 'lineH', 'padY', 'padX'] as const) m[key] = r1(m[key] * k);
  }
  return m;
}

/* ---------- small geometry helpers ---------- */

export type Pt = [number, number];
type Segment = { c: false; to: Pt } | { c: true; c1: Pt; c2: Pt; to: Pt };

export const r1 = (n: number): number => Math.round(n * 10) / 10;
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

/* ---------- what placement produces ---------- */

/** Where one node sits, and its text. */
export interface PlacedNode {
  box: Box;
  labelBox: Box;
  lines: SceneLine[];
}

/** One edge's drawing. */
export interface PlacedEdge {
  d: string;
  arrow: string;
  points: Pt[];
}

export interface Placement {
  width: number;
  height: number;
  /** Bottom of the main path (the side channels sit below it). */
  mainBottom: number;
  vertical: boolean;
  metrics: Metrics;
  nodes: Map<string, PlacedNode>;
  edges: Map<string, PlacedEdge>;
  /** Nodes and their out-edges in reading order. */
  order: string[];
  /** Nodes drawn as the email a recipient saw (identity view). */
  identity: Set<string>;
  /** Nodes touched only by side-channel edges. */
  side: Set<string>;
}

/* ---------- the working structures ---------- */

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

/** What the placement stages share. */
interface Ctx {
  input: RelayInput;
  state: RelayState;
  width: number;
  vertical: boolean;
  m: Metrics;
  itemOf: Map<string, Item>;
  groups: Map<string, Group>;
  /** Each edge as the items it passes through (its ends and the dummies between). */
  chains: Map<string, Item[]>;
  upLinks: Map<Item, Item[]>;
  downLinks: Map<Item, Item[]>;
  /** Vertical layouts send edges from the main path to the side band down a gutter on the right. */
  gutterEdges: RelayInputEdge[];
  side: Set<string>;
  /** Groups in placement order. */
  ordered: Group[];
  innerL: number;
  innerW: number;
  gutterW: number;
  mainBottom: number;
  height: number;
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

function nodeLines(node: RelayInputNode, ctx: Ctx, maxW: number): { lines: SceneLine[]; width: number } {
  const { input, state, m } = ctx;
  const rows: TextSpan[][] = [];
  const add = (text: string, role: TextSpan['role'], font: number): void => {
    for (const line of wrapText(text, maxW, font)) rows.push([{ text: line, role }]);
  };
  const tagText = input.confidenceLabels[node.confidence];
  if (state.view === 'identity' && input.seen?.node === node.id) {
    add(`From: ${input.seen.from}`, 'label', m.font);
    add(`Subject: ${input.seen.subject}`, 'meta', m.meta);
  } else if (state.view === 'identity' && node.kind === 'recipient') {
    add(`To: ${node.label}`, 'label', m.font);
  } else {
    add(node.label, 'label', m.font);
    for (const line of node.meta ?? []) add(line, 'meta', m.meta);
    if (state.view === 'headers' && node.kind === 'server') {
      if (node.country && !node.label.includes(node.country)) add(node.country, 'meta', m.meta);
      add(tagText, 'tag', m.meta);
    } else if (node.confidence === 'single-report' || node.confidence === 'disputed') {
      // The tag joins the last line when it fits, else takes its own line.
      const last = rows.at(-1);
      const joined = last ? `${last.map((s) => s.text).join('')} · ${tagText}` : tagText;
      if (last && textWidth(joined, m.font) <= maxW) last.push({ text: ` · ${tagText}`, role: 'tag' });
      else add(tagText, 'tag', m.meta);
    }
  }
  const width = Math.max(...rows.map((r) => textWidth(r.map((s) => s.text).join(''), r[0]?.role === 'label' ? m.font : m.meta)));
  const lines = rows.map((spans, i) => ({ y: r1(m.padY + m.lineH * (i + 0.78)), spans }));
  return { lines, width };
}

function sizeNode(item: Item, ctx: Ctx, w: number): void {
  if (!item.node) return;
  const { m } = ctx;
  const { lines, width } = nodeLines(item.node, ctx, w - 2 * m.padX);
  item.lines = lines;
  item.w = w;
  item.labelW = Math.min(width, w - 2 * m.padX);
  item.labelH = lines.length * m.lineH;
  item.h = r1(item.labelH + 2 * m.padY);
}

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

/* ---------- stage 1: layers, bands, items (nodes and the dummies of long edges) ---------- */

function buildItems(input: RelayInput, width: number, state: RelayState, vertical: boolean): Ctx {
  const nodeById = new Map(input.nodes.map((n) => [n.id, n]));
  for (const e of input.edges) {
    if (!nodeById.has(e.from) || !nodeById.has(e.to)) throw new Error(`relay layout: edge "${e.id}" has a missing end`);
  }
  const layerOf = assignLayers(input);
  const side = new Set(
    input.nodes
      .filter((n) => {
        const touching = input.edges.filter((e) => e.from === n.id || e.to === n.id);
        return touching.length > 0 && touching.every((e) => e.side);
      })
      .map((n) => n.id),
  );
  const bandOf = (id: string): 'main' | 'side' => (side.has(id) ? 'side' : 'main');
  const gutterEdges = vertical ? input.edges.filter((e) => bandOf(e.from) === 'main' && bandOf(e.to) === 'side') : [];
  const m = metricsFor(width, vertical, state.view);
  const ctx: Ctx = {
    input, state, width, vertical, m, side, gutterEdges,
    itemOf: new Map(), groups: new Map(), chains: new Map(), upLinks: new Map(), downLinks: new Map(),
    ordered: [], innerL: 0, innerW: 0, gutterW: 0, mainBottom: 0, height: 0,
  };
  const groupOf = (layer: number, band: 'main' | 'side'): Group => {
    const key = `${band}:${layer}`;
    let g = ctx.groups.get(key);
    if (!g) {
      g = { key, layer, band, items: [], stacked: false, nodeW: 0, top: 0, bottom: 0, left: 0, right: 0 };
      ctx.groups.set(key, g);
    }
    return g;
  };
  const blank = { x: 0, y: 0, w: 0, h: 0, lines: [], labelW: 0, labelH: 0 };
  for (const n of input.nodes) {
    const item: Item = { key: n.id, node: n, layer: layerOf.get(n.id) ?? 0, band: bandOf(n.id), ...blank };
    ctx.itemOf.set(n.id, item);
    groupOf(item.layer, item.band).items.push(item);
  }
  for (const e of input.edges) {
    if (gutterEdges.includes(e)) continue;
    const from = ctx.itemOf.get(e.from)!;
    const to = ctx.itemOf.get(e.to)!;
    const chain: Item[] = [from];
    for (let l = from.layer + 1; l < to.layer; l++) {
      const dummy: Item = { key: `${e.id}#${l}`, edge: e.id, layer: l, band: to.band, ...blank, w: m.dummy, h: m.dummy };
      groupOf(l, to.band).items.push(dummy);
      chain.push(dummy);
    }
    chain.push(to);
    ctx.chains.set(e.id, chain);
    for (let i = 1; i < chain.length; i++) {
      const a = chain[i - 1]!;
      const b = chain[i]!;
      ctx.upLinks.set(b, [...(ctx.upLinks.get(b) ?? []), a]);
      ctx.downLinks.set(a, [...(ctx.downLinks.get(a) ?? []), b]);
    }
  }
  return ctx;
}

/* ---------- stage 2: order within each group (barycentre sweeps, stable, deterministic) ---------- */

function orderItems(ctx: Ctx): void {
  const { groups, upLinks, downLinks } = ctx;
  const position = new Map<Item, number>();
  const refresh = (): void => {
    for (const g of groups.values()) g.items.forEach((it, i) => position.set(it, (i + 0.5) / g.items.length));
  };
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
  if (ctx.vertical) {
    // A node that feeds the gutter goes last in its row, so its line to the gutter crosses no box.
    const feedsGutter = new Set(ctx.gutterEdges.map((e) => e.from));
    for (const g of groups.values()) g.items.sort((a, b) => Number(feedsGutter.has(a.key)) - Number(feedsGutter.has(b.key)));
  }
  const v = ctx.vertical;
  ctx.ordered = [...groups.values()].sort((a, b) =>
    v ? (a.band === b.band ? a.layer - b.layer : a.band === 'main' ? -1 : 1) : a.layer - b.layer || (a.band === 'main' ? -1 : 1),
  );
  ctx.gutterW = ctx.gutterEdges.length ? ctx.gutterEdges.length * ctx.m.laneW + 6 : 0;
  ctx.innerL = ctx.m.margin;
  ctx.innerW = ctx.width - ctx.m.margin - ctx.gutterW - ctx.innerL;
}

/* ---------- stage 3a: coordinates, left to right (wide screens) ---------- */

function placeHorizontal(ctx: Ctx): void {
  const { m, itemOf, ordered, input, innerL, innerW } = ctx;
  const layers = [...new Set(ordered.map((g) => g.layer))];
  // Column widths: each column at least as wide as its longest word (so words rarely break),
  // then the spare width shared out evenly, up to a comfortable maximum.
  const minLayer = Math.min(...layers);
  const nLayers = Math.max(...layers) - minLayer + 1;
  const minCol = Array.from({ length: nLayers }, () => 64);
  for (const it of itemOf.values()) {
    const words = `${it.node?.label ?? ''} ${input.confidenceLabels[it.node?.confidence ?? 'single-report']}`.split(/\s+|(?<=[/@.-])/);
    const longest = Math.max(...words.map((w) => textWidth(w, m.font))) + 2 * m.padX;
    const i = it.layer - minLayer;
    minCol[i] = Math.max(minCol[i]!, Math.min(longest, 110));
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
    for (const it of g.items) sizeNode(it, ctx, g.nodeW);
  }
  const stackH = (g: Group): number => g.items.reduce((s, it) => s + it.h, 0) + m.stackGap * Math.max(0, g.items.length - 1);
  const mainH = Math.max(...ordered.filter((g) => g.band === 'main').map(stackH));
  const sideGroups = ordered.filter((g) => g.band === 'side');
  const sideH = sideGroups.length ? Math.max(...sideGroups.map(stackH)) : 0;
  const sideTop = m.margin + mainH + m.bandGap;
  for (const g of ordered) {
    const x = colX[g.layer - minLayer]!;
    let y = g.band === 'main' ? m.margin + (mainH - stackH(g)) / 2 : sideTop;
    g.top = y;
    for (const it of g.items) {
      it.x = x;
      if (!it.node) it.w = g.nodeW;
      it.y = y;
      y += it.h + m.stackGap;
    }
    g.bottom = y - m.stackGap;
    g.left = x;
    g.right = x + g.nodeW;
  }
  ctx.mainBottom = m.margin + mainH;
  ctx.height = sideGroups.length ? sideTop + sideH + m.margin : ctx.mainBottom + m.margin;
}

/* ---------- stage 3b: coordinates, top to bottom (phones) ---------- */

/** A layer that fits in one row: its nodes side by side, centred. Returns the row's bottom. */
function placeRow(ctx: Ctx, g: Group, y: number): number {
  const { m, innerL, innerW } = ctx;
  const gap = 10;
  const nodes = g.items.filter((it) => it.node);
  const dummies = g.items.filter((it) => !it.node);
  const rowW = (innerW - dummies.length * (m.dummy + gap) - (nodes.length - 1) * gap) / nodes.length;
  g.nodeW = Math.min(ctx.input.rowMax ?? 200, rowW);
  for (const it of nodes) sizeNode(it, ctx, g.nodeW);
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
  return g.bottom;
}

/** A layer too wide for a row: nodes one under another; in-edges run down lanes on the left, out-edges on the right. */
function placeStack(ctx: Ctx, g: Group, y: number): number {
  const { m, innerL, innerW, upLinks, downLinks } = ctx;
  const nodes = g.items.filter((it) => it.node);
  const dummies = g.items.filter((it) => !it.node);
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
    sizeNode(it, ctx, g.nodeW);
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
  return g.bottom;
}

function placeVertical(ctx: Ctx): void {
  const { m, ordered, innerW } = ctx;
  let y = m.margin;
  let prevBand: 'main' | 'side' = 'main';
  for (const g of ordered) {
    if (g.band !== prevBand) {
      ctx.mainBottom = y - m.layerGap;
      y = ctx.mainBottom + m.bandGap + ctx.gutterEdges.length * m.laneW;
      prevBand = g.band;
    }
    const nodes = g.items.filter((it) => it.node).length;
    const dummies = g.items.length - nodes;
    const rowW = (innerW - dummies * (m.dummy + 10) - (nodes - 1) * 10) / nodes;
    g.stacked = nodes > 3 && rowW < 84;
    y = (g.stacked ? placeStack(ctx, g, y) : placeRow(ctx, g, y)) + m.layerGap;
  }
  if (prevBand === 'main') ctx.mainBottom = y - m.layerGap;
  ctx.height = y - m.layerGap + m.margin;
}

/* ---------- stage 4: the identity view, the email header as a recipient saw it, centred ---------- */

function identityNodes(ctx: Ctx): Set<string> {
  const ids = new Set<string>();
  if (ctx.state.view !== 'identity') return ids;
  if (ctx.input.seen && ctx.itemOf.has(ctx.input.seen.node)) ids.add(ctx.input.seen.node);
  for (const n of ctx.input.nodes) if (n.kind === 'recipient' && !ctx.side.has(n.id)) ids.add(n.id);
  return ids;
}

function placeIdentityCards(ctx: Ctx, ids: Set<string>): void {
  const { m, width, vertical, innerW } = ctx;
  const cardW = Math.min(vertical ? innerW : 520, width - 2 * m.margin);
  const cards = [...ids].map((id) => ctx.itemOf.get(id)!).filter(Boolean);
  for (const it of cards) sizeNode(it, ctx, cardW);
  const total = cards.reduce((s, it) => s + it.h, 0) + 8 * (cards.length - 1);
  let y = vertical ? m.margin : Math.max(m.margin, (ctx.mainBottom + m.margin - total) / 2);
  for (const it of cards) {
    it.x = (width - cardW) / 2;
    it.y = y;
    y += it.h + 8;
  }
}

/* ---------- stage 5: edges (ports, routes, arrowheads) ---------- */

type Route = { start: Pt; segs: Segment[]; before: Pt };

/** Lanes of stacked groups: in-lanes on the left (lowest node outermost), out-lanes on the right (highest outermost). */
function stackLanes(ctx: Ctx): { inLane: Map<string, number>; outLane: Map<string, number> } {
  const inLane = new Map<string, number>();
  const outLane = new Map<string, number>();
  const { m, upLinks, downLinks } = ctx;
  const cx = (it: Item): number => it.x + it.w / 2;
  for (const g of ctx.groups.values()) {
    if (!ctx.vertical || !g.stacked) continue;
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
  return { inLane, outLane };
}

/** Port positions along a node side, spread so parallel edges stay apart. */
function ports(ctx: Ctx, groupByItem: Map<Item, Group>, lanes: ReturnType<typeof stackLanes>): { outPorts: Map<string, number>; inPorts: Map<string, number> } {
  const { vertical, upLinks, downLinks } = ctx;
  const cx = (it: Item): number => it.x + it.w / 2;
  const cy = (it: Item): number => it.y + it.h / 2;
  const outPorts = new Map<string, number>();
  const inPorts = new Map<string, number>();
  const spread = (keys: string[], center: number, room: number, target: Map<string, number>): void => {
    const step = keys.length > 1 ? Math.min(vertical ? 12 : 8, room / (keys.length - 1)) : 0;
    keys.forEach((k, i) => target.set(k, center + (i - (keys.length - 1) / 2) * step));
  };
  const nextPoint = (a: Item, b: Item): number => (vertical ? (lanes.inLane.get(`${a.key}>${b.key}`) ?? cx(b)) : cy(b));
  const prevPoint = (a: Item, b: Item): number => (vertical ? (lanes.outLane.get(`${a.key}>${b.key}`) ?? cx(a)) : cy(a));
  for (const it of ctx.itemOf.values()) {
    const outs = (downLinks.get(it) ?? []).slice().sort((p, q) => nextPoint(it, p) - nextPoint(it, q));
    const ins = (upLinks.get(it) ?? []).slice().sort((p, q) => prevPoint(p, it) - prevPoint(q, it));
    const stacked = groupByItem.get(it)?.stacked ?? false;
    const alongX = vertical && !stacked;
    const [center, room] = alongX ? [cx(it), it.w - 20] : [cy(it), it.h - (vertical ? 8 : 10)];
    spread(outs.map((b) => `${it.key}>${b.key}`), center, room, outPorts);
    spread(ins.map((a) => `${a.key}>${it.key}`), center, room, inPorts);
  }
  return { outPorts, inPorts };
}

/** The gutter route of a vertical layout: from a main-path node down the right edge to a side-band node. */
function gutterRoute(ctx: Ctx, e: RelayInputEdge, groupByItem: Map<Item, Group>): Route {
  const { m, width, gutterW, gutterEdges } = ctx;
  const from = ctx.itemOf.get(e.from)!;
  const to = ctx.itemOf.get(e.to)!;
  const cx = (it: Item): number => it.x + it.w / 2;
  const cy = (it: Item): number => it.y + it.h / 2;
  const k = gutterEdges.indexOf(e);
  const gx = width - m.margin - gutterW + 6 + (k + 0.5) * m.laneW;
  const start: Pt = [from.x + from.w, cy(from) + (k - (gutterEdges.length - 1) / 2) * 4];
  const toGroup = groupByItem.get(to)!;
  const firstSide = [...ctx.groups.values()].filter((g) => g.band === 'side').sort((a, b) => a.top - b.top)[0];
  if (toGroup === firstSide) {
    const laneY = toGroup.top - 10 - (gutterEdges.length - 1 - k) * m.laneW;
    const segs: Segment[] = [{ c: false, to: [gx, start[1]] }, { c: false, to: [gx, laneY] }, { c: false, to: [cx(to), laneY] }, { c: false, to: [cx(to), to.y] }];
    return { start, segs, before: [cx(to), laneY] };
  }
  const segs: Segment[] = [{ c: false, to: [gx, start[1]] }, { c: false, to: [gx, cy(to)] }, { c: false, to: [to.x + to.w, cy(to)] }];
  return { start, segs, before: [gx, cy(to)] };
}

/** An edge's route along its chain of items: curves between layers, straight runs through stacks and dummies. */
function chainRoute(ctx: Ctx, chain: Item[], groupByItem: Map<Item, Group>, lanes: ReturnType<typeof stackLanes>, p: ReturnType<typeof ports>): Route {
  const { vertical } = ctx;
  const cx = (it: Item): number => it.x + it.w / 2;
  const cy = (it: Item): number => it.y + it.h / 2;
  const segs: Segment[] = [];
  let start: Pt = [0, 0];
  let cursor: Pt = [0, 0];
  let before: Pt = [0, 0];
  const curveTo = (pt: Pt): void => {
    const [x1, y1] = cursor;
    const [x2, y2] = pt;
    if (vertical) {
      const ym = (y1 + y2) / 2;
      segs.push({ c: true, c1: [x1, ym], c2: [x2, ym], to: pt });
      before = [x2, y2 - 4];
    } else {
      const xm = (x1 + x2) / 2;
      segs.push({ c: true, c1: [xm, y1], c2: [xm, y2], to: pt });
      before = [x2 - 4, y2];
    }
    cursor = pt;
  };
  const lineTo = (pt: Pt): void => {
    before = cursor;
    segs.push({ c: false, to: pt });
    cursor = pt;
  };
  for (let i = 0; i < chain.length - 1; i++) {
    const a = chain[i]!;
    const b = chain[i + 1]!;
    const key = `${a.key}>${b.key}`;
    const ga = groupByItem.get(a)!;
    const gb = groupByItem.get(b)!;
    // Leave a.
    if (i === 0) {
      if (!vertical || ga.stacked) start = [a.x + a.w, p.outPorts.get(key) ?? cy(a)];
      else start = [p.outPorts.get(key) ?? cx(a), a.y + a.h];
      cursor = start;
      if (vertical && ga.stacked) {
        const lx = lanes.outLane.get(key) ?? a.x + a.w + 8;
        lineTo([lx, cursor[1]]);
        lineTo([lx, ga.bottom]);
      }
    } else if (!vertical) lineTo([a.x + a.w, cursor[1]]);
    else lineTo([cursor[0], ga.stacked ? ga.bottom : a.y + a.h]);
    // Arrive at b.
    if (!b.node) {
      if (!vertical) curveTo([b.x, cy(b)]);
      else if (gb.stacked) curveTo([b.lane ?? cx(b), gb.top]);
      else curveTo([cx(b), b.y]);
      continue;
    }
    if (!vertical) curveTo([b.x, p.inPorts.get(key) ?? cy(b)]);
    else if (gb.stacked) {
      const lx = lanes.inLane.get(key) ?? b.x - 8;
      curveTo([lx, gb.top]);
      lineTo([lx, p.inPorts.get(key) ?? cy(b)]);
      lineTo([b.x, p.inPorts.get(key) ?? cy(b)]);
    } else curveTo([p.inPorts.get(key) ?? cx(b), b.y]);
  }
  return { start, segs, before };
}

function routeEdges(ctx: Ctx): Map<string, PlacedEdge> {
  const groupByItem = new Map<Item, Group>();
  for (const g of ctx.groups.values()) for (const it of g.items) groupByItem.set(it, g);
  const lanes = stackLanes(ctx);
  const p = ports(ctx, groupByItem, lanes);
  const arrow = ctx.vertical ? 6 : 7;
  const out = new Map<string, PlacedEdge>();
  for (const e of ctx.input.edges) {
    const { start, segs, before } = ctx.gutterEdges.includes(e) ? gutterRoute(ctx, e, groupByItem) : chainRoute(ctx, ctx.chains.get(e.id)!, groupByItem, lanes, p);
    const end = segs.at(-1)?.to ?? start;
    out.set(e.id, { d: pathData(start, segs), arrow: arrowHead(before, end, arrow), points: samplePath(start, segs) });
  }
  return out;
}

/* ---------- stage 6: reading order, by layer (or row), then across; each node followed by its out-edges ---------- */

function readingOrder(ctx: Ctx): string[] {
  const groupByItem = new Map<Item, Group>();
  for (const g of ctx.groups.values()) for (const it of g.items) groupByItem.set(it, g);
  const v = ctx.vertical;
  const nodeOrder = [...ctx.itemOf.values()].sort((a, b) => {
    const ga = groupByItem.get(a)!;
    const gb = groupByItem.get(b)!;
    if (!v && a.band !== b.band) return a.band === 'main' ? -1 : 1;
    return ctx.ordered.indexOf(ga) - ctx.ordered.indexOf(gb) || (v && ga.stacked ? a.y - b.y : v ? a.x - b.x : a.y - b.y);
  });
  const order: string[] = [];
  for (const it of nodeOrder) {
    order.push(it.key);
    for (const e of ctx.input.edges.filter((x) => x.from === it.key)) order.push(e.id);
  }
  return order;
}

/** Places a relay graph at a width, for the text a state draws. Pure: same input, same placement. */
export function placeGraph(input: RelayInput, width: number, state: RelayState, vertical: boolean): Placement {
  const ctx = buildItems(input, width, state, vertical);
  orderItems(ctx);
  if (vertical) placeVertical(ctx);
  else placeHorizontal(ctx);
  const identity = identityNodes(ctx);
  if (identity.size) placeIdentityCards(ctx, identity);
  const nodes = new Map<string, PlacedNode>();
  for (const [id, it] of ctx.itemOf) {
    if (!it.node) continue;
    nodes.set(id, {
      box: { x: r1(it.x), y: r1(it.y), w: r1(it.w), h: r1(it.h) },
      labelBox: { x: r1(it.x + (it.w - it.labelW) / 2), y: r1(it.y + ctx.m.padY), w: r1(it.labelW), h: r1(it.labelH) },
      lines: it.lines,
    });
  }
  return {
    width,
    height: ctx.height,
    mainBottom: ctx.mainBottom,
    vertical,
    metrics: ctx.m,
    nodes,
    edges: routeEdges(ctx),
    order: readingOrder(ctx),
    identity,
    side: ctx.side,
  };
}
