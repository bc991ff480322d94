// Pure layout and markup of the slider's strip: the events of a view on one horizontal piecewise axis (each event one
// step, long stretches of time shortened and marked), the current event ringed and dated. Server and browser share it.
import { attrs, esc, round } from '../../lib/svg';
import { formatDateShort } from '../../lib/format';
import type { ActorType } from '../../lib/data/schemas';
import { piecewisePositions, textWidth, type TextBox } from './layout';
import { actorShapePath, gapBetween } from './meta';

/** What the strip needs of an event. */
export interface StripEvent {
  id: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  actorType: ActorType;
}

export interface StripScene {
  width: number;
  height: number;
  /** The axis line, at the markers' height. */
  axis: { x0: number; x1: number; y: number };
  markers: Array<{ id: string; x: number; actorType: ActorType }>;
  /** Where months or more pass between two events: a break in the axis. */
  breaks: number[];
  /** Index of the current event in `markers`. */
  current: number;
  /** Date labels: the first and last event (when they do not collide with the current one's) and the current. */
  labels: TextBox[];
}

/** Label size on the strip, px (the SVG is drawn at its real size, so this is CSS px). */
export const STRIP_FONT = 12;
/** The strip's height, px: a row of markers and a row of dates. */
export const STRIP_HEIGHT = 46;
const PAD = 10;
const MARKER_Y = 14;
const LABEL_Y = 28;

function label(text: string, x: number, anchor: TextBox['anchor'], className: string): TextBox {
  return { x, y: LABEL_Y, width: textWidth(text, STRIP_FONT, className.includes('is-current')), height: STRIP_FONT * 1.3, lines: [text], size: STRIP_FONT, anchor, className };
}

/** Left and right edges of a label. */
function edges(b: TextBox): [number, number] {
  const left = b.anchor === 'end' ? b.x - b.width : b.anchor === 'middle' ? b.x - b.width / 2 : b.x;
  return [left, left + b.width];
}

/** Lays the strip out at a width, with `current` (an index into events) ringed. Pure. */
export function layoutStrip(events: readonly StripEvent[], width: number, current: number): StripScene {
  const x0 = PAD;
  const x1 = Math.max(width - PAD, PAD + 1);
  const pos = piecewisePositions(events, 0.35);
  const markers = events.map((e, i) => ({ id: e.id, x: x0 + (x1 - x0) * (pos[i] ?? 0.5), actorType: e.actorType }));
  const breaks: number[] = [];
  for (let i = 1; i < events.length; i++) {
    if (gapBetween(events[i - 1]!, events[i]!).days >= 60) breaks.push((markers[i - 1]!.x + markers[i]!.x) / 2);
  }
  const at = Math.min(Math.max(current, 0), events.length - 1);
  const labels: TextBox[] = [];
  const cur = events[at];
  if (cur) {
    // The current date, centred on its marker but kept inside the strip.
    const text = formatDateShort(cur.date);
    const w = textWidth(text, STRIP_FONT, true);
    const x = Math.min(Math.max(markers[at]!.x, x0 + w / 2), x1 - w / 2);
    const mid = label(text, x, 'middle', 'tl-strip-date is-current');
    const ends = [label(formatDateShort(events[0]!.date), x0, 'start', 'tl-strip-date'), label(formatDateShort(events.at(-1)!.date), x1, 'end', 'tl-strip-date')];
    const [ml, mr] = edges(mid);
    for (const end of ends) {
      const [l, r] = edges(end);
      if (r + 8 <= ml || l >= mr + 8) labels.push(end);
    }
    labels.push(mid);
  }
  return { width, height: STRIP_HEIGHT, axis: { x0, x1, y: MARKER_Y }, markers, breaks, current: at, labels };
}

/** The index of the marker nearest to x (a tap or a drag on the strip). */
export function nearestMarker(scene: Pick<StripScene, 'markers'>, x: number): number {
  let best = 0;
  scene.markers.forEach((m, i) => {
    if (Math.abs(m.x - x) < Math.abs(scene.markers[best]!.x - x)) best = i;
  });
  return best;
}

function textMarkup(b: TextBox): string {
  const y = round(b.y + b.size);
  return `<text ${attrs({ class: b.className, x: round(b.x), y, 'font-size': b.size, 'text-anchor': b.anchor === 'start' ? undefined : b.anchor })}>${esc(b.lines[0] ?? '')}</text>`;
}

/** The strip as an SVG element (aria-hidden: the slide and the live region say which event is shown). */
export function renderStrip(s: StripScene): string {
  const { axis } = s;
  const parts = [`<line ${attrs({ class: 'tl-strip-axis', x1: round(axis.x0), x2: round(axis.x1), y1: axis.y, y2: axis.y })}></line>`];
  for (const x of s.breaks) {
    parts.push(`<path ${attrs({ class: 'tl-strip-break', d: `M${round(x - 2)},${axis.y + 6}l4,-12` })}></path>`);
  }
  s.markers.forEach((m, i) => {
    const r = i === s.current ? 6 : 4;
    const cls = `tl-strip-marker tl-a--${m.actorType}${i === s.current ? ' is-current' : ''}`;
    parts.push(`<path ${attrs({ class: cls, 'data-id': m.id, transform: `translate(${round(m.x)},${axis.y})`, d: actorShapePath(m.actorType, r) })}></path>`);
  });
  const cur = s.markers[s.current];
  if (cur) parts.push(`<circle ${attrs({ class: 'tl-strip-ring', cx: round(cur.x), cy: axis.y, r: 10 })}></circle>`);
  for (const l of s.labels) parts.push(textMarkup(l));
  const svg = attrs({ class: 'tl-strip-svg', viewBox: `0 0 ${round(s.width)} ${s.height}`, width: round(s.width), height: s.height, 'aria-hidden': 'true', focusable: 'false' });
  return `<svg ${svg}>${parts.join('')}</svg>`;
}
