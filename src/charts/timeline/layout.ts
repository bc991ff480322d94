// Pure layout of the compact timeline (stage and step copies): an overview strip, a piecewise axis, labels that never overlap.
import type { ActorType, ConfidenceId } from '../../lib/data/schemas';
import type { TimelineState } from '../../lib/data/steps';
import { formatDateShort } from '../../lib/format';
import { VIEWS, eventsInView } from './views';
import { ACTOR_LABEL, gapBetween, gapWeight } from './meta';

/** The trimmed event the compact chart needs (also the browser payload). */
export interface StageEvent {
  id: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  actorType: ActorType;
  confidence: ConfidenceId;
  headline: string;
  key?: boolean;
  /** Short exact quote and its speaker, when sourced (used by the side-by-side view). */
  quote?: { text: string; speaker: string };
  /** First source: its number in the Sources list and its publisher. */
  source: { n: number; publisher: string };
  /** Reader-facing confidence label. */
  confidenceLabel: string;
}

export interface LayoutSize {
  /** Width in px (the SVG's viewBox width; text sizes are real px at this width). */
  width: number;
  /** Height in px. */
  height: number;
}

/** A text box placed on the chart: lines of text, anchor x, top y and size (for the overlap tests). */
export interface TextBox {
  /** Anchor x: the left edge for "start", the right edge for "end", the centre for "middle". */
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Font size in px. */
  size: number;
  anchor: 'start' | 'end' | 'middle';
  className: string;
}

/** One event on the chart, keyed by id so the browser can move it between states. */
export interface SceneEvent {
  id: string;
  actorType: ActorType;
  confidence: ConfidenceId;
  /** Marker centre. */
  x: number;
  y: number;
  /** Marker radius. */
  r: number;
  focus: boolean;
  /** Label, relative to nothing: absolute coordinates. Null when the event is drawn as a marker only. */
  label: TextBox | null;
  /** Confidence badge drawn under the focus label or in a side-by-side card. */
  badge: TextBox | null;
  /** Quote and source lines (side-by-side view). */
  extra: TextBox[];
  /** Elbow leader from marker to a displaced label: list of points. */
  leader: Array<[number, number]> | null;
  /** Card frame (side-by-side view). */
  card: { x: number; y: number; width: number; height: number } | null;
}

export interface Scene {
  width: number;
  height: number;
  view: TimelineState['view'];
  focus: string | null;
  /** Heading line: the view's date range and event count. */
  heading: TextBox;
  /** Overview of the whole period: every event as a tick, the view's window as a band. */
  overview: {
    x0: number;
    x1: number;
    y: number;
    ticks: Array<{ id: string; x: number; inView: boolean }>;
    band: { x0: number; x1: number } | null;
    labels: TextBox[];
  };
  /** The vertical axis (null in the side-by-side view). */
  axis: { x: number; y0: number; y1: number } | null;
  /** Breaks in the axis where time is compressed. */
  breaks: Array<{ y: number }>;
  /** Axis labels: days and compressed gaps ("3 months later"). */
  axisLabels: TextBox[];
  /** Column headings of the side-by-side view. */
  columnHeads: TextBox[];
  events: SceneEvent[];
}

/* ---------- text measuring (no DOM: an average glyph width, deliberately generous) ---------- */

const CHAR_EM = 0.56;
const BOLD_EM = 0.6;

export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? BOLD_EM : CHAR_EM);
}

