// Shared timeline vocabulary: actor-type words and shapes, reader-facing dates and times, and gaps between events.
import type { ActorType, ConfidenceId } from '../../lib/data/schemas';
import { formatDate, formatDateShort } from '../../lib/format';
import { round } from '../../lib/svg';

/** Actor types in lane order (left to right on wide screens). */
export const ACTOR_ORDER: readonly ActorType[] = [
  'agency',
  'political',
  'state-local-official',
  'group',
  'media',
  'tech-company',
  'foreign-government',
];

/** Confidence levels, most to least certain, then disputed (the same ids as schemas.ts, without pulling zod into the browser). */
export const CONFIDENCE_ORDER: readonly ConfidenceId[] = ['official-record', 'multiple-reports', 'single-report', 'disputed'];

/** Reader-facing words for each actor type (singular, for a card; plural, for a filter). */
export const ACTOR_LABEL: Readonly<Record<ActorType, { one: string; many: string }>> = {
  agency: { one: 'US agency', many: 'US agencies' },
  political: { one: 'Politician', many: 'Politicians' },
  'state-local-official': { one: 'State or local official', many: 'State and local officials' },
  group: { one: 'Group or voters', many: 'Groups and voters' },
  media: { one: 'News media', many: 'News media' },
  'tech-company': { one: 'Tech company', many: 'Tech companies' },
  'foreign-government': { one: 'Foreign government', many: 'Foreign governments' },
};

/** The CSS colour token of each actor type (the shape repeats what the colour says). */
export const ACTOR_COLOR_VAR: Readonly<Record<ActorType, string>> = {
  agency: 'var(--c-actor-agency)',
  political: 'var(--c-actor-political)',
  'foreign-government': 'var(--c-actor-foreign)',
  'state-local-official': 'var(--c-actor-local)',
  group: 'var(--c-actor-group)',
  media: 'var(--c-actor-media)',
  'tech-company': 'var(--c-actor-tech)',
};

/** The shape of each actor type, in words (for legends). */
export const ACTOR_SHAPE_NAME: Readonly<Record<ActorType, string>> = {
  agency: 'circle',
  political: 'square',
  'state-local-official': 'triangle',
  group: 'upside-down triangle',
  media: 'diamond',
  'tech-company': 'plus',
  'foreign-government': 'star',
};

