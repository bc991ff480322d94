// Renders a compact timeline scene as SVG markup (server-side, and by the browser for new states). Every text is escaped.
import { attrs, esc, round } from '../../lib/svg';
import { actorShapePath, CONFIDENCE_DASH } from './meta';
import type { Scene, SceneEvent, TextBox } from './layout';

/** A text box as <text> with one <tspan> per line, at offset (dx, dy). */
function textMarkup(b: TextBox, dx = 0, dy = 0): string {
  const lineH = b.height / Math.max(b.lines.length, 1);
  const x = round(b.x - dx);
  const first = b.y - dy + lineH / 2 + b.size * 0.35;
  const spans = b.lines.map((line, i) => `<tspan ${attrs({ x, y: round(first + i * lineH) })}>${esc(line)}</tspan>`).join('');
  return `<text ${attrs({ class: b.className, 'font-size': round(b.size), 'text-anchor': b.anchor === 'start' ? undefined : b.anchor })}>${spans}</text>`;
}

/** A confidence badge: a frame whose line pattern repeats the words inside it. */
function badgeMarkup(b: TextBox, dx: number, dy: number): string {
  const conf = b.className.replace(/.*tl-badge--/, '') as keyof typeof CONFIDENCE_DASH;
  const rect = attrs({
    class: `tl-badge-frame tl-frame--${conf}`,
    x: round(b.x - dx),
    y: round(b.y - dy),
    width: round(b.width),
    height: round(b.height),
    rx: 2,
    'stroke-dasharray': CONFIDENCE_DASH[conf] || undefined,
  });
  const text: TextBox = { ...b, x: b.x + 5 };
  return `<rect ${rect}></rect>${textMarkup(text, dx, dy)}`;
}

/** One event: a group placed at its marker, everything inside relative to it (so it can move as one). */
export function eventMarkup(e: SceneEvent): string {
  return `<g ${attrs({ class: `tl-ev${e.focus ? ' is-focus' : ''}`, 'data-id': e.id, style: `transform:translate(${round(e.x)}px,${round(e.y)}px)` })}>${eventInner(e)}</g>`;
}

/** The inside of an event group (relative coordinates). */
export function eventInner(e: SceneEvent): string {
  const parts: string[] = [];
  if (e.card) {
    parts.push(`<rect ${attrs({ class: 'tl-card', x: round(e.card.x - e.x), y: round(e.card.y - e.y), width: round(e.card.width), height: round(e.card.height), rx: 4 })}></rect>`);
  }
  if (e.leader) {
    parts.push(`<polyline ${attrs({ class: 'tl-leader', points: e.leader.map(([x, y]) => `${round(x - e.x)},${round(y - e.y)}`).join(' ') })}></polyline>`);
  }
  if (e.focus) parts.push(`<circle ${attrs({ class: 'tl-focus-ring', r: round(e.r + 4) })}></circle>`);
  parts.push(`<path ${attrs({ class: `tl-marker tl-a--${e.actorType}`, d: actorShapePath(e.actorType, e.r) })}></path>`);
  if (e.label) parts.push(textMarkup(e.label, e.x, e.y));
  for (const x of e.extra) parts.push(textMarkup(x, e.x, e.y));
  if (e.badge) parts.push(badgeMarkup(e.badge, e.x, e.y));
  return parts.join('');
}

/** Everything that is not an event: heading, overview strip, axis, breaks, axis labels, column heads. */
export function staticMarkup(s: Scene): string {
  const o = s.overview;
  const parts: string[] = [textMarkup(s.heading)];
  parts.push(`<g class="tl-overview">`);
  if (o.band) parts.push(`<rect ${attrs({ class: 'tl-band', x: round(o.band.x0), y: round(o.y - 6), width: round(o.band.x1 - o.band.x0), height: 12, rx: 2 })}></rect>`);
  parts.push(`<line ${attrs({ class: 'tl-ov-line', x1: round(o.x0), x2: round(o.x1), y1: round(o.y), y2: round(o.y) })}></line>`);
  const tick = (t: (typeof o.ticks)[number]): string => `M${round(t.x)},${round(o.y - 4)}v8`;
  parts.push(`<path ${attrs({ class: 'tl-ov-ticks', d: o.ticks.filter((t) => !t.inView).map(tick).join('') || undefined })}></path>`);
  parts.push(`<path ${attrs({ class: 'tl-ov-ticks is-in', d: o.ticks.filter((t) => t.inView).map(tick).join('') || undefined })}></path>`);
  for (const l of o.labels) parts.push(textMarkup(l));
  parts.push(`</g>`);
  if (s.axis) parts.push(`<line ${attrs({ class: 'tl-axis', x1: round(s.axis.x), x2: round(s.axis.x), y1: round(s.axis.y0), y2: round(s.axis.y1) })}></line>`);
  for (const b of s.breaks) {
    const x = s.axis?.x ?? 0;
    parts.push(`<path ${attrs({ class: 'tl-break', d: `M${round(x - 6)},${round(b.y - 1)}l12,-4M${round(x - 6)},${round(b.y + 4)}l12,-4` })}></path>`);
  }
  for (const l of s.axisLabels) parts.push(textMarkup(l));
  for (const h of s.columnHeads) parts.push(textMarkup(h));
  return parts.join('');
}

/** The whole chart as an SVG element (aria-hidden: the stage and step copies repeat what the list says). */
export function renderSvg(s: Scene): string {
  const svg = attrs({
    class: 'chart-svg tl-svg',
    viewBox: `0 0 ${round(s.width)} ${round(s.height)}`,
    'data-view': s.view,
    'data-focus': s.focus ?? undefined,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  return `<svg ${svg}><g class="tl-static">${staticMarkup(s)}</g><g class="tl-events">${s.events.map(eventMarkup).join('')}</g></svg>`;
}
