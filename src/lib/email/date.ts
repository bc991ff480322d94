// Dates in mail headers: RFC 5322 ("Tue, 20 Oct 2020 07:01:02 -0700 (PDT)"), its obsolete forms, asctime and ISO 8601.

/** A parsed date: milliseconds since 1970 (UTC) and the written offset from UTC in minutes (null if unstated). */
export interface ParsedDate {
  ms: number;
  utcOffsetMinutes: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
// RFC 5322 4.3 obsolete zone names, plus UTC; military letters count as -0000 (unknown).
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

/** Removes (comments), including nested ones, in one pass. */
function stripComments(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

function zoneOffset(word: string): number | null | undefined {
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(word);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (minutes > 14 * 60 + 59) return undefined;
    return m[1] === '-' && minutes > 0 ? -minutes : minutes;
  }
  const key = word.toLowerCase();
  if (Object.hasOwn(ZONES, key)) return ZONES[key];
  return /^[a-ik-z]$/i.test(word) ? null : undefined;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  if (y.length === 3) return n + 1900; // RFC 5322 4.3
  return n < 50 ? 2000 + n : 1900 + n;
}

function build(year: number, month: number, day: number, time: string, offset: number | null): ParsedDate | null {
  const t = /^(\d\d?):(\d\d)(?::(\d\d))?$/.exec(time);
  if (!t || month < 0 || day < 1 || day > 31 || year < 1970 || year > 9999) return null;
  const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? '0')];
  if (h > 23 || mi > 59 || s > 60) return null;
  const ms = Date.UTC(year, month, day, h, mi, Math.min(s, 59)) - (offset ?? 0) * 60000;
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null; // e.g. 31 Feb
  return { ms, utcOffsetMinutes: offset };
}

/** "[Day,] DD Mon YYYY HH:MM[:SS] zone" and asctime "Day Mon DD HH:MM:SS YYYY". */
function parseWords(words: string[]): ParsedDate | null {
  if (words[0] && DAYS.has(words[0].slice(0, 3).toLowerCase()) && !/\d/.test(words[0])) words.shift();
  const [a, b, c, d, e] = words;
  if (!a || !b || !c || !d) return null;
  const monthOf = (w: string): number => MONTHS.indexOf(w.slice(0, 3).toLowerCase());
  if (/^\d{1,2}$/.test(a) && /^\d{2,4}$/.test(c)) {
    const offset = e === undefined ? null : zoneOffset(e);
    if (offset === undefined) return null;
    return build(fullYear(c), monthOf(b), Number(a), d, offset);
  }
  if (monthOf(a) >= 0 && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(d)) return build(Number(d), monthOf(a), Number(b), c, 0);
  return null;
}

/** "2020-10-20T07:01:02Z", "2020-10-20 07:01:02+02:00". */
function parseIso(s: string): ParsedDate | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d{1,9})?(Z|[+-]\d\d:?\d\d)?$/i.exec(s);
  if (!m) return null;
  const offset = m[5] ? zoneOffset(m[5]) : 0;
  if (offset === undefined) return null;
  return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4] ?? '', offset);
}

/** Parses a header date; null when it is not one. Never throws; linear in the input. */
export function parseMailDate(text: string): ParsedDate | null {
  if (text.length > 200) return null;
  const s = stripComments(text).trim();
  const iso = parseIso(s);
  if (iso) return iso;
  const words = s.split(/[\s,]+/).filter(Boolean);
  return words.length > 7 ? null : parseWords(words);
}
