// Validates the raw data files and their cross-references; fails with one message naming file, entry and field.
import type { z } from 'astro/zod';
import {
  CONFIDENCE_IDS,
  ConfidenceFile,
  CorrectionsFile,
  RelayFile,
  SourcesFile,
  StatesFile,
  TimelineFile,
  type ConfidenceLevel,
  type Corrections,
  type Article,
  ArticleFile,
  type Relay,
  type Source,
  type TargetState,
  type TimelineEvent,
} from './schemas';
import { StepsFile, type StepsData, crossCheckSteps, citationsIn } from './steps';
import { EmailFile, type EmailData } from './email';
import { ExamplesFile, type ExamplesData } from './examples';
import { HowToFile, type HowToData } from './howto';

/** The raw (unvalidated) contents of each data file, keyed by its path from the project root. */
export interface RawDataset {
  'data/confidence.json': unknown;
  'data/sources.json': unknown;
  'data/states.json': unknown;
  'data/relay.json': unknown;
  'data/timeline.json': unknown;
  'data/steps.json': unknown;
  'data/corrections.json': unknown;
  'data/article.json': unknown;
  'data/email.json': unknown;
  'data/examples.json': unknown;
  'data/header-howto.json': unknown;
}
/** Every data file that can be named in a validation message (classroom.json is validated in src/lib/classroom). */
export type DataFile = keyof RawDataset | 'data/classroom.json' | 'data/classroom-guide.json';

/** The validated dataset, typed. */
export interface Dataset {
  confidence: ConfidenceLevel[];
  sources: Source[];
  states: TargetState[];
  relay: Relay;
  timeline: TimelineEvent[];
  steps: StepsData;
  corrections: Corrections;
  article: Article;
  email: EmailData;
  examples: ExamplesData;
  howto: HowToData;
}

/** One problem found in a data file. */
export interface DataIssue {
  file: DataFile;
  /** The entry's id (or `#index` when it has none; `(file)` for the file as a whole). */
  entry: string;
  /** Dotted path to the field inside the entry, e.g. `sources[1]` or `quote.text`. */
  field: string;
  message: string;
}

/** Thrown when data/ is invalid. Its message is the first issue, then how many more there are. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? `\n(and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} in data/)` : '';
    super(first ? `Invalid data: ${formatIssue(first)}${more}` : 'Invalid data');
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

export function formatIssue(i: DataIssue): string {
  return `${i.file} › entry "${i.entry}" › field "${i.field}": ${i.message}`;
}

/** A zod issue path as a field name: `sources[1]`, `quote.text`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(entry)';
}

function entryId(item: unknown, index: number): string {
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && item.id) return item.id;
  return `#${index}`;
}

/**
 * Turns zod issues into DataIssues. `arrays` lists the top-level keys whose items are entries
 * (for a file that is itself an array, use `[null]`).
 */
function toIssues(file: DataFile, raw: unknown, error: z.ZodError, arrays: Array<string | null>): DataIssue[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    for (const key of arrays) {
      const container = key === null ? raw : (raw as Record<string, unknown> | null)?.[key];
      const at = key === null ? 0 : 1;
      if ((key === null || path[0] === key) && typeof path[at] === 'number' && Array.isArray(container)) {
        const index = path[at] as number;
        // Files with several entry lists say which list ("nodes x"); steps.json's steps are just "x".
        const prefix = key === null || key === 'steps' ? '' : `${key} `;
        return {
          file,
          entry: `${prefix}${entryId(container[index], index)}`.trim(),
          field: formatPath(path.slice(at + 1)),
          message: issue.message,
        };
      }
    }
    // Not inside an entry list: the top-level key is the entry (e.g. article.json › "intro").
    if (path.length > 1) return { file, entry: String(path[0]), field: formatPath(path.slice(1)), message: issue.message };
    return { file, entry: '(file)', field: formatPath(path), message: issue.message };
  });
}

function parse<T>(
  file: DataFile,
  raw: unknown,
  schema: z.ZodType<T>,
  arrays: Array<string | null>,
  issues: DataIssue[],
): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  issues.push(...toIssues(file, raw, result.error, arrays));
  return undefined;
}

