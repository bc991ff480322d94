// Validates data/classroom.json against the dataset and derives each claim's answer from the entry it references.
import type { z } from 'astro/zod';
import { DataValidationError, formatPath, type DataFile, type DataIssue, type Dataset } from '../data/validate';
import defaultGuide from '../../../data/classroom-guide.json' with { type: 'json' };
import type { ConfidenceId } from '../data/schemas';
import { ClassroomFile, type Claim, type ClaimRef, type ClassroomData } from './schema';
import { GuideFile, type GuideData } from './guideSchema';
import { shownPrinting } from '../data/email';
import { splitCitations } from '../data/steps';
import { buildHeaderKey, type HeaderKey } from './headers';

/**
 * data/classroom.json is validated here rather than in the core dataset, but its problems are reported
 * with the same DataIssue shape and DataValidationError, so every data error reads the same way.
 * (DataFile lists the core files only; the cast keeps the shared type untouched.)
 */
export const CLASSROOM_FILE: DataFile = 'data/classroom.json';
export const GUIDE_FILE: DataFile = 'data/classroom-guide.json';

/** What the story says about a claim, read from the referenced dataset entry. */
export interface ClaimAnswer {
  confidence: ConfidenceId;
  sources: string[];
  /** The entry's own words (description, summary, count…), shown with the answer. */
  text: string;
  /** Where it comes from, for teachers: "data/relay.json › nodes joongang-singapore". */
  origin: string;
}

/** A story paragraph quoted on a claim card: text and citation segments, as splitCitations gives them. */
export type Excerpt = ReturnType<typeof splitCitations>;

export interface ClassroomClaim extends Claim {
  answer: ClaimAnswer;
  /** The paragraphs of the claim's story step that its card quotes. */
  excerptText: Excerpt[];
  /** The heading of that step. */
  stepHeading: string;
}

/** The lesson's email: the words from data/email.json, cut into plain and marked pieces. */
export interface ClassroomEmail extends Pick<ClassroomData['email'], 'notice' | 'to' | 'spotAt'> {
  fromName: string;
  fromAddress: string;
  /** The address's domain, e.g. "officialproudboys.com". */
  domain: string;
  subject: string;
  /** The source of the printing shown. */
  printedBy: string;
  body: Array<{ text: string; spot?: string }>;
}

/** The validated lesson, with every claim's answer derived from the dataset. */
export interface Classroom extends Omit<ClassroomData, 'claims' | 'email'> {
  claims: ClassroomClaim[];
  email: ClassroomEmail;
  /** Activity 1B: the header's fields with their key, and the journey the header reader finds. */
  headerKey: HeaderKey;
  /** The teacher guide (data/classroom-guide.json). */
  guide: GuideData;
}

