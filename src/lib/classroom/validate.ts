// Validates data/classroom.json against the dataset and derives each claim's answer from the entry it references.
import type { z } from 'astro/zod';
import { DataValidationError, formatPath, type DataFile, type DataIssue, type Dataset } from '../data/validate';
import type { ConfidenceId } from '../data/schemas';
import { ClassroomFile, type Claim, type ClaimRef, type ClassroomData } from './schema';
import { shownPrinting } from '../data/email';

/**
 * data/classroom.json is validated here rather than in the core dataset, but its problems are reported
 * with the same DataIssue shape and DataValidationError, so every data error reads the same way.
 * (DataFile lists the core files only; the cast keeps the shared type untouched.)
 */
export const CLASSROOM_FILE: DataFile = 'data/classroom.json';

/** What the story says about a claim, read from the referenced dataset entry. */
export interface ClaimAnswer {
  confidence: ConfidenceId;
  sources: string[];
  /** The entry's own words (description, summary, count…), shown with the answer. */
  text: string;
  /** Where it comes from, for teachers: "data/relay.json › nodes joongang-singapore". */
  origin: string;
}

export interface ClassroomClaim extends Claim {
  answer: ClaimAnswer;
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


function toIssues(raw: unknown, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const [key, index] = path;
    const list = typeof key === 'string' ? (raw as Record<string, unknown> | null)?.[key] : undefined;
    if ((ENTRY_LISTS as readonly PropertyKey[]).includes(key as PropertyKey) && typeof index === 'number' && Array.isArray(list)) {
      const item: unknown = list[index];
      const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && item.id ? item.id : `#${index}`;
      return { file: CLASSROOM_FILE, entry: `${String(key)} ${id}`, field: formatPath(path.slice(2)), message: issue.message };
    }
    if (path.length > 1) return { file: CLASSROOM_FILE, entry: String(key), field: formatPath(path.slice(1)), message: issue.message };
    return { file: CLASSROOM_FILE, entry: '(file)', field: formatPath(path), message: issue.message };
  });
}

/* ---------- cross-checks ---------- */

/**
 * Validates the lesson and its references into the dataset (claims, story steps, source ids, spots, timing).
 * @throws DataValidationError naming data/classroom.json, the entry and the field of the first problem.
 */
