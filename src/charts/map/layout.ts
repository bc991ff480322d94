// Pure map layout: (geometry summary, states data, declared state) → scene. Runs at build time and in the browser.
import type { MapState } from '../../lib/data/steps';

/* ---------- inputs ---------- */

/** A shape's id, name, bounds [x0, y0, x1, y1] and a label anchor, in atlas units (975×610 Albers USA). */
export interface ShapeInfo {
  id: string;
  name: string;
  bounds: [number, number, number, number];
  anchor: [number, number];
}

/** What layout needs from the geometry: no path data (that lives once per page in the SVG defs). */
export interface MapGeo {
  /** Atlas frame width (975). */
  width: number;
  /** Atlas frame height (610). */
  height: number;
  /** The 50 states and DC, ids = 2-digit FIPS. */
  states: ShapeInfo[];
  /** Florida's counties, ids = 5-digit FIPS. */
  counties: ShapeInfo[];
}

export type Confidence = 'official-record' | 'multiple-reports' | 'single-report' | 'disputed';

/** A place named in reports (a trimmed states.json place). */
export interface MapPlace {
  name: string;
  kind: 'county' | 'community';
  fips?: string;
  confidence: Confidence;
}

/** One of the four states, trimmed to what the map draws. */
export interface MapStateInput {
  code: string;
  fips: string;
  name: string;
  battleground: boolean;
  places: MapPlace[];
}

/** Words the map writes, all derived from data/ at build time (see copy.ts). */
export interface MapCopy {
  /** Reader-facing confidence labels ("Single report"). */
  confidenceLabels: Record<Confidence, string>;
  /** Heading of the Alaska community list. */
  communitiesTitle: string;
  /** The note that the list is not plotted. */
  communitiesNote: string;
  /** Sub-label for the targeted state that is not one of the three swing states. */
  notSwing: string;
  /** Alaska's breach disclosure: the annotation line, then date and source numbers. */
  alaskaBreach: { text: string; detail: string };
  /** The advisory's unnamed state. */
  advisory: { heading: string; text: string; detail: string };
}

export interface MapInput {
  states: MapStateInput[];
  copy: MapCopy;
}

/** What a page embeds once (MapDefs) as `<script type="application/json" id="map-payload">` for the browser's layout. */
export interface MapPayload {
  geo: MapGeo;
  input: MapInput;
}

/** Id of the payload element. */
export const PAYLOAD_ID = 'map-payload';

/* ---------- scene ---------- */

/** How a state is drawn: plain land, emphasised (colour + dense hatch), marked but not emphasised, or faded out (close-ups). */
export type StateStyle = 'land' | 'emph' | 'soft' | 'off';

export interface SceneState {
  /** FIPS id; the shape is `#map-st-<id>` in the page's defs. */
  id: string;
  style: StateStyle;
}

export interface SceneCounty {
  /** County FIPS id; the shape is `#map-co-<id>`. */
  id: string;
  name: string;
  confidence: Confidence;
}

export interface TextLine {
  text: string;
  /** "head" (bold), "sub" (smaller), or plain. */
  kind?: 'head' | 'sub';
}

/** A label, note or callout, in viewBox units (outside the zoom, so text never scales with it). */
export interface Annotation {
  /** Stable key for keyed updates. */
  id: string;
  kind: 'label' | 'note';
  /** Left/centre/right x of the text block (per `anchor`) and its top y. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: TextLine[];
  /** Leader line from the text block to the shape: x1, y1 → x2, y2, ending in a dot. */
  leader?: [number, number, number, number];
  /** Background box behind a note: x, y, width, height. */
  box?: [number, number, number, number];
}

/**
 * Label tiers by the graphic's rendered width (container queries pick one), in viewBox units: every
 * text, second lines included, renders at 12 CSS px or more from the narrowest embed column (264 px
 * wide: 46 × 0.264 = 12.1) up, and stays under about 19 px on desktops.
 */
export const TIERS = {
  s: { fontSize: 46, subSize: 46, maxWidth: 420 },
  m: { fontSize: 30, subSize: 29, maxWidth: 680 },
  l: { fontSize: 19, subSize: 18, maxWidth: Infinity },
} as const;