/** Cuts a text into pieces at each marked phrase (in the order they occur); null names a phrase not found. */
export function markPhrases(text: string, marks: ReadonlyArray<{ phrase: string; spot: string }>): Array<{ text: string; spot?: string }> | { missing: number } {
  const found = marks.map((m, i) => ({ ...m, i, at: text.indexOf(m.phrase) }));
  const missing = found.find((m) => m.at < 0);
  if (missing) return { missing: missing.i };
  const out: Array<{ text: string; spot?: string }> = [];
  let last = 0;
  for (const m of found.sort((a, b) => a.at - b.at)) {
    if (m.at < last) return { missing: m.i };
    if (m.at > last) out.push({ text: text.slice(last, m.at) });
    out.push({ text: m.phrase, spot: m.spot });
    last = m.at + m.phrase.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

type Resolved = { answer: ClaimAnswer } | { field: string; message: string };

/** Finds the dataset entry a claim refers to and reads its confidence, sources and text. */
export function resolveClaimRef(ref: ClaimRef, dataset: Pick<Dataset, 'relay' | 'timeline' | 'states'>): Resolved {
  if (ref.file === 'relay') {
    if (ref.kind === 'node') {
      const node = dataset.relay.nodes.find((n) => n.id === ref.id);
      if (!node) return { field: 'ref.id', message: `no node "${ref.id}" in data/relay.json` };
      return { answer: { confidence: node.confidence, sources: node.sources, text: node.description, origin: `data/relay.json › nodes ${node.id}` } };
    }
    const edge = dataset.relay.edges.find((e) => e.id === ref.id);
    if (!edge) return { field: 'ref.id', message: `no edge "${ref.id}" in data/relay.json` };
    const label = (id: string) => dataset.relay.nodes.find((n) => n.id === id)?.label ?? id;
    return {
      answer: {
        confidence: edge.confidence,
        sources: edge.sources,
        text: `${label(edge.from)} → ${label(edge.to)}: ${edge.passed}.`,
        origin: `data/relay.json › edges ${edge.id}`,
      },
    };
  }
  if (ref.file === 'timeline') {
    const event = dataset.timeline.find((e) => e.id === ref.id);
    if (!event) return { field: 'ref.id', message: `no event "${ref.id}" in data/timeline.json` };
    return { answer: { confidence: event.confidence, sources: event.sources, text: event.summary, origin: `data/timeline.json › ${event.id}` } };
  }
  const state = dataset.states.find((s) => s.id === ref.id);
  if (!state) return { field: 'ref.id', message: `no state "${ref.id}" in data/states.json` };
  const origin = `data/states.json › ${state.id}${ref.item ? ` › ${ref.item}` : ''}`;
  if (ref.item === undefined) return { answer: { confidence: state.confidence, sources: state.sources, text: state.summary, origin } };
  if (ref.item === 'arrived') {
    return { answer: { confidence: state.arrived.confidence, sources: state.arrived.sources, text: state.arrived.text, origin } };
  }
  const [, list, index] = /^(\w+)\[(\d+)\]$/.exec(ref.item) ?? [];
  const i = Number(index);
  const missing = { field: 'ref.item', message: `state "${state.id}" has no ${ref.item} in data/states.json` };
  if (list === 'counts') {
    const c = state.counts[i];
    if (!c) return missing;
    return { answer: { confidence: c.confidence, sources: c.sources, text: `${c.figure} ${c.what} (${c.reportedBy}).`, origin } };
  }
  if (list === 'places') {
    const p = state.places[i];
    if (!p) return missing;
    return { answer: { confidence: p.confidence, sources: p.sources, text: `${p.name}, ${state.name}.`, origin } };
  }
  if (list === 'statements') {
    const s = state.statements[i];
    if (!s) return missing;
    const said = s.quote !== undefined ? `“${s.quote}”` : (s.paraphrase ?? '');
    return { answer: { confidence: s.confidence, sources: s.sources, text: `${s.speaker} (${s.role}): ${said}`, origin } };
  }
  const c = state.context[i];
  if (!c) return missing;
  return { answer: { confidence: c.confidence, sources: c.sources, text: c.text, origin } };
}

/** The answer to a claim, read from the dataset. Throws a DataValidationError when the ref is bad. */
export function deriveClaimAnswer(claim: Claim, dataset: Pick<Dataset, 'relay' | 'timeline' | 'states'>): ClaimAnswer {
  const r = resolveClaimRef(claim.ref, dataset);
  if ('answer' in r) return r.answer;
  throw new DataValidationError([{ file: CLASSROOM_FILE, entry: `claims ${claim.id}`, field: r.field, message: r.message }]);
}

/* ---------- schema errors → issues ---------- */

/** The three questions of Activity 3, in order. */
export const LATERAL_QUESTION_IDS = ['who', 'evidence', 'others'] as const;

const ENTRY_LISTS = ['arc', 'spots', 'claims', 'discussion', 'exitTicket', 'extension', 'vocabulary', 'sources'] as const;
const GUIDE_LISTS = ['objectives'] as const;


function toIssues(raw: unknown, error: z.ZodError, file: DataFile = CLASSROOM_FILE, lists: readonly string[] = ENTRY_LISTS): DataIssue[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const [key, index] = path;
    const list = typeof key === 'string' ? (raw as Record<string, unknown> | null)?.[key] : undefined;
    if ((lists as readonly PropertyKey[]).includes(key as PropertyKey) && typeof index === 'number' && Array.isArray(list)) {
      const item: unknown = list[index];
      const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && item.id ? item.id : `#${index}`;
      return { file, entry: `${String(key)} ${id}`, field: formatPath(path.slice(2)), message: issue.message };
    }
    if (path.length > 1) return { file, entry: String(key), field: formatPath(path.slice(1)), message: issue.message };
    return { file, entry: '(file)', field: formatPath(path), message: issue.message };
  });
}

/* ---------- cross-checks ---------- */

type Push = (entry: string, field: string, message: string) => void;

