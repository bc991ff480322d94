// A student's work on the student page: kept in localStorage, parsed defensively, scored on first tries and
// written out as plain text to paste into Google Classroom or a form. Browser-safe: no zod, no dataset.

/** localStorage key, namespaced to this site and versioned. */
export const STUDENT_KEY = 'proud-boys-explainer:classroom:student:v1';

/** Longest answer a text box takes (keeps "Print my answers" on one page). */
export const MAX_ANSWER = 260;

export interface StudentProgress {
  name: string;
  klass: string;
  /** Activity 1A: each spot's prediction, and whether it was locked in (the reveal then loads). */
  spots: Record<string, { text: string; locked: boolean }>;
  /** Activity 1B: written answers, the header fields ticked (0-based), and the first check's score. */
  headers: { answers: Record<string, string>; marks: number[]; checked: boolean; firstRight: number | null };
  /** Activity 2: the level chosen now, and the first one checked with whether it was right. */
  claims: Record<string, { choice: string | null; first: string | null; firstRight: boolean | null }>;
  /** Activity 3: the source picked, the answers, and whether the student compared with our notes. */
  lateral: { source: string | null; answers: Record<string, string>; checked: boolean };
  /** Exit ticket answers. */
  exit: Record<string, string>;
}

export function emptyStudentProgress(): StudentProgress {
  return { name: '', klass: '', spots: {}, headers: { answers: {}, marks: [], checked: false, firstRight: null }, claims: {}, lateral: { source: null, answers: {}, checked: false }, exit: {} };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_ANSWER) : '');
const texts = (v: unknown): Record<string, string> =>
  isObj(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string').map(([k, x]) => [k, str(x)])) : {};
const orNull = <T>(v: unknown, ok: (x: unknown) => x is T): T | null => (ok(v) ? v : null);
const isString = (x: unknown): x is string => typeof x === 'string';
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** Reads stored work; anything missing or malformed becomes empty rather than breaking the page. */
export function parseStudentProgress(json: string | null): StudentProgress {
  const out = emptyStudentProgress();
  let r: unknown;
  try {
    r = json ? JSON.parse(json) : null;
  } catch {
    return out;
  }
  if (!isObj(r)) return out;
  out.name = str(r.name);
  out.klass = str(r.klass);
  if (isObj(r.spots)) for (const [id, v] of Object.entries(r.spots)) if (isObj(v)) out.spots[id] = { text: str(v.text), locked: v.locked === true };
  if (isObj(r.headers)) {
    const h = r.headers;
    out.headers = {
      answers: texts(h.answers),
      marks: Array.isArray(h.marks) ? [...new Set(h.marks.filter(isCount))] : [],
      checked: h.checked === true,
      firstRight: orNull(h.firstRight, isCount),
    };
  }
  if (isObj(r.claims)) {
    for (const [id, v] of Object.entries(r.claims)) {
      if (isObj(v)) out.claims[id] = { choice: orNull(v.choice, isString), first: orNull(v.first, isString), firstRight: orNull(v.firstRight, isBool) };
    }
  }
  if (isObj(r.lateral)) out.lateral = { source: orNull(r.lateral.source, isString), answers: texts(r.lateral.answers), checked: r.lateral.checked === true };
  out.exit = texts(r.exit);
  return out;
}

/** The lesson's questions and labels, as the page knows them (read from its own markup). */
export interface LessonOutline {
  title: string;
  spots: Array<{ id: string; title: string }>;
  headerQuestions: Array<{ id: string; question: string }>;
  headerFieldCount: number;
  claims: Array<{ id: string; claim: string }>;
  levels: Record<string, string>;
  lateral: { questions: Array<{ id: string; question: string }>; sources: Record<string, string> };
  exit: Array<{ id: string; question: string }>;
}

export interface FirstTryScore {
  claimsRight: number;
  claimsChecked: number;
  claimsTotal: number;
  headerRight: number | null;
  headerTotal: number;
}

export function firstTryScore(p: StudentProgress, o: LessonOutline): FirstTryScore {
  const checked = o.claims.map((c) => p.claims[c.id]).filter((c) => c?.first);
  return {
    claimsRight: checked.filter((c) => c?.firstRight).length,
    claimsChecked: checked.length,
    claimsTotal: o.claims.length,
    headerRight: p.headers.firstRight,
    headerTotal: o.headerFieldCount,
  };
}

/** One line for the score, e.g. "Claims: 6 of 8 right on the first try (8 checked). Header: 10 of 11 lines right on the first try." */
export function scoreLine(s: FirstTryScore): string {
  const claims = `Claims: ${s.claimsRight} of ${s.claimsTotal} right on the first try (${s.claimsChecked} checked).`;
  const header = s.headerRight === null ? 'Header: not checked yet.' : `Header: ${s.headerRight} of ${s.headerTotal} lines right on the first try.`;
  return `${claims} ${header}`;
}

const answer = (text: string | undefined): string => (text?.trim() ? text.trim().replace(/\s+/g, ' ') : '(no answer)');

/** The student's work as plain text: name, class, date, first-try score and every written answer. */
export function answersText(p: StudentProgress, o: LessonOutline, date: string): string {
  const lines: string[] = [`${o.title}: my answers`, `Name: ${p.name.trim() || '(not given)'}`, `Class: ${p.klass.trim() || '(not given)'}`, `Date: ${date}`];
  lines.push(`First-try score: ${scoreLine(firstTryScore(p, o))}`, '', 'Activity 1A: Read the email (what I thought first)');
  o.spots.forEach((s, i) => lines.push(`${i + 1}. ${s.title}: ${answer(p.spots[s.id]?.text)}`));
  lines.push('', 'Activity 1B: Read the headers');
  o.headerQuestions.forEach((q, i) => lines.push(`${i + 1}. ${q.question} ${answer(p.headers.answers[q.id])}`));
  const marks = [...p.headers.marks].sort((a, b) => a - b).map((m) => m + 1);
  lines.push(`Header lines I ticked as the sender’s: ${marks.length ? marks.join(', ') : '(none)'}`, '', 'Activity 2: Who says so, and how do they know?');
  o.claims.forEach((c, i) => {
    const k = p.claims[c.id];
    const first = k?.first ? `${o.levels[k.first] ?? k.first}${k.firstRight === null ? '' : k.firstRight ? ' (right)' : ' (not right)'}` : '(not checked)';
    lines.push(`${i + 1}. “${c.claim}” First try: ${first}`);
  });
  const source = p.lateral.source ? (o.lateral.sources[p.lateral.source] ?? p.lateral.source) : '(none picked)';
  lines.push('', `Activity 3: Read laterally. Source: ${source}`);
  o.lateral.questions.forEach((q) => lines.push(`${q.question} ${answer(p.lateral.answers[q.id])}`));
  lines.push('', 'Exit ticket');
  o.exit.forEach((q, i) => lines.push(`${i + 1}. ${q.question} ${answer(p.exit[q.id])}`));
  return lines.join('\n');
}