export function validateClassroom(raw: unknown, dataset: Dataset): Classroom {
  const parsed = ClassroomFile.safeParse(raw);
  if (!parsed.success) throw new DataValidationError(toIssues(raw, parsed.error));
  const lesson = parsed.data;
  const issues: DataIssue[] = [];
  const push = (entry: string, field: string, message: string) => issues.push({ file: CLASSROOM_FILE, entry, field, message });

  for (const key of ENTRY_LISTS) {
    const seen = new Set<string>();
    for (const item of lesson[key] as ReadonlyArray<{ id?: string }>) {
      if (item.id === undefined) continue;
      if (seen.has(item.id)) push(`${key} ${item.id}`, 'id', `duplicate id "${item.id}"`);
      seen.add(item.id);
    }
  }

  const sourceIds = new Set([...dataset.sources.map((s) => s.id), ...lesson.sources.map((s) => s.id)]);
  const checkSources = (entry: string, field: string, ids: readonly string[] | undefined) =>
    ids?.forEach((id, i) => {
      if (!sourceIds.has(id)) push(entry, `${field}[${i}]`, `unknown source id "${id}" (not in data/sources.json or the lesson's sources)`);
    });
  const stepIds = new Set(dataset.steps.steps.map((s) => s.id));
  const checkStep = (entry: string, field: string, id: string | undefined) => {
    if (id !== undefined && !stepIds.has(id)) push(entry, field, `unknown step id "${id}" in data/steps.json`);
  };

  // Timing: the arc must add up to the advertised lengths.
  const sum = (k: 'full' | 'short') => lesson.arc.reduce((n, p) => n + p[k], 0);
  if (sum('full') !== lesson.header.fullMinutes) push('arc', 'full', `parts add up to ${sum('full')} minutes, not header.fullMinutes (${lesson.header.fullMinutes})`);
  if (sum('short') !== lesson.header.shortMinutes) push('arc', 'short', `parts add up to ${sum('short')} minutes, not header.shortMinutes (${lesson.header.shortMinutes})`);
  for (const part of lesson.arc) {
    part.steps?.forEach((id, i) => checkStep(`arc ${part.id}`, `steps[${i}]`, id));
    part.shortSteps?.forEach((id, i) => {
      checkStep(`arc ${part.id}`, `shortSteps[${i}]`, id);
      if (!part.steps?.includes(id)) push(`arc ${part.id}`, `shortSteps[${i}]`, `"${id}" is not in "steps"`);
    });
  }

  // The email: every spot it points to exists, and every spot is pointed to.
  const spotIds = new Set(lesson.spots.map((s) => s.id));
  const pointed = new Set<string>();
  for (const [where, id] of Object.entries(lesson.email.spotAt)) {
    pointed.add(id);
    if (!spotIds.has(id)) push('email', `spotAt.${where}`, `unknown spot "${id}"`);
  }
  lesson.email.marks.forEach((m, i) => {
    pointed.add(m.spot);
    if (!spotIds.has(m.spot)) push('email', `marks[${i}].spot`, `unknown spot "${m.spot}"`);
  });
  const shown = shownPrinting(dataset.email).printing;
  const body = markPhrases(shown.parts.join(' '), lesson.email.marks);
  if ('missing' in body) push('email', `marks[${body.missing}].phrase`, `is not found verbatim (or overlaps another mark) in the email as ${shown.source} printed it (data/email.json)`);
  lesson.email.notice.forEach((n, i) => checkSources('email', `notice[${i}].sources`, n.sources));
  for (const spot of lesson.spots) {
    if (!pointed.has(spot.id)) push(`spots ${spot.id}`, 'id', 'no part of the email points to this spot');
    spot.reveal.forEach((r, i) => checkSources(`spots ${spot.id}`, `reveal[${i}].sources`, r.sources));
  }

  // Claims: each ref must resolve; the answer is derived from it.
  const claims: ClassroomClaim[] = [];
  for (const claim of lesson.claims) {
    const r = resolveClaimRef(claim.ref, dataset);
    if ('answer' in r) claims.push({ ...claim, answer: r.answer });
    else push(`claims ${claim.id}`, r.field, r.message);
    checkSources(`claims ${claim.id}`, 'note.sources', claim.note?.sources);
  }

  checkSources('lateral', 'introSources', lesson.lateral.introSources);
  // The page pairs each of Civic Online Reasoning's three questions with the notes that answer it, by id.
  const lateralIds = lesson.lateral.questions.map((q) => q.id).join(',');
  if (lateralIds !== LATERAL_QUESTION_IDS.join(',')) push('lateral', 'questions', `ids must be ${LATERAL_QUESTION_IDS.join(', ')} in that order (found ${lateralIds})`);
  if (!dataset.sources.some((s) => s.id === lesson.lateral.example)) push('lateral', 'example', `unknown source id "${lesson.lateral.example}" in data/sources.json`);
  for (const q of lesson.discussion) {
    checkStep(`discussion ${q.id}`, 'step', q.step);
    checkSources(`discussion ${q.id}`, 'listenFor.sources', q.listenFor.sources);
  }
  for (const q of lesson.exitTicket) checkSources(`exitTicket ${q.id}`, 'answer.sources', q.answer.sources);
  lesson.extension.forEach((x, i) => {
    checkSources(`extension #${i}`, 'sources', x.sources);
    checkStep(`extension #${i}`, 'step', x.step);
  });
  for (const v of lesson.vocabulary) checkSources(`vocabulary ${v.id}`, 'sources', v.sources);

  if (issues.length || 'missing' in body) throw new DataValidationError(issues);
  const { sender, subject } = dataset.email;
  const email: ClassroomEmail = {
    ...lesson.email,
    fromName: sender.display,
    fromAddress: sender.address,
    domain: sender.address.split('@')[1] ?? '',
    subject: subject.text,
    printedBy: shown.source,
    body,
  };
  return { ...lesson, claims, email };
}