/** Checks ids and citations that the lesson shares across its parts. */
interface Checks {
  push: Push;
  sources: (entry: string, field: string, ids: readonly string[] | undefined) => void;
  step: (entry: string, field: string, id: string | undefined) => void;
}

function makeChecks(dataset: Dataset, lesson: ClassroomData, push: Push): Checks {
  const sourceIds = new Set([...dataset.sources.map((s) => s.id), ...lesson.sources.map((s) => s.id)]);
  const stepIds = new Set(dataset.steps.steps.map((s) => s.id));
  return {
    push,
    sources: (entry, field, ids) =>
      ids?.forEach((id, i) => {
        if (!sourceIds.has(id)) push(entry, `${field}[${i}]`, `unknown source id "${id}" (not in data/sources.json or the lesson's sources)`);
      }),
    step: (entry, field, id) => {
      if (id !== undefined && !stepIds.has(id)) push(entry, field, `unknown step id "${id}" in data/steps.json`);
    },
  };
}

function checkUniqueIds(lesson: ClassroomData, push: Push): void {
  for (const key of ENTRY_LISTS) {
    const seen = new Set<string>();
    for (const item of lesson[key] as ReadonlyArray<{ id?: string }>) {
      if (item.id === undefined) continue;
      if (seen.has(item.id)) push(`${key} ${item.id}`, 'id', `duplicate id "${item.id}"`);
      seen.add(item.id);
    }
  }
}

/** The arc plus the spare minutes add up to the advertised lengths; the steps it names exist. */
function checkArc(lesson: ClassroomData, c: Checks): void {
  const { header, arc } = lesson;
  const sum = (k: 'full' | 'short') => arc.reduce((n, p) => n + p[k], 0);
  const slack = { full: header.fullSlack, short: header.shortSlack };
  const total = { full: header.fullMinutes, short: header.shortMinutes };
  for (const k of ['full', 'short'] as const) {
    if (sum(k) + slack[k] !== total[k]) c.push('arc', k, `parts add up to ${sum(k)} minutes plus ${slack[k]} spare, not header.${k}Minutes (${total[k]})`);
  }
  for (const part of arc) {
    part.steps?.forEach((id, i) => c.step(`arc ${part.id}`, `steps[${i}]`, id));
    part.shortSteps?.forEach((id, i) => {
      c.step(`arc ${part.id}`, `shortSteps[${i}]`, id);
      if (!part.steps?.includes(id)) c.push(`arc ${part.id}`, `shortSteps[${i}]`, `"${id}" is not in "steps"`);
    });
  }
}

/** The email: every spot it points to exists, and every spot is pointed to; the marked phrases are verbatim. */
function checkEmail(lesson: ClassroomData, dataset: Dataset, c: Checks): ClassroomEmail['body'] | null {
  const spotIds = new Set(lesson.spots.map((s) => s.id));
  const pointed = new Set<string>();
  for (const [where, id] of Object.entries(lesson.email.spotAt)) {
    pointed.add(id);
    if (!spotIds.has(id)) c.push('email', `spotAt.${where}`, `unknown spot "${id}"`);
  }
  lesson.email.marks.forEach((m, i) => {
    pointed.add(m.spot);
    if (!spotIds.has(m.spot)) c.push('email', `marks[${i}].spot`, `unknown spot "${m.spot}"`);
  });
  lesson.email.notice.forEach((n, i) => c.sources('email', `notice[${i}].sources`, n.sources));
  for (const spot of lesson.spots) {
    if (!pointed.has(spot.id)) c.push(`spots ${spot.id}`, 'id', 'no part of the email points to this spot');
    spot.reveal.forEach((r, i) => c.sources(`spots ${spot.id}`, `reveal[${i}].sources`, r.sources));
  }
  const shown = shownPrinting(dataset.email).printing;
  const body = markPhrases(shown.parts.join(' '), lesson.email.marks);
  if (!('missing' in body)) return body;
  c.push('email', `marks[${body.missing}].phrase`, `is not found verbatim (or overlaps another mark) in the email as ${shown.source} printed it (data/email.json)`);
  return null;
}

/**
 * Claims: each ref resolves (the answer is derived from it); its step is in the guided reading (the short
 * version's in the short reading) and has the quoted paragraphs; the short version covers every level.
 */