/** Pushes an issue for every id that appears twice. */
function checkUnique(file: DataFile, ids: string[], issues: DataIssue[], prefix = ''): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push({ file, entry: `${prefix}${id}`, field: 'id', message: `duplicate id "${id}"` });
    seen.add(id);
  }
}

/** A function that checks a list of source ids, for cross-referencing. */
export type SourceChecker = (file: DataFile, entry: string, field: string, ids: readonly string[] | undefined) => void;

/**
 * Validates every file and the references between them.
 * @throws DataValidationError naming the file, entry and field of the first problem.
 */
export function validateDataset(raw: RawDataset): Dataset {
  const issues: DataIssue[] = [];
  const confidence = parse('data/confidence.json', raw['data/confidence.json'], ConfidenceFile, [null], issues);
  const sources = parse('data/sources.json', raw['data/sources.json'], SourcesFile, [null], issues);
  const states = parse('data/states.json', raw['data/states.json'], StatesFile, [null], issues);
  const relay = parse('data/relay.json', raw['data/relay.json'], RelayFile, ['nodes', 'edges'], issues);
  const timeline = parse('data/timeline.json', raw['data/timeline.json'], TimelineFile, [null], issues);
  const steps = parse('data/steps.json', raw['data/steps.json'], StepsFile, ['sections', 'steps'], issues);
  const corrections = parse('data/corrections.json', raw['data/corrections.json'], CorrectionsFile, ['entries'], issues);
  const article = parse('data/article.json', raw['data/article.json'], ArticleFile, [], issues);
  const email = parse('data/email.json', raw['data/email.json'], EmailFile, ['versions'], issues);
  const examples = parse('data/examples.json', raw['data/examples.json'], ExamplesFile, ['examples'], issues);
  const howto = parse('data/header-howto.json', raw['data/header-howto.json'], HowToFile, ['clients'], issues);
  if (issues.length) throw new DataValidationError(issues);
  if (!howto || !examples || !email || !article || !confidence || !sources || !states || !relay || !timeline || !steps || !corrections) {
    throw new DataValidationError(issues); // unreachable: every failed parse pushed an issue
  }

  // The confidence vocabulary is defined once: the file must explain exactly the ids the schemas accept.
  const levelIds = confidence.map((c) => c.id);
  checkUnique('data/confidence.json', levelIds, issues);
  for (const id of CONFIDENCE_IDS) {
    if (!levelIds.includes(id)) {
      issues.push({ file: 'data/confidence.json', entry: id, field: 'id', message: `level "${id}" has no explanation` });
    }
  }

  checkUnique('data/sources.json', sources.map((s) => s.id), issues);
  checkUnique('data/states.json', states.map((s) => s.id), issues);
  checkUnique('data/relay.json', relay.nodes.map((n) => n.id), issues, 'nodes ');
  checkUnique('data/relay.json', relay.edges.map((e) => e.id), issues, 'edges ');
  checkUnique('data/timeline.json', timeline.map((e) => e.id), issues);
  checkUnique('data/steps.json', steps.sections.map((s) => s.id), issues, 'sections ');
  checkUnique('data/steps.json', steps.steps.map((s) => s.id), issues);
  checkUnique('data/corrections.json', corrections.entries.map((c) => c.id), issues, 'entries ');

  const sourceIds = new Set(sources.map((s) => s.id));
  const checkSources: SourceChecker = (file, entry, field, ids) => {
    ids?.forEach((id, i) => {
      if (!sourceIds.has(id)) issues.push({ file, entry, field: `${field}[${i}]`, message: `unknown source id "${id}"` });
    });
  };

  for (const s of states) {
    const f = 'data/states.json';
    checkSources(f, s.id, 'sources', s.sources);
    checkSources(f, s.id, 'arrived.sources', s.arrived.sources);
    s.places.forEach((p, i) => {
      checkSources(f, s.id, `places[${i}].sources`, p.sources);
      if (p.fips !== undefined && !p.fips.startsWith(s.fips)) {
        issues.push({ file: f, entry: s.id, field: `places[${i}].fips`, message: `county FIPS "${p.fips}" is not in state FIPS "${s.fips}"` });
      }
    });
    s.counts.forEach((c, i) => checkSources(f, s.id, `counts[${i}].sources`, c.sources));
    s.statements.forEach((c, i) => checkSources(f, s.id, `statements[${i}].sources`, c.sources));
    s.context.forEach((c, i) => checkSources(f, s.id, `context[${i}].sources`, c.sources));
  }

  const nodeIds = new Set(relay.nodes.map((n) => n.id));
  for (const n of relay.nodes) checkSources('data/relay.json', `nodes ${n.id}`, 'sources', n.sources);
  for (const g of relay.groups) {
    if (nodeIds.has(g.id)) issues.push({ file: 'data/relay.json', entry: `groups ${g.id}`, field: 'id', message: `"${g.id}" is already a node id` });
    g.members.forEach((m, i) => {
      if (!nodeIds.has(m)) issues.push({ file: 'data/relay.json', entry: `groups ${g.id}`, field: `members[${i}]`, message: `unknown node id "${m}"` });
    });
  }
  for (const e of relay.edges) {
    checkSources('data/relay.json', `edges ${e.id}`, 'sources', e.sources);
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(e[end])) {
        issues.push({ file: 'data/relay.json', entry: `edges ${e.id}`, field: end, message: `unknown node id "${e[end]}"` });
      }
    }
  }

  for (const e of timeline) {
    checkSources('data/timeline.json', e.id, 'sources', e.sources);
  }
  for (const c of corrections.entries) checkSources('data/corrections.json', `entries ${c.id}`, 'sources', c.sources);

  const citedIn = (texts: string[], field: string) =>
    texts.forEach((t, i) => checkSources('data/article.json', 'article', `${field}[${i}]`, citationsIn(t)));
  citedIn(article.intro, 'intro');
  citedIn(article.known.map((k) => k.text), 'known');
  citedIn(article.disputed.map((k) => k.text), 'disputed');
  article.counts.forEach((c, i) => checkSources('data/article.json', 'counts', `[${i}].sources`, c.sources));

  crossCheckSteps(steps, { states, relay, timeline }, checkSources, issues);
  crossCheckEmail(email, checkSources, issues);
  crossCheckExamples(examples, checkSources, issues);
  checkUnique('data/header-howto.json', howto.clients.map((c) => c.id), issues, 'clients ');

  if (issues.length) throw new DataValidationError(issues);
  return { confidence, sources, states, relay, timeline, steps, corrections, article, email, examples, howto };
}

