// Pure exports of the timeline events for download: JSON, CSV (RFC 4180) and a Knight Lab TimelineJS3 file.
import type { ConfidenceLevel, Source, TimelineEvent } from '../../lib/data/schemas';
import { esc } from '../../lib/svg';
import { ACTOR_LABEL, formatEventDate, machineDate } from './meta';

/** What every export is built from. */
export interface ExportInput {
  events: readonly TimelineEvent[];
  sources: readonly Source[];
  confidence: readonly ConfidenceLevel[];
  /** Absolute URL of the story page, for links back to each event ("…/#event-<id>"). */
  storyUrl: string;
  /** Title and description of the collection. */
  title: string;
  description: string;
  /** ISO date of the data's last update. */
  updated: string;
}

/** A source as exported with each event. */
export interface ExportSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  archiveUrl: string;
}

/** One event, flattened for export: every field of the data plus readable labels and full sources. */
export interface ExportEvent {
  id: string;
  date: string;
  datePrecision: TimelineEvent['datePrecision'];
  /** Machine-readable date-time (with UTC offset when a time is sourced). */
  datetime: string;
  /** Reader-facing date: "October 20, 2020, morning". */
  displayDate: string;
  time: string | null;
  timeZone: string | null;
  timeOfDay: string | null;
  actor: string;
  actorType: TimelineEvent['actorType'];
  actorTypeLabel: string;
  headline: string;
  summary: string;
  quote: string | null;
  quoteSpeaker: string | null;
  confidence: TimelineEvent['confidence'];
  confidenceLabel: string;
  keyMoment: boolean;
  sources: ExportSource[];
  /** Link to the event on the story page. */
  link: string;
}

/** Flattens the validated events for export, in the data's chronological order. */
export function exportEvents(input: ExportInput): ExportEvent[] {
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const confLabel = new Map(input.confidence.map((c) => [c.id, c.label]));
  return input.events.map((e) => ({
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
    datetime: machineDate(e),
    displayDate: formatEventDate(e),
    time: e.time ?? null,
    timeZone: e.timeZone ?? null,
    timeOfDay: e.timeOfDay ?? null,
    actor: e.actor,
    actorType: e.actorType,
    actorTypeLabel: ACTOR_LABEL[e.actorType].one,
    headline: e.headline,
    summary: e.summary,
    quote: e.quote?.text ?? null,
    quoteSpeaker: e.quote?.speaker ?? null,
    confidence: e.confidence,
    confidenceLabel: confLabel.get(e.confidence) ?? e.confidence,
    keyMoment: e.key ?? false,
    sources: e.sources.map((id) => {
      const s = sourceById.get(id);
      if (!s) throw new Error(`timeline export: unknown source id "${id}" in event "${e.id}"`);
      return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, archiveUrl: s.archiveUrl };
    }),
    link: `${input.storyUrl}#event-${e.id}`,
  }));
}

/* ---------- JSON ---------- */

/** The JSON download: a small header (title, confidence vocabulary) and the events. */
export function toJson(input: ExportInput): string {
  const doc = {
    title: input.title,
    description: input.description,
    updated: input.updated,
    story: input.storyUrl,
    confidenceLevels: input.confidence.map((c) => ({ id: c.id, label: c.label, explanation: c.explanation })),
    events: exportEvents(input),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/* ---------- CSV (RFC 4180) ---------- */

/** CSV columns, in order: header name and how to read it from an exported event. */
export const CSV_COLUMNS: ReadonlyArray<[string, (e: ExportEvent) => string]> = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['date_precision', (e) => e.datePrecision],
  ['display_date', (e) => e.displayDate],
  ['time', (e) => e.time ?? ''],
  ['time_zone', (e) => e.timeZone ?? ''],
  ['time_of_day', (e) => e.timeOfDay ?? ''],
  ['actor', (e) => e.actor],
  ['actor_type', (e) => e.actorType],
  ['actor_type_label', (e) => e.actorTypeLabel],
  ['headline', (e) => e.headline],
  ['summary', (e) => e.summary],
  ['quote', (e) => e.quote ?? ''],
  ['quote_speaker', (e) => e.quoteSpeaker ?? ''],
  ['confidence', (e) => e.confidence],
  ['confidence_label', (e) => e.confidenceLabel],
  ['key_moment', (e) => (e.keyMoment ? 'yes' : 'no')],
  ['source_ids', (e) => e.sources.map((s) => s.id).join(' | ')],
  ['source_publishers', (e) => e.sources.map((s) => s.publisher).join(' | ')],
  ['source_urls', (e) => e.sources.map((s) => s.url).join(' | ')],
  ['link', (e) => e.link],
];

/** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180), doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV download: a header row, one row per event, CRLF line ends, UTF-8 with a BOM (so spreadsheets read the curly quotes). */
export function toCsv(input: ExportInput): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...exportEvents(input).map((e) => CSV_COLUMNS.map(([, get]) => get(e)))];
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/* ---------- TimelineJS3 ---------- */