function checkClaims(lesson: ClassroomData, dataset: Dataset, c: Checks): ClassroomClaim[] {
  const reading = new Set(lesson.arc.flatMap((p) => p.steps ?? []));
  const shortReading = new Set(lesson.arc.flatMap((p) => p.shortSteps ?? []));
  const claims: ClassroomClaim[] = [];
  for (const claim of lesson.claims) {
    const entry = `claims ${claim.id}`;
    const step = dataset.steps.steps.find((s) => s.id === claim.step);
    if (!step) c.push(entry, 'step', `unknown step id "${claim.step}" in data/steps.json`);
    else if (!reading.has(claim.step)) c.push(entry, 'step', `"${claim.step}" is not in the guided reading (arc steps), so students would have to guess`);
    else if (claim.short && !shortReading.has(claim.step)) c.push(entry, 'step', `"${claim.step}" is in the short version but not in its reading (arc shortSteps)`);
    claim.excerpt.forEach((n, i) => {
      if (step && !step.body[n]) c.push(entry, `excerpt[${i}]`, `step "${step.id}" has no paragraph ${n} (it has ${step.body.length})`);
    });
    for (const [field, lines] of [['evidence', claim.evidence], ['why', [claim.why]], ['note', claim.note ? [claim.note] : []]] as const) {
      lines.forEach((l, i) => c.sources(entry, `${field}[${i}].sources`, l.sources));
    }
    const r = resolveClaimRef(claim.ref, dataset);
    if (!('answer' in r)) c.push(entry, r.field, r.message);
    else if (step) claims.push({ ...claim, answer: r.answer, stepHeading: step.heading, excerptText: claim.excerpt.flatMap((n) => (step.body[n] ? [splitCitations(step.body[n])] : [])) });
  }
  const shortLevels = new Set(claims.filter((x) => x.short).map((x) => x.answer.confidence));
  const missing = dataset.confidence.filter((l) => !shortLevels.has(l.id)).map((l) => l.label);
  if (claims.length === lesson.claims.length && missing.length) c.push('claims', 'short', `the short version has no claim at these levels: ${missing.join(', ')}`);
  return claims;
}

/** Activity 1B: the example exists and the key names its fields one for one. */
function checkHeaders(lesson: ClassroomData, dataset: Dataset, c: Checks): HeaderKey | null {
  const { headers } = lesson;
  const example = dataset.examples.examples.find((e) => e.id === headers.example);
  if (!example) {
    c.push('headers', 'example', `unknown example "${headers.example}" in data/examples.json`);
    return null;
  }
  headers.questions.forEach((q, i) => c.sources('headers', `questions[${i}].answer.sources`, q.answer.sources));
  const key = buildHeaderKey(example, headers.fields);
  if (!key) c.push('headers', 'fields', `must name the fields of example "${example.id}" one for one, in order`);
  return key;
}

/** Activity 3: a curated set across the three tiers, each source's provenance matching its tier. */
function checkLateral(lesson: ClassroomData, dataset: Dataset, c: Checks): void {
  const { lateral } = lesson;
  c.sources('lateral', 'introSources', lateral.introSources);
  const ids = lateral.questions.map((q) => q.id).join(',');
  if (ids !== LATERAL_QUESTION_IDS.join(',')) c.push('lateral', 'questions', `ids must be ${LATERAL_QUESTION_IDS.join(', ')} in that order (found ${ids})`);
  const fits = { official: ['official'], copy: ['copy', 'republication'], partisan: ['original', 'republication', 'copy'] } as const;
  lateral.sources.forEach((s, i) => {
    const source = dataset.sources.find((x) => x.id === s.id);
    if (!source) return c.push('lateral', `sources[${i}].id`, `unknown source id "${s.id}" in data/sources.json`);
    if (!(fits[s.tier] as readonly string[]).includes(source.provenance)) c.push('lateral', `sources[${i}].tier`, `"${s.tier}" does not fit ${s.id}, whose provenance is "${source.provenance}"`);
  });
  for (const tier of lateral.tiers) if (!lateral.sources.some((s) => s.tier === tier.id)) c.push('lateral', 'sources', `no source in tier "${tier.id}"`);
  if (!lateral.sources.some((s) => s.id === lateral.example)) c.push('lateral', 'example', `"${lateral.example}" is not one of lateral.sources`);
  if (lateral.worked.source !== lateral.example) c.push('lateral', 'worked.source', `must be the example, "${lateral.example}"`);
  for (const k of ['who', 'evidence', 'others'] as const) c.sources('lateral', `worked.${k}.sources`, lateral.worked[k].sources);
}

