// Activity 1B: the reconstructed header cut into fields, joined with the lesson's line-by-line key and the journey
// the header reader's own parser finds in it, so the paper key and the on-screen check can never disagree with it.
import { readHeaders } from '../email';
import type { HeaderExample } from '../data/examples';
import type { HeaderField } from './schema';

/** One header field as written: its name and its physical lines (folded lines start with white space). */
export interface RawField {
  name: string;
  lines: string[];
  /** 1-based number of its first line in the header block. */
  firstLine: number;
}

/** Cuts header lines into fields. A line that starts with a space or tab continues the field above it. */
export function headerFields(lines: readonly string[]): RawField[] {
  const fields: RawField[] = [];
  lines.forEach((line, i) => {
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.lines.push(line);
      return;
    }
    const name = /^([!-9;-~]+):/.exec(line)?.[1] ?? '';
    fields.push({ name, lines: [line], firstLine: i + 1 });
  });
  return fields;
}

/** One hop of the journey, in travel order (the bottom Received line first). */
export interface KeyHop {
  /** The name the sending server gave itself. */
  from: string;
  /** The address the receiving server saw, if any. */
  ip: string | null;
  /** Whether that address is reserved for examples (a stand-in). */
  ipIsExample: boolean;
  /** The receiving server. */
  by: string;
  /** The time as the line wrote it, e.g. "Tue, 20 Oct 2020 19:12:41 -0400". */
  when: string;
}

/** A header field with its key. */
export interface KeyField extends RawField, HeaderField {
  /** 1-based position of this field among the Received lines, counted from the bottom (the travel order), if it is one. */
  hop: number | null;
}

export interface HeaderKey {
  fields: KeyField[];
  hops: KeyHop[];
  /** The From line's address, and the Return-Path's, as the parser reads them. */
  fromAddress: string;
  returnPath: string | null;
}

/** Joins the example's fields with the lesson's key, in order; null when the names do not match one for one. */
export function buildHeaderKey(example: Pick<HeaderExample, 'headers'>, key: readonly HeaderField[]): HeaderKey | null {
  const raw = headerFields(example.headers);
  if (raw.length !== key.length || raw.some((f, i) => f.name.toLowerCase() !== key[i]!.name.toLowerCase())) return null;
  const report = readHeaders(`${example.headers.join('\n')}\n\n`);
  if (!report.ok) return null;
  const receivedCount = raw.filter((f) => f.name.toLowerCase() === 'received').length;
  let seen = 0;
  const fields = raw.map((f, i) => {
    const isReceived = f.name.toLowerCase() === 'received';
    if (isReceived) seen++;
    return { ...f, ...key[i]!, hop: isReceived ? receivedCount - seen + 1 : null };
  });
  const hops = report.hops.map((h) => ({
    from: h.fromClaimed ?? h.fromSeen ?? '',
    ip: h.ip?.address ?? null,
    ipIsExample: h.ip?.class === 'documentation',
    by: h.by ?? '',
    when: h.raw.slice(h.raw.lastIndexOf(';') + 1).trim(),
  }));
  return { fields, hops, fromAddress: report.from?.address ?? '', returnPath: report.returnPath?.address ?? null };
}
