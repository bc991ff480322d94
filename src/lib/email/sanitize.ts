// Makes every output string safe to hold as data: control and direction-changing characters removed, long values cut.
import { MAX_FIELD_CHARS } from './limits';

// C0/C1 controls become spaces; bidi controls, zero-width spaces, word joiners and BOMs are dropped.
// Zero-width (non-)joiners U+200C/U+200D stay: emoji sequences and some scripts need them.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
const INVISIBLES = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Cleans one string. */
export function cleanString(s: string, max = MAX_FIELD_CHARS): string {
  let out = s.replace(CONTROLS, ' ').replace(INVISIBLES, '');
  if (out.length > max) {
    out = out.slice(0, max - 1);
    const last = out.charCodeAt(out.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
    out += '…';
  }
  return out;
}

/** Cleans every string in a tree of plain objects and arrays (the report), returning a new tree. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanString(value) as T; // T is string here
  if (Array.isArray(value)) return value.map((v: unknown) => sanitizeDeep(v)) as T; // same shape, cleaned
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeDeep(v);
    return out as T; // same keys, cleaned values
  }
  return value;
}