/** The size of second lines ("single report", "Sources 4, 5") at a tier's font size. */
export function subSizeFor(fs: number): number {
  return Object.values(TIERS).find((t) => t.fontSize === fs)?.subSize ?? fs;
}
export type Tier = keyof typeof TIERS;
export const TIER_NAMES = Object.keys(TIERS) as Tier[];

export interface MapScene {
  /** viewBox width and height. */
  width: number;
  height: number;
  view: MapState['view'];
  /** The declared state, echoed for data-state. */
  state: MapState;
  /** The map group's transform: translate(x, y) scale(k). */
  zoom: { k: number; x: number; y: number };
  /** All 51 shapes, in atlas order. */
  states: SceneState[];
  /** Marked states drawn again on top with an outline. */
  outlines: SceneState[];
  /** Florida counties named in reports (florida view only). */
  counties: SceneCounty[];
  /** Whether Florida's county borders are shown. */
  countyMesh: boolean;
  /** Whether the interior state borders are shown (not in the Alaska close-up, where the rest fades out). */
  borders: boolean;
  /** Dashed frames around the Alaska and Hawaii insets: x, y, w, h in atlas units. */
  insets: Array<[number, number, number, number]>;
  /** Labels and notes per tier. */
  annotations: Record<Tier, Annotation[]>;
  /** One-sentence description for the SVG's accessible name. */
  description: string;
}

/* ---------- constants ---------- */

export const VIEW_WIDTH = 1000;
export const VIEW_HEIGHT = 620;
const PAD = 8;
/** Average glyph width as a share of the font size (system sans, mixed case, conservative). */
const CHAR_W = 0.56;
const LINE_H = 1.18;
const ALASKA = '02';
const HAWAII = '15';
const FLORIDA = '12';

type Box = { x: number; y: number; w: number; h: number };

/* ---------- helpers ---------- */

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Fits bounds into a target box: returns the zoom transform. */
function fit(bounds: [number, number, number, number], target: Box): { k: number; x: number; y: number } {
  const [x0, y0, x1, y1] = bounds;
  const k = Math.min(target.w / (x1 - x0), target.h / (y1 - y0));
  const x = target.x + (target.w - k * (x1 - x0)) / 2 - k * x0;
  const y = target.y + (target.h - k * (y1 - y0)) / 2 - k * y0;
  return { k: Math.round(k * 1000) / 1000, x: r1(x), y: r1(y) };
}