/** A TimelineJS3 date object. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A TimelineJS3 slide. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}

/** A TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: Array<TimelineJsSlide & { start_date: TimelineJsDate; unique_id: string }>;
}

/*
 * How TimelineJS renders each field (TimelineJS3 src/js: core/TimelineConfig.js, media/types/Text.js,
 * slider/SlideNav.js, timenav/TimeGroup.js), and so how the export escapes it:
 *  - text.headline and text.text are HTML (sanitised, then set as innerHTML): our text is escaped once;
 *  - a date's display_date is set as innerHTML as it is (TimelineConfig strips markup only after it has turned
 *    start_date into a date object, so the stripping never reaches it; checked in TimelineJS 3.9.11): escaped once;
 *  - group is stripped of markup first (parsed as HTML and read back as text, which decodes entities once) and then
 *    set as innerHTML (the row label): escaped twice, so what is shown is the text, never markup.
 * tests/e2e/timelinejs-export.spec.ts loads the file into TimelineJS itself and reads what it shows.
 */

/** A field TimelineJS renders as HTML. */
const asHtml = (text: string): string => esc(text);
/** A field TimelineJS strips of markup (decoding entities) and then renders as HTML. */
const asStrippedThenHtml = (text: string): string => esc(esc(text));

/** The HTML body of an event's slide: summary, quote, confidence and linked sources, all escaped. */
function slideHtml(e: ExportEvent): string {
  const parts = [`<p>${esc(e.summary)}</p>`];
  if (e.quote) parts.push(`<blockquote>“${esc(e.quote)}”${e.quoteSpeaker ? ` (${esc(e.quoteSpeaker)})` : ''}</blockquote>`);
  parts.push(`<p><strong>Confidence:</strong> ${esc(e.confidenceLabel)}. <strong>Actor:</strong> ${esc(e.actor)}.</p>`);
  const links = e.sources.map((s) => `<a href="${esc(s.url)}">${esc(s.publisher)}</a>`).join(', ');
  parts.push(`<p><strong>Sources:</strong> ${links}</p>`);
  return parts.join('');
}

/** The TimelineJS3 download: one slide per event, grouped by actor type, keyed by the event id. */
export function toTimelineJs(input: ExportInput): TimelineJsFile {
  return {
    title: {
      text: { headline: asHtml(input.title), text: `<p>${asHtml(input.description)}</p><p><a href="${esc(input.storyUrl)}">${asHtml(input.storyUrl)}</a></p>` },
    },
    events: exportEvents(input).map((e) => {
      const [year, month, day] = e.date.split('-').map(Number) as [number, number?, number?];
      const start_date: TimelineJsDate = { year };
      if (month !== undefined) start_date.month = month;
      if (day !== undefined) start_date.day = day;
      start_date.display_date = asHtml(e.displayDate);
      return {
        start_date,
        text: { headline: asHtml(e.headline), text: slideHtml(e) },
        group: asStrippedThenHtml(e.actorTypeLabel),
        unique_id: e.id,
      };
    }),
  };
}