function checkRest(lesson: ClassroomData, c: Checks): void {
  for (const q of lesson.discussion) {
    c.step(`discussion ${q.id}`, 'step', q.step);
    c.sources(`discussion ${q.id}`, 'listenFor.sources', q.listenFor.sources);
  }
  for (const q of lesson.exitTicket) c.sources(`exitTicket ${q.id}`, 'answer.sources', q.answer.sources);
  lesson.extension.forEach((x, i) => {
    c.sources(`extension #${i}`, 'sources', x.sources);
    c.step(`extension #${i}`, 'step', x.step);
  });
  for (const v of lesson.vocabulary) c.sources(`vocabulary ${v.id}`, 'sources', v.sources);
}

/** The guide: objectives, rubric and standards point at parts of the arc; its citations exist. */
export function validateGuide(raw: unknown, lesson: Pick<ClassroomData, 'arc'>, dataset: Pick<Dataset, 'sources'>): GuideData {
  const parsed = GuideFile.safeParse(raw);
  if (!parsed.success) throw new DataValidationError(toIssues(raw, parsed.error, GUIDE_FILE, GUIDE_LISTS));
  const guide = parsed.data;
  const issues: DataIssue[] = [];
  const push: Push = (entry, field, message) => issues.push({ file: GUIDE_FILE, entry, field, message });
  const arcIds = new Set(lesson.arc.map((p) => p.id));
  const checkArcIds = (entry: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!arcIds.has(id)) push(entry, `${field}[${i}]`, `unknown part "${id}" (ids in data/classroom.json › arc)`);
    });
  for (const o of guide.objectives) {
    checkArcIds(`objectives ${o.id}`, 'practised', o.practised);
    checkArcIds(`objectives ${o.id}`, 'assessed', o.assessed);
  }
  guide.standards.items.forEach((s, i) => checkArcIds('standards', `items[${i}].where`, s.where));
  checkArcIds('rubric', 'tasks', guide.rubric.tasks.map((t) => t.id));
  for (const t of guide.rubric.tasks) {
    const levels = new Set(t.rows.map((r) => r.level));
    if (levels.size !== guide.rubric.levels.length) push('rubric', `tasks ${t.id}`, 'needs one row per level');
  }
  const known = new Set(dataset.sources.map((s) => s.id));
  for (const field of ['facilitationSources', 'familyNoteSources'] as const) {
    guide[field].forEach((id, i) => {
      if (!known.has(id)) push(field, `[${i}]`, `unknown source id "${id}" in data/sources.json`);
    });
  }
  if (issues.length) throw new DataValidationError(issues);
  return guide;
}

/**
 * Validates the lesson and its references into the dataset (claims, story steps, source ids, spots, header,
 * timing), and the teacher guide.
 * @throws DataValidationError naming data/classroom.json (or the guide), the entry and the field of the first problem.
 */
export function validateClassroom(raw: unknown, dataset: Dataset, rawGuide: unknown = defaultGuide): Classroom {
  const parsed = ClassroomFile.safeParse(raw);
  if (!parsed.success) throw new DataValidationError(toIssues(raw, parsed.error));
  const lesson = parsed.data;
  const issues: DataIssue[] = [];
  const c = makeChecks(dataset, lesson, (entry, field, message) => issues.push({ file: CLASSROOM_FILE, entry, field, message }));
  checkUniqueIds(lesson, c.push);
  checkArc(lesson, c);
  const body = checkEmail(lesson, dataset, c);
  const claims = checkClaims(lesson, dataset, c);
  const headerKey = checkHeaders(lesson, dataset, c);
  checkLateral(lesson, dataset, c);
  checkRest(lesson, c);
  if (issues.length || !body || !headerKey) throw new DataValidationError(issues);
  const guide = validateGuide(rawGuide, lesson, dataset);
  const { sender, subject } = dataset.email;
  const email: ClassroomEmail = {
    ...lesson.email,
    fromName: sender.display,
    fromAddress: sender.address,
    domain: sender.address.split('@')[1] ?? '',
    subject: subject.text,
    printedBy: shownPrinting(dataset.email).printing.source,
    body,
  };
  return { ...lesson, claims, email, headerKey, guide };
}