/** The email's sources exist, and the printing the story shows exists as one continuous text. */
function crossCheckEmail(email: EmailData, checkSources: SourceChecker, issues: DataIssue[]): void {
  const f: DataFile = 'data/email.json';
  checkSources(f, 'sender', 'sources', email.sender.sources);
  checkSources(f, 'subject', 'sources', email.subject.sources);
  checkSources(f, 'redaction', '(entry)', citationsIn(email.redaction));
  email.differences.forEach((d, i) => checkSources(f, 'differences', `[${i}]`, citationsIn(d)));
  checkUnique(f, email.versions.map((v) => v.id), issues, 'versions ');
  for (const v of email.versions) {
    checkSources(f, `versions ${v.id}`, 'about', citationsIn(v.about));
    v.printings.forEach((p, i) => checkSources(f, `versions ${v.id}`, `printings[${i}].source`, [p.source]));
  }
  const version = email.versions.find((v) => v.id === email.shown.version);
  const printing = version?.printings.find((p) => p.source === email.shown.source);
  if (!printing) {
    issues.push({ file: f, entry: 'shown', field: 'source', message: `no printing by "${email.shown.source}" in version "${email.shown.version}"` });
  } else if (printing.parts.length !== 1) {
    issues.push({ file: f, entry: 'shown', field: 'source', message: 'the printing shown as a recipient saw it must be one continuous text (one part)' });
  }
}

/** The examples' ids are unique and what they say was reported cites known sources. */
function crossCheckExamples(examples: ExamplesData, checkSources: SourceChecker, issues: DataIssue[]): void {
  const f: DataFile = 'data/examples.json';
  checkUnique(f, examples.examples.map((e) => e.id), issues, 'examples ');
  for (const e of examples.examples) {
    e.reported.forEach((t, i) => checkSources(f, `examples ${e.id}`, `reported[${i}]`, citationsIn(t)));
    e.standIns.forEach((t, i) => checkSources(f, `examples ${e.id}`, `standIns[${i}]`, citationsIn(t)));
  }
}
