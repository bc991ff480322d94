// The relay diagram's layout, in stages: what the state shows (show.ts), where the graph goes (place.ts),
// the travelling email (token.ts) and what the camera frames (camera.ts). Pure: same input, same scene.
import type { ConfidenceId } from '../../lib/data/schemas';
import type { RelayState } from '../../lib/data/steps';
import { planState, strongEdges, type StatePlan } from './show';
import { placeGraph, type Placement } from './place';
import { travellingEmail } from './token';
import { frame, inWindow } from './camera';

/* ---------- input and output types ---------- */

export type NodeKind = 'actor' | 'data' | 'identity' | 'server' | 'provider' | 'recipient' | 'channel';

/** A node as the layout needs it (the description and sources stay in the HTML). */
export interface RelayInputNode {
  id: string;
  label: string;
  kind: NodeKind;
  country?: string;
  /** Second lines drawn under the label in every view (the header reader's IP and country). */
  meta?: string[];
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

/** Boxes the story's stage draws as one in some views (data/relay.json › groups). */
export interface RelayInputGroup {
  id: string;
  label: string;
  members: string[];
  collapsedIn: Array<RelayState['view']>;
}

/** The relay data for layout: built once at build time and embedded for the browser. */
export interface RelayInput {
  nodes: RelayInputNode[];
  edges: RelayInputEdge[];
  groups: RelayInputGroup[];
  /** Reader-facing confidence labels, e.g. "Single report". */
  confidenceLabels: Record<ConfidenceId, string>;
  /** What a recipient saw: the displayed sender and subject, quoted from the identity node's description. */
  seen: { node: string; from: string; subject: string } | null;
  /** Top to bottom: how wide a box alone in its row may grow, px (default 200). */
  rowMax?: number;
}

export interface LayoutSize {
  /** Container width in px (the SVG's viewBox uses the same units, so text is drawn at its real size). */
  width: number;
  /**
   * The story's stage only: the room on screen, in px. The camera then shows at most this much of the
   * diagram at full size (never shrinking its text), and groups collapse where the data says so.
   */
  height?: number;
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
  /** Label text size, px. */
  fontSize: number;
  /** Second lines and tags, px (never under 12). */
  metaSize: number;
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
export const VERTICAL_BELOW = 880;

/* ---------- stages ---------- */

/** The scene's boxes: placed nodes where they are; a node not placed in this state sits where its stand-in is. */
function sceneNodes(plan: StatePlan, placed: Placement, state: RelayState, shown: Set<string>): SceneNode[] {
  return plan.allNodes.map((n) => {
    const at = placed.nodes.get(n.id) ?? placed.nodes.get(plan.standIn.get(n.id) ?? '');
    const box = at?.box ?? { x: 0, y: 0, w: 0, h: 0 };
    const seen = state.view === 'identity' && placed.identity.has(n.id);
    return {
      id: n.id,
      label: n.label,
      ...(n.country !== undefined ? { country: n.country } : {}),
      kind: n.kind,
      confidence: n.confidence,
      box,
      labelBox: at?.labelBox ?? box,
      lines: placed.nodes.has(n.id) ? (at?.lines ?? []) : [],
      visible: placed.nodes.has(n.id) && (shown.has(n.id) || seen),
      emphasis: plan.nodeEmphasis(n.id),
      seen,
    };
  });
}

/** The scene's lines: each placed line's drawing; a line not placed takes its stand-in's (hidden). */
function sceneEdges(plan: StatePlan, placed: Placement): SceneEdge[] {
  const label = new Map(plan.allNodes.map((n) => [n.id, n.label]));
  return plan.allEdges.map((e) => {
    const drawing = placed.edges.get(e.id) ?? placed.edges.get(plan.standIn.get(e.id) ?? '') ?? { d: 'M0,0', arrow: 'M0,0', points: [[0, 0]] };
    return {
      id: e.id,
      fromLabel: label.get(e.from) ?? e.from,
      toLabel: label.get(e.to) ?? e.to,
      from: e.from,
      to: e.to,
      hop: e.hop,
      side: e.side,
      confidence: e.confidence,
      d: drawing.d,
      arrow: drawing.arrow,
      points: drawing.points as Array<[number, number]>,
      visible: plan.shownEdge(e),
      emphasis: plan.edgeEmphasis(e),
    };
  });
}

/** The boxes a state is about: the servers in the headers view, the newest hops of a long path, else all shown. */
function focusBoxes(plan: StatePlan, state: RelayState, nodes: SceneNode[], token: SceneToken | null, width: number): Box[] {
  const visible = nodes.filter((n) => n.visible);
  if (state.view === 'headers') {
    const near = new Set(strongEdges(plan, state).flatMap((e) => [e.from, e.to]));
    return visible.filter((n) => near.has(n.id)).map((n) => n.box);
  }
  if (state.view === 'path' && visible.length) {
    const span = Math.max(...visible.map((n) => n.box.y + n.box.h)) - Math.min(...visible.map((n) => n.box.y));
    if (span > width * 1.25) {
      const mainMaxHop = Math.max(...plan.graph.edges.filter((e) => !e.side).map((e) => e.hop));
      const hop = state.hop ?? mainMaxHop;
      const recent = new Set(plan.graph.edges.filter((e) => plan.shownEdge(e) && e.hop >= hop - 1).flatMap((e) => [e.from, e.to]));
      for (const id of token?.route ?? []) for (const e of plan.graph.edges) if (e.id === id) recent.add(e.from).add(e.to);
      return visible.filter((n) => recent.has(n.id)).map((n) => n.box);
    }
  }
  return visible.map((n) => n.box);
}

/** The part of the layout this state shows: [x, y, width, height]. */
function viewBoxOf(placed: Placement, plan: StatePlan, state: RelayState, nodes: SceneNode[], token: SceneToken | null, room?: number): Scene['viewBox'] {
  const { width, height, vertical, mainBottom, metrics } = placed;
  const visible = nodes.filter((n) => n.visible).map((n) => n.box);
  const full = state.view === 'full';
  if (!vertical && room === undefined) return [0, 0, width, r1(full ? height : mainBottom + metrics.margin)];
  if (vertical && room === undefined && full) return [0, 0, width, r1(height)];
  const within: [number, number] = !vertical && !full ? [0, mainBottom + metrics.margin] : [0, height];
  const focus = full && room === undefined ? visible : focusBoxes(plan, state, nodes, token, width);
  const w = frame({ height, visible, focus, within, ...(room !== undefined ? { room } : {}) });
  return [0, r1(w.top), width, r1(w.height)];
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** On the stage: a box the window would cut is not drawn, nor a line whose two ends are gone. */
function cropToWindow(nodes: SceneNode[], edges: SceneEdge[], w: { top: number; height: number }): void {
  const gone = new Set<string>();
  for (const n of nodes) {
    if (n.visible && !inWindow(n.box, w)) {
      n.visible = false;
      gone.add(n.id);
    }
  }
  for (const e of edges) if (e.visible && (gone.has(e.from) || !nodes.find((n) => n.id === e.from)?.visible) && (gone.has(e.to) || !nodes.find((n) => n.id === e.to)?.visible)) e.visible = false;
}

/** Lays out the relay for a container width (and, on the stage, its height) and a declared state. */
export function layout(input: RelayInput, size: LayoutSize, state: RelayState): Scene {
  const width = Math.max(280, Math.round(size.width));
  const vertical = width < VERTICAL_BELOW;
  const room = size.height !== undefined && size.height > 0 ? Math.round(size.height) : undefined;
  const plan = planState(input, state, room !== undefined);
  const placed = placeGraph(plan.graph, width, state, vertical);
  const shownEdges = plan.graph.edges.filter(plan.shownEdge);
  const shown = new Set(shownEdges.flatMap((e) => [e.from, e.to]));
  const nodes = sceneNodes(plan, placed, state, shown);
  const edges = sceneEdges(plan, placed);
  const token = state.token && state.view === 'path' ? travellingEmail(plan.graph, shownEdges, edges) : null;
  const order = [...placed.order, ...[...plan.allNodes, ...plan.allEdges].map((x) => x.id).filter((id) => !placed.order.includes(id))];
  const viewBox = viewBoxOf(placed, plan, state, nodes, token, room);
  if (room !== undefined) cropToWindow(nodes, edges, { top: viewBox[1], height: viewBox[3] });
  return {
    width,
    height: r1(placed.height),
    viewBox,
    orientation: vertical ? 'vertical' : 'horizontal',
    fontSize: placed.metrics.font,
    metaSize: placed.metrics.meta,
    lineHeight: placed.metrics.lineH,
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
    groups: input.groups.filter((g) => g.members.some((m) => ids.has(m))).map((g) => ({ ...g, members: g.members.filter((m) => ids.has(m)) })),
    seen: input.seen && ids.has(input.seen.node) ? input.seen : null,
  };
}
