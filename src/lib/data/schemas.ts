// Zod schemas for every file in data/: the shapes, field by field, with reader-facing messages.
import { z } from 'astro/zod';
import { fipsForCode } from './usStates';
import { PROVENANCES, onDomains, siteOf } from './provenance';

export { PROVENANCES, onDomains, siteOf };

/* ---------- shared field types ---------- */

export const CONFIDENCE_IDS = ['official-record', 'multiple-reports', 'single-report', 'disputed'] as const;
/** How sure a claim is; explained to readers in data/confidence.json. */
export const ConfidenceId = z.enum(CONFIDENCE_IDS);
export type ConfidenceId = z.infer<typeof ConfidenceId>;

/** A source id as used in the research notes: S16, S0b, S54-2. */
export const SourceId = z.string().regex(/^S\d+[a-z]?(-\d+)?$/, 'must look like S16, S0b or S54-2');

/** Kebab-case id, stable across edits (used in URLs and anchors). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9 and single hyphens)')
  .max(60, 'must be at most 60 characters');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** True when y-m-d is a real calendar date (no 2021-02-30). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A full ISO date, YYYY-MM-DD, that exists on the calendar. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, 'is not a real calendar date');

/** An ISO date of day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PartialIsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
    return m >= 1 && m <= 12 && isRealDate(y, m, d);
  }, 'is not a real calendar date');

/** An absolute https:// URL. */
export const HttpsUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0;
  } catch {
    return false;
  }
}, 'must be an absolute https:// URL');

/** Rule for any source-like entry: its archive link is the Wayback Machine lookup of its URL. */
export const ARCHIVE_LINK_RULE: [
  (s: { url: string; archiveUrl: string }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (s) => s.archiveUrl === `https://web.archive.org/web/${s.url}`,
  { message: 'must be "https://web.archive.org/web/" followed by the url', path: ['archiveUrl'] },
];

const sourceList = z.array(SourceId).min(1, 'must cite at least one source');

/* ---------- confidence.json ---------- */

export const ConfidenceLevel = z.strictObject({
  id: ConfidenceId,
  /** Short label, e.g. "Official record". */
  label: nonEmpty,
  /** How the graphics draw it, in words, e.g. "solid line". */
  drawn: nonEmpty,
  /** One or two sentences a reader sees. */
  explanation: nonEmpty,
});
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;
export const ConfidenceFile = z.array(ConfidenceLevel);

/* ---------- sources.json ---------- */

export const SOURCE_KINDS = ['government', 'court', 'company-statement', 'news-report', 'analysis'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;
/** The kinds that are official records (a government's or company's own word). */
export const OFFICIAL_KINDS: readonly SourceKind[] = ['government', 'court', 'company-statement'];

/**
 * What the page behind a source's URL is:
 * - `original`: the work on its publisher's own site;
 * - `official`: an official record on the government's or company's own site;
 * - `republication`: a licensed republication (an AP story on a member paper's site, a print edition on PressReader);
 * - `copy`: a copy on an unrelated site.
 */
export const Provenance = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof Provenance>;

/** A domain a publisher owns: `washingtonpost.com`, or a host and path prefix such as `github.com/microsoft`. */
export const PublisherDomain = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[A-Za-z0-9._-]+)*$/, 'must be a lower-case domain such as "cbsnews.com" (optionally with a path: "github.com/microsoft")');

/** Where we read a work when its URL is the original but the text we checked was elsewhere. */
export const ReadIn = z.strictObject({
  url: HttpsUrl,
  /** Who carries it, e.g. "bdnews24.com" or "the New York Daily News print edition on PressReader". */
  carrier: nonEmpty,
  provenance: z.enum(['republication', 'copy']),
});

/** The label beside a copy: which site, and why we did not link the publisher's page. */
export const CopyLabel = z.strictObject({
  /** The copy's site as a reader sees it in the address bar, e.g. "daccess.net" (must match the URL). */
  site: nonEmpty,
  /** Why a copy: e.g. "the publisher's page was not available to us". */
  why: nonEmpty,
  /** False when the copy is known to differ from the original (a rewrite or a splice). */
  faithful: z.boolean(),
});

export const Source = z
  .strictObject({
    id: SourceId,
    /** The original work's publisher (for an AP story on a member paper: "The Associated Press"). */
    publisher: nonEmpty,
    /** The publisher's own domain(s); the URL's host must be one of them unless the source is a republication or a copy. */
    publisherDomains: z.array(PublisherDomain).min(1, 'must list the publisher’s own domain(s)'),
    title: nonEmpty,
    /** True when the title was inferred from the URL, not seen on the page. */
    titleInferred: z.boolean(),
    url: HttpsUrl,
    /** What the page at `url` is. */
    provenance: Provenance,
    /** For a republication: who republished it, e.g. "South Florida Sun-Sentinel". */
    republishedBy: nonEmpty.optional(),
    /** For a copy: the label a reader sees beside the link. */
    copy: CopyLabel.optional(),
    /** Where we read it, when `url` is the original but the text we checked came from elsewhere. */
    readIn: ReadIn.optional(),
    published: PartialIsoDate.nullable(),
    kind: SourceKind,
    archiveUrl: HttpsUrl,
    /** What this source supports on the site. */
    supports: nonEmpty,
    note: nonEmpty.optional(),
  })
  .refine(...ARCHIVE_LINK_RULE)
  .superRefine(checkProvenance);
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.array(Source);