/** SVG path of an actor type's marker, centred on 0,0, fitting a circle of radius r. */
export function actorShapePath(type: ActorType, r: number): string {
  const p = (pts: Array<[number, number]>): string => `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
  switch (type) {
    case 'agency':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1 0 ${round(r)},0A${round(r)},${round(r)} 0 1 0 ${round(-r)},0Z`;
    case 'political': {
      const s = r * 0.86;
      return p([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'state-local-official':
      return p([[0, -r * 1.05], [r * 1.02, r * 0.75], [-r * 1.02, r * 0.75]]);
    case 'group':
      return p([[0, r * 1.05], [r * 1.02, -r * 0.75], [-r * 1.02, -r * 0.75]]);
    case 'media':
      return p([[0, -r * 1.15], [r * 1.15, 0], [0, r * 1.15], [-r * 1.15, 0]]);
    case 'tech-company': {
      const a = r;
      const b = r * 0.38;
      return p([[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]]);
    }
    case 'foreign-government': {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return p(pts);
    }
  }
}

/** The stroke pattern (SVG dasharray) that repeats each confidence level's words; solid is "". */
export const CONFIDENCE_DASH: Readonly<Record<ConfidenceId, string>> = {
  'official-record': '',
  'multiple-reports': '5 3',
  'single-report': '1.5 2.5',
  disputed: '6 2 1.5 2',
};

/* ---------- dates and times ---------- */

/** The date fields of an event that formatting needs. */
export interface DatedEvent {
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  time?: string | undefined;
  timeZone?: string | undefined;
  timeOfDay?: string | undefined;
}

/** UTC offset ("-04:00") of a time zone at a given local date and time. */
export function utcOffset(date: string, time: string, timeZone: string): string {
  const probe = new Date(`${date}T${time}:00Z`);
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** The machine-readable value for <time datetime>: "2020-10-21", "2020-10", or "2020-10-21T19:30-04:00". */
export function machineDate(e: DatedEvent): string {
  if (e.time && e.timeZone) return `${e.date}T${e.time}${utcOffset(e.date, e.time, e.timeZone)}`;
  return e.date;
}

/** "7:30 p.m. EDT" for a sourced time in its own time zone. */
export function formatTime(date: string, time: string, timeZone: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const zone =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(`${date}T${time}:00${utcOffset(date, time, timeZone)}`))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${hour12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'} ${zone}`;
}

/** The full reader-facing date: "October 21, 2020, 7:30 p.m. EDT", "October 20, 2020, morning", "October 2020". */
export function formatEventDate(e: DatedEvent): string {
  const day = formatDate(e.date);
  if (e.time && e.timeZone) return `${day}, ${formatTime(e.date, e.time, e.timeZone)}`;
  if (e.timeOfDay) return `${day}, ${e.timeOfDay}`;
  return day;
}

/** The compact date for tight spaces: "Oct. 21, 2020". */
export function formatEventDateShort(e: Pick<DatedEvent, 'date'>): string {
  return formatDateShort(e.date);
}

/* ---------- gaps between events (the piecewise axis) ---------- */

/** Whole days from a to b, both day-precision ISO dates. */
function daysBetweenDays(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Months from a to b (year-month arithmetic only). */
function monthsBetween(a: string, b: string): number {
  const [ay = 0, am = 1] = a.split('-').map(Number);
  const [by = 0, bm = 1] = b.split('-').map(Number);
  return (by - ay) * 12 + (bm - am);
}

/**
 * The time that passes between two consecutive events, as the axis needs it. When either date is
 * only known to the month, we only reason in months (no invented day count).
 */
export interface Gap {
  /** Approximate days, for sizing (30 per month when only months are known). */
  days: number;
  /** Reader-facing label, or "" when the events share a day. */
  label: string;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The gap between two consecutive events (b after a). */
export function gapBetween(a: Pick<DatedEvent, 'date' | 'datePrecision'>, b: Pick<DatedEvent, 'date' | 'datePrecision'>): Gap {
  if (a.datePrecision !== 'day' || b.datePrecision !== 'day') {
    const months = Math.max(0, monthsBetween(a.date, b.date));
    if (months === 0) return { days: 0, label: 'Later that month' };
    if (months < 24) return { days: months * 30, label: `${plural(months, 'month')} later` };
    return { days: months * 30, label: `${plural(Math.round(months / 12), 'year')} later` };
  }
  const days = Math.max(0, daysBetweenDays(a.date, b.date));
  if (days === 0) return { days, label: '' };
  if (days === 1) return { days, label: 'Next day' };
  if (days < 14) return { days, label: `${days} days later` };
  if (days < 60) return { days, label: `${plural(Math.round(days / 7), 'week')} later` };
  const months = Math.round(days / 30.44);
  if (months < 24) return { days, label: `${plural(months, 'month')} later` };
  return { days, label: `${plural(Math.round(days / 365.25), 'year')} later` };
}

/**
 * Extra space a gap earns on the piecewise axis, in "event steps": nothing within a day, then the
 * log of the days that pass. Equal spacing per event keeps the dense 48 hours readable; the log
 * keeps years from swallowing the axis while still showing that a month is more than a day.
 */
export function gapWeight(days: number): number {
  return days <= 0 ? 0 : Math.log2(1 + days);
}

/** Height of a gap in the list's rail, in rem (the list uses the same log rule as the chart). */
export function gapRem(days: number): number {
  return round(0.45 * gapWeight(days), 2);
}

/** The data attributes an event's element carries in the list and the slider (its anchor id included). */
export function eventAttributes(e: { id: string; date: string; datePrecision: string; actorType: ActorType; confidence: ConfidenceId }): Record<string, string> {
  return {
    id: `event-${e.id}`,
    'data-id': e.id,
    'data-date': e.date,
    'data-precision': e.datePrecision,
    'data-actor': e.actorType,
    'data-confidence': e.confidence,
  };
}