/** Word-wraps a text to at most `maxChars` per line. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function lineSize(l: TextLine, fs: number): number {
  return l.kind === 'sub' ? subSizeFor(fs) : fs;
}

/** Estimated size of a text block (no DOM: identical in Node and the browser). */
function blockSize(lines: TextLine[], fs: number): { w: number; h: number } {
  const w = Math.max(...lines.map((l) => l.text.length * lineSize(l, fs) * CHAR_W * (l.kind === 'head' ? 1.06 : 1)));
  const h = lines.reduce((s, l) => s + lineSize(l, fs) * LINE_H, 0);
  return { w, h };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function project(p: [number, number], z: { k: number; x: number; y: number }): [number, number] {
  return [p[0] * z.k + z.x, p[1] * z.k + z.y];
}

function projectBox(b: [number, number, number, number], z: { k: number; x: number; y: number }): Box {
  const [x0, y0] = project([b[0], b[1]], z);
  const [x1, y1] = project([b[2], b[3]], z);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The point of a box closest to p. */
function nearestOnBox(b: Box, p: [number, number]): [number, number] {
  return [Math.max(b.x, Math.min(p[0], b.x + b.w)), Math.max(b.y, Math.min(p[1], b.y + b.h))];
}

interface LabelRequest {
  id: string;
  lines: TextLine[];
  /** Where the leader points (screen units). */
  anchor: [number, number];
  /** The labelled shape's screen box. */
  shape: Box;
}

/**
 * Greedy label placement: for each label, try each side of its shape at three distances; keep the
 * candidate that stays in frame, overlaps no placed label or note and the fewest marked shapes, and
 * sits closest to its shape. A leader line joins the label to a point inside the shape.
 */
function placeLabels(requests: LabelRequest[], fs: number, avoid: Box[], frame: Box, taken: Box[] = []): Annotation[] {
  const placed: Box[] = [...taken];
  const out: Annotation[] = [];
  for (const req of requests) {
    const { w, h } = blockSize(req.lines, fs);
    const { shape, anchor } = req;
    const cands: Box[] = [];
    for (const d of [fs * 0.6, fs * 1.8, fs * 3.6]) {
      const cy = anchor[1] - h / 2;
      const cx = anchor[0] - w / 2;
      const right = shape.x + shape.w + d;
      const left = shape.x - d - w;
      const above = shape.y - d - h;
      const below = shape.y + shape.h + d;
      cands.push(
        { x: right, y: cy, w, h },
        { x: left, y: cy, w, h },
        { x: cx, y: above, w, h },
        { x: cx, y: below, w, h },
        { x: right, y: above, w, h },
        { x: left, y: above, w, h },
        { x: right, y: below, w, h },
        { x: left, y: below, w, h },
      );
    }
    let best = cands[0]!;
    let bestCost = Infinity;
    for (const b of cands) {
      const outX = Math.max(0, frame.x - b.x) + Math.max(0, b.x + b.w - (frame.x + frame.w));
      const outY = Math.max(0, frame.y - b.y) + Math.max(0, b.y + b.h - (frame.y + frame.h));
      const clash = placed.reduce((s, p) => s + overlap(b, p), 0);
      const cover = avoid.reduce((s, a) => s + overlap(b, a), 0);
      const [nx, ny] = nearestOnBox(b, anchor);
      const cost = (outX + outY) * 1e4 + clash * 50 + cover * 2 + Math.hypot(nx - anchor[0], ny - anchor[1]);
      if (cost < bestCost) {
        bestCost = cost;
        best = b;
      }
    }
    const b = best;
    placed.push({ x: b.x - 4, y: b.y - 4, w: b.w + 8, h: b.h + 8 });
    const [nx, ny] = nearestOnBox(b, anchor);
    const anchorSide: Annotation['anchor'] = nx <= b.x + 0.01 ? 'start' : nx >= b.x + b.w - 0.01 ? 'end' : 'middle';
    out.push({
      id: req.id,
      kind: 'label',
      x: r1(anchorSide === 'start' ? b.x : anchorSide === 'end' ? b.x + b.w : b.x + b.w / 2),
      y: r1(b.y),
      anchor: anchorSide,
      lines: req.lines,
      leader: [r1(nx), r1(ny), r1(anchor[0]), r1(anchor[1])],
    });
  }
  return out;
}

/** A boxed note of wrapped text at a given spot (top-left corner), sized to its text. */
function note(id: string, heading: string, body: string[], detail: string, fs: number, at: { x: number; y: number; w: number }, leaderTo?: [number, number]): Annotation {
  return listNote(id, heading, body.map((text) => ({ text })), detail, fs, at, leaderTo);
}

/** A boxed note whose body has optional bold group heads (e.g. one group per confidence level). */
function listNote(
  id: string,
  heading: string,
  body: Array<{ head?: string; text: string }>,
  detail: string,
  fs: number,
  at: { x: number; y: number; w: number },
  leaderTo?: [number, number],
): Annotation {
  const pad = fs * 0.45;
  const charsFor = (scale: number): number => Math.max(12, Math.floor((at.w - 2 * pad) / (fs * scale * CHAR_W)));
  const heads = (t: string, kind: 'head' | 'sub'): TextLine[] => wrap(t, Math.floor(charsFor(kind === 'sub' ? subSizeFor(fs) / fs : 1) / (kind === 'head' ? 1.06 : 1))).map((text) => ({ text, kind }));
  const lines: TextLine[] = [
    ...(heading ? heads(heading, 'head') : []),
    ...body.flatMap((b) => [...(b.head ? heads(b.head, 'head') : []), ...wrap(b.text, charsFor(1)).map((text) => ({ text }))]),
    ...(detail ? heads(detail, 'sub') : []),
  ];
  const size = blockSize(lines, fs);
  const w = Math.min(at.w, size.w + 2 * pad);
  const h = size.h + 2 * pad;
  const ann: Annotation = { id, kind: 'note', x: r1(at.x + pad), y: r1(at.y + pad), anchor: 'start', lines, box: [r1(at.x), r1(at.y), r1(w), r1(h)] };
  if (leaderTo) {
    const [nx, ny] = nearestOnBox({ x: at.x, y: at.y, w, h }, leaderTo);
    ann.leader = [r1(nx), r1(ny), r1(leaderTo[0]), r1(leaderTo[1])];
  }
  return ann;
}

/* ---------- the layout ---------- */

const FULL_FRAME: Box = { x: PAD, y: PAD, w: VIEW_WIDTH - 2 * PAD, h: VIEW_HEIGHT - 2 * PAD };

/** Short county label: "Alachua County" → "Alachua". */
function countyLabel(name: string): string {
  return name.replace(/ County$/, '');
}

/** Lays out the map for a declared state. Pure and deterministic. */
export function layout(geo: MapGeo, input: MapInput, state: MapState): MapScene {
  const { view } = state;
  const { copy } = input;
  const byFips = new Map(input.states.map((s) => [s.fips, s]));
  const shape = new Map(geo.states.map((s) => [s.id, s]));
  const focus = state.focus ? input.states.find((s) => s.code === state.focus) : undefined;

  // Whole-country bounds (the Aleutians reach left of the atlas frame).
  const all: [number, number, number, number] = [
    Math.min(...geo.states.map((s) => s.bounds[0])),
    Math.min(...geo.states.map((s) => s.bounds[1])),
    Math.max(...geo.states.map((s) => s.bounds[2])),
    Math.max(...geo.states.map((s) => s.bounds[3])),
  ];
  const fl = shape.get(FLORIDA)!;
  const ak = shape.get(ALASKA)!;
  let zoom = fit(all, FULL_FRAME);
  if (view === 'florida') zoom = fit(fl.bounds, { x: 230, y: 40, w: 540, h: 540 });
  if (view === 'alaska') zoom = fit(ak.bounds, { x: PAD, y: 110, w: 400, h: 400 });

  // Which of the four are marked, and how.
  const styleOf = (fips: string): StateStyle => {
    const s = byFips.get(fips);
    if (view === 'alaska' && fips !== ALASKA) return 'off';
    if (!s) return 'land';
    switch (view) {
      case 'neutral':
        return 'land';
      case 'targeted':
        return 'emph';
      case 'florida':
        return fips === FLORIDA ? 'soft' : 'land';
      case 'alaska':
        return fips === ALASKA ? 'emph' : 'off';
      case 'swing':
        return s.battleground ? 'emph' : 'soft';
      case 'voter-data':
        return focus ? (s.code === focus.code ? 'emph' : 'soft') : 'soft';
    }
  };
  const states: SceneState[] = geo.states.map((s) => ({ id: s.id, style: styleOf(s.id) }));
  const outlines = states.filter((s) => s.style !== 'land' && s.style !== 'off');

  const flState = byFips.get(FLORIDA);
  const counties: SceneCounty[] =
    view === 'florida' && flState
      ? flState.places
          .filter((p) => p.kind === 'county' && p.fips)
          .map((p) => ({ id: p.fips!, name: p.name, confidence: p.confidence }))
      : [];

  const insets = (view === 'alaska' ? [] : [ak, shape.get(HAWAII)!]).map((s): [number, number, number, number] => {
    const m = 4;
    return [r1(s.bounds[0] - m), r1(s.bounds[1] - m), r1(s.bounds[2] - s.bounds[0] + 2 * m), r1(s.bounds[3] - s.bounds[1] + 2 * m)];
  });

  const annotations = {} as Record<Tier, Annotation[]>;
  for (const tier of TIER_NAMES) {
    const fs = TIERS[tier].fontSize;
    const marked = outlines.map((o) => projectBox(shape.get(o.id)!.bounds, zoom));
    const anns: Annotation[] = [];

    if (view === 'targeted' || view === 'swing' || view === 'voter-data') {
      // Notes first, so labels avoid them.
      const taken: Box[] = [];
      if (view === 'voter-data') {
        const a = focus?.fips === ALASKA ? copy.alaskaBreach : undefined;
        const w = tier === 's' ? 620 : tier === 'm' ? 520 : 430;
        if (a) {
          const target = project(ak.anchor, zoom);
          const n = note('alaska-breach', '', [a.text], a.detail, fs, { x: PAD, y: PAD, w }, target);
          anns.push(n);
          taken.push({ x: n.box![0], y: n.box![1], w: n.box![2], h: n.box![3] });
        } else {
          // On phones the heading says it; the full context sentence is in the step text and the table.
          const body = tier === 's' ? [] : [copy.advisory.text];
          const n = note('advisory', copy.advisory.heading, body, copy.advisory.detail, fs, { x: tier === 's' ? 170 : 250, y: PAD, w });
          anns.push(n);
          taken.push({ x: n.box![0], y: n.box![1], w: n.box![2], h: n.box![3] });
        }
      }
      const requests: LabelRequest[] = input.states.map((s) => {
        const info = shape.get(s.fips)!;
        const lines: TextLine[] = [{ text: s.name, kind: 'head' }];
        if (view === 'swing' && !s.battleground) lines.push(...wrap(copy.notSwing, 18).map((text) => ({ text, kind: 'sub' as const })));
        return { id: `label-${s.code}`, lines, anchor: project(info.anchor, zoom), shape: projectBox(info.bounds, zoom) };
      });
      anns.push(...placeLabels(requests, fs, marked, FULL_FRAME, taken));
    }

    if (view === 'florida' && flState) {
      const requests: LabelRequest[] = counties.map((c) => {
        const info = geo.counties.find((x) => x.id === c.id)!;
        const lines: TextLine[] = [{ text: countyLabel(c.name), kind: 'head' }];
        if (c.confidence !== 'multiple-reports' && c.confidence !== 'official-record') {
          lines.push({ text: copy.confidenceLabels[c.confidence].toLowerCase(), kind: 'sub' });
        }
        return { id: `county-${c.id}`, lines, anchor: project(info.anchor, zoom), shape: projectBox(info.bounds, zoom) };
      });
      const countyBoxes = counties.map((c) => projectBox(geo.counties.find((x) => x.id === c.id)!.bounds, zoom));
      anns.push(...placeLabels(requests, fs, countyBoxes, FULL_FRAME));
    }

    if (view === 'alaska') {
      const akState = byFips.get(ALASKA);
      const places = akState?.places.filter((p) => p.kind === 'community') ?? [];
      const akBox = projectBox(ak.bounds, zoom);
      const x = Math.min(akBox.x + akBox.w + 24, 460);
      const w = VIEW_WIDTH - PAD - x;
      const groups = (['official-record', 'multiple-reports', 'single-report', 'disputed'] as const)
        .map((level) => ({ level, names: places.filter((p) => p.confidence === level).map((p) => p.name) }))
        .filter((g) => g.names.length > 0);
      const n = listNote(
        'communities',
        copy.communitiesTitle,
        groups.map((g) => ({ head: copy.confidenceLabels[g.level], text: g.names.join(', ') })),
        // On phones the legend under the map carries this note; the box has no room for it.
        tier === 's' ? '' : copy.communitiesNote,
        fs,
        { x, y: PAD, w },
        [akBox.x + akBox.w * 0.62, akBox.y + akBox.h * 0.45],
      );
      anns.push(n);
    }
    annotations[tier] = anns;
  }

  const names = (f: (s: MapStateInput) => boolean): string => input.states.filter(f).map((s) => s.name).join(', ');
  const description = {
    neutral: 'Map of the United States, with Alaska and Hawaii as insets; no state is marked.',
    targeted: `Map of the United States marking the four states where voters reported the emails: ${names(() => true)}.`,
    florida: `Close-up of Florida marking the counties named in reports: ${counties.map((c) => countyLabel(c.name)).join(', ')}.`,
    alaska: 'Close-up of Alaska with the communities named in reports listed beside it.',
    swing: `Map emphasising ${names((s) => s.battleground)}; ${names((s) => !s.battleground)} stays marked.`,
    'voter-data': focus?.fips === ALASKA ? `Map emphasising Alaska: ${copy.alaskaBreach.text}.` : `Map marking the four states. ${copy.advisory.heading}.`,
  }[view];

  return {
    width: VIEW_WIDTH,
    height: VIEW_HEIGHT,
    view,
    state,
    zoom,
    states,
    outlines,
    counties,
    countyMesh: view === 'florida',
    borders: view !== 'alaska',
    insets,
    annotations,
    description,
  };
}