type SourceFields = {
  url: string;
  publisherDomains: string[];
  provenance: Provenance;
  kind: SourceKind;
  republishedBy?: string | undefined;
  copy?: { site: string } | undefined;
  readIn?: { url: string } | undefined;
};

/** The provenance rules: a URL off the publisher's domains must say it is a republication or a copy, and a copy says where. */
function checkProvenance(s: SourceFields, ctx: z.RefinementCtx): void {
  const issue = (path: string | string[], message: string) =>
    ctx.addIssue({ code: 'custom', path: typeof path === 'string' ? [path] : path, message });
  let own: boolean;
  try {
    own = onDomains(s.url, s.publisherDomains);
  } catch {
    return; // an invalid URL is reported by its own field
  }
  const host = siteOf(s.url);
  const firstHand = s.provenance === 'original' || s.provenance === 'official';
  if (firstHand && !own) {
    issue('url', `host "${host}" is not one of the publisher’s domains (${s.publisherDomains.join(', ')}): if this is a republication or a copy, say so in "provenance"`);
  }
  if (!firstHand && own) issue('provenance', `is "${s.provenance}", but "${host}" is the publisher’s own domain: use "original" or "official"`);
  const official = OFFICIAL_KINDS.includes(s.kind);
  if (s.provenance === 'official' && !official) issue('provenance', `is "official", but kind "${s.kind}" is not an official record`);
  if (s.provenance === 'original' && official) issue('provenance', `is "original", but a ${s.kind} record on its own site is "official"`);
  if (s.provenance === 'republication' && !s.republishedBy) issue('republishedBy', 'is required for a republication: who republished it?');
  if (s.provenance !== 'republication' && s.republishedBy) issue('republishedBy', 'is only for a republication');
  if (s.provenance === 'copy' && !s.copy) issue('copy', 'is required for a copy: the label readers see beside the link (site, why, faithful)');
  if (s.provenance !== 'copy' && s.copy) issue('copy', 'is only for a copy');
  if (s.copy && s.copy.site !== host) issue(['copy', 'site'], `must be the copy’s own site "${host}" (readers see it in the address bar)`);
  if (s.readIn && !firstHand) issue('readIn', 'is only for a source whose URL is the original or the official record');
}

/* ---------- states.json ---------- */

const sourced = { sources: sourceList, confidence: ConfidenceId };

export const Place = z
  .strictObject({
    name: nonEmpty,
    kind: z.enum(['county', 'community']),
    /** 5-digit county FIPS (counties only). */
    fips: z.string().regex(/^\d{5}$/, 'must be a 5-digit county FIPS code').optional(),
    ...sourced,
  })
  .refine((p) => p.kind !== 'county' || p.fips !== undefined, {
    message: 'is required for a county',
    path: ['fips'],
  });

export const ReportedCount = z.strictObject({
  /** The figure exactly as reported: "At least 200", "hundreds". */
  figure: nonEmpty,
  what: nonEmpty,
  reportedBy: nonEmpty,
  date: IsoDate.optional(),
  ...sourced,
});

export const Statement = z
  .strictObject({
    speaker: nonEmpty,
    role: nonEmpty,
    quote: nonEmpty.optional(),
    paraphrase: nonEmpty.optional(),
    date: IsoDate.optional(),
    ...sourced,
  })
  .refine((s) => (s.quote === undefined) !== (s.paraphrase === undefined), {
    message: 'needs exactly one of "quote" or "paraphrase"',
    path: ['quote'],
  });

export const ContextNote = z.strictObject({ text: nonEmpty, ...sourced });

export const TargetState = z
  .strictObject({
    id: z.string(),
    code: z.string().regex(/^[A-Z]{2}$/, 'must be a 2-letter postal code'),
    fips: z.string().regex(/^\d{2}$/, 'must be a 2-digit FIPS code'),
    name: nonEmpty,
    battleground: z.boolean(),
    summary: nonEmpty,
    arrived: z.strictObject({ date: IsoDate.nullable(), text: nonEmpty, ...sourced }),
    places: z.array(Place),
    counts: z.array(ReportedCount),
    statements: z.array(Statement),
    context: z.array(ContextNote),
    ...sourced,
  })
  .refine((s) => s.id === s.code, { message: 'must equal "code"', path: ['id'] })
  .refine((s) => fipsForCode(s.code) !== undefined, { message: 'is not a US state or DC postal code', path: ['code'] })
  .refine((s) => fipsForCode(s.code) === undefined || fipsForCode(s.code) === s.fips, {
    message: 'does not match the state code',
    path: ['fips'],
  });
export type TargetState = z.infer<typeof TargetState>;
export const StatesFile = z.array(TargetState);

/* ---------- relay.json ---------- */