/** Cuts text to fit a width, ending with an ellipsis when cut. */
export function truncate(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const max = Math.max(1, Math.floor(width / (size * (bold ? BOLD_EM : CHAR_EM))) - 1);
  return `${text.slice(0, max).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** Wraps text into lines of the given width, never cutting it: a label is drawn whole or not at all. */
export function wrapWhole(text: string, width: number, size: number, bold = false): string[] {
  return wrap(text, width, size, Number.POSITIVE_INFINITY, bold);
}

/** Wraps text into at most maxLines lines of the given width; the last line is truncated if needed. */
export function wrap(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, bold) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join(' ');
      break;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === lines.length - 1 ? truncate(l, width, size, bold) : l));
}

/* ---------- the piecewise axis ---------- */

/**
 * Positions along a piecewise axis, from 0 to 1: each event takes one equal step, and each change
 * of day adds a compressed gap (log of the days that pass), capped so gaps never take more than
 * `maxGapShare` of the length. This is the "broken axis" that keeps the dense 48 hours readable.
 */
export function piecewisePositions(
  events: ReadonlyArray<Pick<StageEvent, 'date' | 'datePrecision'>>,
  maxGapShare = 0.4,
): number[] {
  if (events.length === 0) return [];
  if (events.length === 1) return [0.5];
  const weights = events.slice(1).map((e, i) => gapWeight(gapBetween(events[i]!, e).days));
  const steps = events.length - 1;
  const gapTotal = weights.reduce((a, b) => a + b, 0);
  const k = gapTotal === 0 ? 0 : Math.min(1, (maxGapShare * steps) / ((1 - maxGapShare) * gapTotal));
  const units = [0];
  weights.forEach((w, i) => units.push(units[i]! + 1 + k * w));
  const total = units.at(-1)!;
  return units.map((u) => u / total);
}

/* ---------- layout ---------- */

/** Short date range of a set of events: "Oct. 19–21, 2020", "Aug. 5, 2020 – Apr. 18, 2023". */
export function rangeLabel(events: ReadonlyArray<Pick<StageEvent, 'date'>>): string {
  const first = events[0]?.date;
  const last = events.at(-1)?.date;
  if (!first || !last) return '';
  if (first === last) return formatDateShort(first);
  const [fy, fm] = first.split('-');
  const [ly, lm, ld] = last.split('-');
  if (fy === ly && fm === lm && ld && first.split('-')[2]) {
    return `${formatDateShort(first).replace(/, \d{4}$/, '')}–${Number(ld)}, ${ly}`;
  }
  if (fy === ly) return `${formatDateShort(first).replace(/, \d{4}$/, '')} – ${formatDateShort(last)}`;
  return `${formatDateShort(first)} – ${formatDateShort(last)}`;
}

/** Lays out the compact chart for a state at a size. Pure: same input, same scene. */
export function layoutTimeline(all: readonly StageEvent[], state: TimelineState, size: LayoutSize): Scene {
  const { width, height } = size;
  const narrow = width < 520;
  // Every text at 12 CSS px or more (the viewBox is drawn at its real size).
  const font = 13;
  const small = 12;
  const lh = Math.round(font * 1.27);
  const pad = narrow ? 6 : 12;
  const def = VIEWS[state.view];
  const shown = eventsInView(all, state.view);
  const shownIds = new Set(shown.map((e) => e.id));
  const focus = state.focus && shownIds.has(state.focus) ? state.focus : null;

  // Heading: the view's date range and how many events it holds (derived from the data, no copy).
  const headingText = `${rangeLabel(shown)} · ${shown.length} event${shown.length === 1 ? '' : 's'}${def.only ? ', disputed' : ''}`;
  const headingLines = wrapWhole(headingText, width - 2 * pad, font, true);
  const heading: TextBox = {
    x: pad,
    y: pad,
    width: Math.max(...headingLines.map((l) => textWidth(l, font, true))),
    height: lh * headingLines.length,
    lines: headingLines,
    size: font,
    anchor: 'start',
    className: 'tl-heading',
  };

  // Overview strip: the whole period on the same piecewise rule, the view's window as a band.
  const ovY = heading.y + heading.height + 10;
  const ovX0 = pad + 4;
  const ovX1 = width - pad - 4;
  const ovPos = piecewisePositions(all, 0.45);
  const ticks = all.map((e, i) => ({ id: e.id, x: ovX0 + (ovX1 - ovX0) * ovPos[i]!, inView: shownIds.has(e.id) }));
  const inTicks = ticks.filter((t) => t.inView);
  const band =
    state.view === 'all' || inTicks.length === 0
      ? null
      : { x0: Math.min(...inTicks.map((t) => t.x)) - 4, x1: Math.max(...inTicks.map((t) => t.x)) + 4 };
  const firstLabel = formatDateShort(all[0]?.date ?? '');
  const lastLabel = formatDateShort(all.at(-1)?.date ?? '');
  const ovLabelY = ovY + 9;
  const overviewLabels: TextBox[] = [
    { x: ovX0, y: ovLabelY, width: textWidth(firstLabel, small), height: small * 1.3, lines: [firstLabel], size: small, anchor: 'start', className: 'tl-ov-label' },
    { x: ovX1, y: ovLabelY, width: textWidth(lastLabel, small), height: small * 1.3, lines: [lastLabel], size: small, anchor: 'end', className: 'tl-ov-label' },
  ];
  const top = ovLabelY + small * 1.3 + (narrow ? 10 : 16);
  const bottom = height - pad;

  const scene: Scene = {
    width,
    height,
    view: state.view,
    focus,
    heading,
    overview: { x0: ovX0, x1: ovX1, y: ovY, ticks, band, labels: overviewLabels },
    axis: null,
    breaks: [],
    axisLabels: [],
    columnHeads: [],
    events: [],
  };

  if (def.sideBySide) layoutSideBySide(scene, shown, { top, bottom, pad, font, small, lh });
  else layoutAxis(scene, shown, focus, { top, bottom, pad, font, small, lh, narrow });
  return scene;
}

interface Frame {
  top: number;
  bottom: number;
  pad: number;
  font: number;
  small: number;
  lh: number;
}

/** The vertical piecewise axis: dates on the left, markers on the axis, labels in rows on the right. */
function layoutAxis(scene: Scene, shown: StageEvent[], focus: string | null, f: Frame & { narrow: boolean }): void {
  const { top, bottom, pad, font, small, lh } = f;
  const years = new Set(shown.map((e) => e.date.slice(0, 4)));
  const dayText = (e: StageEvent, withYear: boolean): string => {
    const s = formatDateShort(e.date);
    return withYear ? s : s.replace(/, \d{4}$/, '');
  };
  const gapLabels = shown.slice(1).map((e, i) => gapBetween(shown[i]!, e)).filter((g) => g.days >= 2 || (g.days === 0 && g.label));
  const dateCol = Math.min(
    Math.max(
      ...shown.map((e) => textWidth(dayText(e, years.size > 1), small)),
      ...gapLabels.map((g) => textWidth(g.label, small, true)),
      30,
    ),
    scene.width * 0.3,
  );
  const axisX = pad + dateCol + 10;
  const labelX = axisX + (f.narrow ? 16 : 22);
  const labelW = scene.width - labelX - pad;
  const pos = piecewisePositions(shown, 0.35);
  const r = shown.length > 24 ? 4 : 5.5;
  const ys = pos.map((p) => top + r + (bottom - top - 2 * r) * p);
  scene.axis = { x: axisX, y0: top, y1: bottom };

  // Labels sit in rows; each event, by priority (the focus, then key moments, then in time order),
  // takes the free row nearest its marker, a few rows away at most, or goes without a label.
  const rowH = lh + 1;
  const rows = Math.max(1, Math.floor((bottom - top) / rowH));
  const taken: boolean[] = new Array<boolean>(rows).fill(false);
  // Labels are whole headlines (never cut with "…"): an event with no room for its whole label is a marker only.
  const focusLines = (e: StageEvent): string[] => wrapWhole(e.headline, labelW, font, true);
  const plainLines = (e: StageEvent): string[] => wrapWhole(e.headline, labelW, font);
  const rowsNeeded = (e: StageEvent): number =>
    e.id === focus ? Math.ceil((focusLines(e).length * lh + 3 + small * 1.5) / rowH) : plainLines(e).length;
  const rowOf = new Map<string, number>();
  const order = shown.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e, focus) - rank(b.e, focus) || a.i - b.i);
  for (const { e, i } of order) {
    const need = rowsNeeded(e);
    const ideal = Math.round((ys[i]! - top - lh / 2) / rowH);
    const reach = e.id === focus ? rows : 3;
    for (let d = 0; d <= reach; d++) {
      const start = [ideal + d, ideal - d].find(
        (r) => r >= 0 && r + need <= rows && taken.slice(r, r + need).every((t) => !t),
      );
      if (start === undefined) continue;
      for (let r = start; r < start + need; r++) taken[r] = true;
      rowOf.set(e.id, start);
      break;
    }
  }
  // Untangle: single-row labels take their rows in marker order, so leaders never cross each other.
  const singles = shown.filter((e) => e.id !== focus && rowOf.has(e.id) && rowsNeeded(e) === 1);
  const singleRows = singles.map((e) => rowOf.get(e.id)!).sort((a, b) => a - b);
  singles.forEach((e, k) => rowOf.set(e.id, singleRows[k]!));

  shown.forEach((e, i) => {
    const y = ys[i]!;
    const isFocus = e.id === focus;
    const row = rowOf.get(e.id);
    let label: TextBox | null = null;
    let badge: TextBox | null = null;
    let leader: Array<[number, number]> | null = null;
    if (row !== undefined) {
      const t = top + row * rowH;
      const lines = isFocus ? focusLines(e) : plainLines(e);
      label = {
        x: labelX,
        y: t,
        width: Math.max(...lines.map((l) => textWidth(l, font, isFocus))),
        height: lines.length * lh,
        lines,
        size: font,
        anchor: 'start',
        className: isFocus ? 'tl-label is-focus' : 'tl-label',
      };
      if (isFocus) {
        const text = e.confidenceLabel;
        badge = { x: labelX, y: t + lines.length * lh + 3, width: textWidth(text, small, true) + 10, height: small * 1.5, lines: [text], size: small, anchor: 'start', className: `tl-badge tl-badge--${e.confidence}` };
      }
      const labelMid = t + lh / 2;
      if (Math.abs(labelMid - y) > 1.5) leader = [[axisX + r + 2, y], [labelX - 8, labelMid], [labelX - 3, labelMid]];
      else leader = [[axisX + r + 2, y], [labelX - 3, y]];
    }
    scene.events.push({ id: e.id, actorType: e.actorType, confidence: e.confidence, x: axisX, y, r: isFocus ? r * 1.6 : r, focus: isFocus, label, badge, extra: [], leader, card: null });
  });

  // Axis labels on the left: the first event of each day, then compressed gaps, never overlapping.
  const boxes: TextBox[] = [];
  const fits = (b: TextBox): boolean =>
    b.y >= top - 2 && b.y + b.height <= bottom + 2 && boxes.every((o) => b.y + b.height + 2 <= o.y || o.y + o.height + 2 <= b.y);
  let lastYear = '';
  shown.forEach((e, i) => {
    if (i > 0 && shown[i - 1]!.date === e.date) return;
    const year = e.date.slice(0, 4);
    const text = dayText(e, years.size > 1 && year !== lastYear);
    const b: TextBox = { x: axisX - 10, y: ys[i]! - small * 0.65, width: textWidth(text, small), height: small * 1.3, lines: [text], size: small, anchor: 'end', className: 'tl-day' };
    if (b.width <= axisX - 10 - pad + 0.5 && fits(b)) {
      boxes.push(b);
      lastYear = year;
    }
  });
  shown.forEach((e, i) => {
    if (i === 0) return;
    const gap = gapBetween(shown[i - 1]!, e);
    if (gap.days < 2 && !(gap.days === 0 && gap.label)) return;
    const mid = (ys[i - 1]! + ys[i]!) / 2;
    if (gap.days >= 2) scene.breaks.push({ y: mid });
    const b: TextBox = { x: axisX - 10, y: mid - small * 0.62, width: textWidth(gap.label, small, true), height: small * 1.25, lines: [gap.label], size: small, anchor: 'end', className: 'tl-gap' };
    // A gap label that does not fit whole is left out (the break in the axis still shows the jump).
    if (b.width <= axisX - 10 - pad + 0.5 && fits(b)) boxes.push(b);
  });
  scene.axisLabels = boxes;
}

/** Label priority: the focus first, then key moments, then the rest in time order. */
function rank(e: StageEvent, focus: string | null): number {
  return e.id === focus ? 0 : e.key ? 1 : 2;
}

/** The side-by-side view: the claims of each camp in its own column, each with its words and its source. */
function layoutSideBySide(scene: Scene, shown: StageEvent[], f: Frame): void {
  const { pad, small } = f;
  const camps = [...new Set(shown.map((e) => e.actorType))];
  const gutter = 12;
  const colW = (scene.width - 2 * pad - gutter * (camps.length - 1)) / Math.max(camps.length, 1);
  // Steps of compaction until the columns fit (phones): smaller text, then the badge and source on one
  // row, then the overview strip dropped, then the column heads, then the quotes (each card keeps its
  // speaker, its claim in a headline, its confidence and its source). Text never goes below 12 px, and
  // nothing is cut with "…".
  const levels = [
    { font: scene.width < 520 ? 13 : 15, oneRow: false, tight: false, noHeads: false, noQuote: false },
    { font: 12, oneRow: false, tight: false, noHeads: false, noQuote: false },
    { font: 12, oneRow: true, tight: false, noHeads: false, noQuote: false },
    { font: 12, oneRow: true, tight: true, noHeads: false, noQuote: false },
    { font: 12, oneRow: true, tight: true, noHeads: true, noQuote: false },
    { font: 12, oneRow: true, tight: true, noHeads: true, noQuote: true },
    // The smallest stages: who said it and how sure the record is (the step's text gives the words and sources).
    { font: 12, oneRow: true, tight: true, noHeads: true, noQuote: true, bare: true },
  ];
  for (const level of levels) {
    const { font } = level;
    const lh = Math.round(font * 1.3);
    const top = level.tight ? scene.heading.y + scene.heading.height + 8 : f.top;
    const events: SceneEvent[] = [];
    const heads: TextBox[] = [];
    let overflow = false;
    camps.forEach((camp, ci) => {
      const x = pad + ci * (colW + gutter);
      const inner = colW - 16;
      const count = shown.filter((s) => s.actorType === camp).length;
      const headText = count === 1 ? ACTOR_LABEL[camp].one : ACTOR_LABEL[camp].many;
      // Last resort on the smallest stages: no column heads (each card's marker shape still names its side).
      if (!level.noHeads) heads.push({ x, y: top, width: textWidth(headText, small, true), height: small * 1.3, lines: [headText], size: small, anchor: 'start', className: 'tl-col-head' });
      let y = level.noHeads ? top : top + small * 1.3 + 6;
      for (const e of shown.filter((s) => s.actorType === camp)) {
        const cardTop = y;
        const speaker = wrapWhole(e.quote?.speaker ?? e.headline, inner - 18, font, true);
        const label: TextBox = { x: x + 26, y: y + 6, width: inner - 18, height: speaker.length * lh, lines: speaker, size: font, anchor: 'start', className: 'tl-label is-speaker' };
        y = label.y + label.height + 3;
        const bare = 'bare' in level && level.bare;
        const quoteLines = bare ? [] : e.quote && !level.noQuote ? wrapWhole(`“${e.quote.text}”`, inner, font) : wrapWhole(e.headline, inner, font);
        const quote: TextBox = { x: x + 8, y, width: inner, height: quoteLines.length * lh, lines: quoteLines, size: font, anchor: 'start', className: 'tl-quote' };
        if (!bare) y += quote.height + 4;
        const badgeW = textWidth(e.confidenceLabel, small, true) + 10;
        const badge: TextBox = { x: x + 8, y, width: badgeW, height: small * 1.5, lines: [e.confidenceLabel], size: small, anchor: 'start', className: `tl-badge tl-badge--${e.confidence}` };
        const sourceText = `Source ${e.source.n}: ${e.source.publisher}`;
        let source: TextBox;
        const sx = x + 8 + badgeW + 6;
        if (bare) {
          source = { x: sx, y, width: 0, height: 0, lines: [], size: small, anchor: 'start', className: 'tl-source' };
          y += badge.height + 6;
        } else if (level.oneRow && textWidth(sourceText, small) <= x + 8 + inner - sx) {
          source = { x: sx, y, width: textWidth(sourceText, small), height: small * 1.5, lines: [sourceText], size: small, anchor: 'start', className: 'tl-source' };
          y += badge.height + 6;
        } else {
          y += badge.height + 4;
          const lines = wrapWhole(sourceText, inner, small);
          source = { x: x + 8, y, width: inner, height: lines.length * small * 1.3, lines, size: small, anchor: 'start', className: 'tl-source' };
          y += source.height + 6;
        }
        const card = { x, y: cardTop, width: colW, height: y - cardTop };
        events.push({ id: e.id, actorType: e.actorType, confidence: e.confidence, x: x + 15, y: label.y + lh / 2, r: 5.5, focus: false, label, badge, extra: bare ? [] : [quote, source], leader: null, card });
        y += 6;
        if (y - 6 > f.bottom) overflow = true;
      }
    });
    scene.events = events;
    scene.columnHeads = heads;
    if (level.tight) scene.overview = { ...scene.overview, ticks: [], band: null, labels: [] };
    if (!overflow) break;
  }
}

/** The left and right edges of a text box, whatever its anchor. */
export function boxEdges(b: TextBox): { left: number; right: number; top: number; bottom: number } {
  const left = b.anchor === 'end' ? b.x - b.width : b.anchor === 'middle' ? b.x - b.width / 2 : b.x;
  return { left, right: left + b.width, top: b.y, bottom: b.y + b.height };
}

/** Every text box of a scene (for overlap checks). */
export function sceneTextBoxes(scene: Scene): TextBox[] {
  return [
    scene.heading,
    ...scene.overview.labels,
    ...scene.axisLabels,
    ...scene.columnHeads,
    ...scene.events.flatMap((e) => [e.label, e.badge, ...e.extra].filter((b): b is TextBox => b !== null)),
  ];
}
