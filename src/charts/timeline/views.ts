// The timeline's declared views, defined once: each view is a date window (or a rule) over the events, never a hand list.
import type { ActorType, ConfidenceId } from '../../lib/data/schemas';
import type { TimelineState } from '../../lib/data/steps';

/** The fields a view needs to decide membership (works on the full event and on the browser payload). */
export interface ViewEvent {
  id: string;
  /** ISO date of day, month or year precision. */
  date: string;
  actorType: ActorType;
  confidence: ConfidenceId;
}

export type TimelineView = TimelineState['view'];

/** A view's definition: an inclusive window of ISO days, plus an optional extra rule. */
export interface ViewDefinition {
  /** First day included (inclusive), or null for "from the start". */
  from: string | null;
  /** Last day included (inclusive), or null for "to the end". */
  to: string | null;
  /** Extra rule on top of the window. */
  only?: (e: ViewEvent) => boolean;
  /** Lay the view's events out side by side (two camps) rather than down an axis. */
  sideBySide?: boolean;
}

/*
 * The windows come from the story's own dates: the emails reached voters on 2020-10-20; the step text
 * frames "the first 48 hours" as October 19 (the domain changing hands that night) to October 21 (the
 * evening press conference and the reactions to it). Everything before is "the warnings"; everything
 * from October 22 on is "the aftermath". The motive view is the disputed claims of October 21.
 */
export const FIRST_48H_FROM = '2020-10-19';
export const FIRST_48H_TO = '2020-10-21';
export const MOTIVE_DAY = '2020-10-21';

export const VIEWS: Readonly<Record<TimelineView, ViewDefinition>> = {
  before: { from: null, to: '2020-10-18' },
  'first-48h': { from: FIRST_48H_FROM, to: FIRST_48H_TO },
  motive: {
    from: MOTIVE_DAY,
    to: MOTIVE_DAY,
    only: (e) => e.confidence === 'disputed',
    sideBySide: true,
  },
  aftermath: { from: '2020-10-22', to: null },
  all: { from: null, to: null },
};

/** First and last ISO day an event of day, month or year precision may cover. */
export function dayRange(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * True when the event belongs to the view. A month- or year-precision event is placed by its *last*
 * possible day, so it never appears in a window it might not have reached ("October 2020", which
 * the sources tie to the days after the emails, belongs to the aftermath, not to the first 48 hours).
 */
export function inView(e: ViewEvent, view: TimelineView): boolean {
  const def = VIEWS[view];
  const [, last] = dayRange(e.date);
  const start = def.from ?? '0000-01-01';
  const end = def.to ?? '9999-12-31';
  return last >= start && last <= end && (def.only?.(e) ?? true);
}

/** The events of a view, in the order given (the data's chronological order). */
export function eventsInView<T extends ViewEvent>(events: readonly T[], view: TimelineView): T[] {
  return events.filter((e) => inView(e, view));
}