export const NODE_KINDS = ['actor', 'data', 'identity', 'server', 'provider', 'recipient', 'channel'] as const;
export const RelayNode = z
  .strictObject({
    id: Slug,
    label: nonEmpty.max(32, 'must be at most 32 characters (it is drawn in the diagram)'),
    kind: z.enum(NODE_KINDS),
    country: nonEmpty.optional(),
    description: nonEmpty,
    ...sourced,
  })
  .refine((n) => n.kind !== 'server' || n.country !== undefined, {
    message: 'is required for a server',
    path: ['country'],
  });
export type RelayNode = z.infer<typeof RelayNode>;

export const RelayEdge = z.strictObject({
  id: Slug,
  from: Slug,
  to: Slug,
  /** Order in which the story reveals the edge, 1 = first. */
  hop: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  passed: nonEmpty,
  side: z.boolean(),
  ...sourced,
});
export type RelayEdge = z.infer<typeof RelayEdge>;
/**
 * Boxes drawn as one while the story has not yet opened them: "Servers abroad (6)" until the step about
 * the headers. The story's stage draws the group in the views listed; the explore figure never does.
 */
export const RelayGroup = z.strictObject({
  id: Slug,
  /** Drawn with the member count: "Servers abroad (6)". */
  label: nonEmpty.max(24, 'must be at most 24 characters (it is drawn with its count)'),
  members: z.array(Slug).min(2, 'must group at least two boxes'),
  /** Views in which the stage draws the group instead of its members. */
  collapsedIn: z.array(z.enum(['identity', 'path', 'headers', 'full'])).min(1),
});
export type RelayGroup = z.infer<typeof RelayGroup>;

export const RelayFile = z.strictObject({
  nodes: z.array(RelayNode).min(1),
  edges: z.array(RelayEdge).min(1),
  groups: z.array(RelayGroup),
});
export type Relay = z.infer<typeof RelayFile>;

/* ---------- timeline.json ---------- */

export const ACTOR_TYPES = [
  'agency',
  'political',
  'foreign-government',
  'state-local-official',
  'group',
  'media',
  'tech-company',
] as const;
export const ActorType = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorType>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimelineEvent = z
  .strictObject({
    id: Slug,
    date: PartialIsoDate,
    datePrecision: z.enum(['day', 'month', 'year']),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM').optional(),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York').optional(),
    timeOfDay: z.enum(['morning', 'afternoon', 'evening', 'night']).optional(),
    actor: nonEmpty,
    actorType: ActorType,
    headline: nonEmpty.max(100, 'must be at most 100 characters'),
    summary: nonEmpty,
    quote: z.strictObject({ text: nonEmpty.max(240, 'must be a short quote (at most 240 characters)'), speaker: nonEmpty }).optional(),
    key: z.boolean().optional(),
    ...sourced,
  })
  .refine((e) => e.date.split('-').length === { day: 3, month: 2, year: 1 }[e.datePrecision], {
    message: 'does not match "datePrecision"',
    path: ['date'],
  })
  .refine((e) => e.time === undefined || e.timeZone !== undefined, {
    message: 'is required when "time" is given',
    path: ['timeZone'],
  })
  .refine((e) => e.time === undefined || e.datePrecision === 'day', {
    message: 'needs a day-precision date',
    path: ['time'],
  });
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const TimelineFile = z.array(TimelineEvent).min(1);

/* ---------- corrections.json ---------- */

export const Correction = z.strictObject({
  id: Slug,
  date: IsoDate,
  kind: z.enum(['correction', 'update', 'clarification']),
  text: nonEmpty,
  sources: z.array(SourceId).optional(),
});
export const CorrectionsFile = z.strictObject({
  lastUpdated: IsoDate,
  entries: z.array(Correction),
});
export type Corrections = z.infer<typeof CorrectionsFile>;

/* ---------- article.json ---------- */

/** A paragraph with inline citations: "… [S16, S17]". */
export const CitedText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((p) => /\[S[^\]]*\]/.test(p), 'must cite at least one source, e.g. "… [S16]"');

/** One count of the emails, with who counted: the counts differ, so the page shows them side by side. */
export const EmailCount = z.strictObject({
  /** The figure as reported: "tens of thousands", "about 25,000". */
  figure: nonEmpty,
  what: nonEmpty,
  /** Who counted, and to whom they said it. */
  who: nonEmpty,
  date: IsoDate.optional(),
  ...sourced,
});
export type EmailCount = z.infer<typeof EmailCount>;

export const ArticleFile = z.strictObject({
  headline: nonEmpty,
  dek: nonEmpty,
  byline: nonEmpty,
  /** First publication date of this explainer. */
  published: IsoDate,
  description: nonEmpty.max(200, 'must be at most 200 characters (meta description)'),
  intro: z.array(CitedText).min(1),
  known: z.array(z.strictObject({ text: CitedText, confidence: ConfidenceId })).min(1),
  disputed: z.array(z.strictObject({ text: CitedText, confidence: ConfidenceId })).min(1),
  /** The email counts, side by side with who counted. */
  counts: z.array(EmailCount).min(1),
});
export type Article = z.infer<typeof ArticleFile>;
