// Turns what the reader pasted or dropped into a header block: size and binary checks, decoding, mbox and web-page clean-up.
import { BINARY_SNIFF_BYTES } from './limits';
import type { Notice, ReadFailure } from './types';
import { ERROR_TEXT, NOTICE_TEXT } from './words';

/** The header block found in the input, the body after it, and notes about how it was found. */
export interface PreparedInput {
  headerBlock: string;
  body: string;
  notices: Notice[];
  bytes: number;
}

export const failure = (code: ReadFailure['code'], message: string, limitBytes: number | null = null): ReadFailure => ({
  ok: false,
  code,
  message,
  limitBytes,
});

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

const MAGIC: readonly [bytes: readonly number[], kind: string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'Outlook .msg'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x1f, 0x8b], 'compressed (gzip)'],
];

/** Whether the first bytes/characters look binary: a NUL, or more than 5% control characters. */
function looksBinary(codeAt: (i: number) => number, length: number): boolean {
  const n = Math.min(length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) controls++;
  }
  return n > 0 && controls / n > 0.05;
}

/** Decodes bytes as UTF-8, falling back to Windows-1252 when they are not valid UTF-8. */
function decodeBytes(bytes: Uint8Array): { text: string; notUtf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notUtf8: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notUtf8: true };
  }
}

/** Checks size and content and returns the text, or a failure. Never throws. */
export function decodeInput(input: unknown, limit: number): { text: string; bytes: number; notices: Notice[] } | ReadFailure {
  if (typeof input === 'string') {
    if (input.length > limit || utf8Length(input) > limit) return failure('too-large', ERROR_TEXT.tooLarge(limit), limit);
    if (looksBinary((i) => input.charCodeAt(i), input.length)) return failure('binary', ERROR_TEXT.binary(null));
    return { text: input, bytes: utf8Length(input), notices: [] };
  }
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : null;
  if (!bytes) return failure('unsupported-input', ERROR_TEXT.unsupported);
  if (bytes.length > limit) return failure('too-large', ERROR_TEXT.tooLarge(limit), limit);
  const magic = MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b));
  if (magic) return failure('binary', ERROR_TEXT.binary(magic[1]));
  if (looksBinary((i) => bytes[i] ?? 0, bytes.length)) return failure('binary', ERROR_TEXT.binary(null));
  const { text, notUtf8 } = decodeBytes(bytes);
  return { text, bytes: bytes.length, notices: notUtf8 ? [{ id: 'not-utf8', message: NOTICE_TEXT.notUtf8 }] : [] };
}

/** A header line: a field name (printable ASCII, no spaces or colon) then a colon. */
export const isHeaderLine = (line: string): boolean => /^[!-9;-~]{1,76}:/.test(line);

/** Drops a Gmail "Show original" summary and any non-header lines before the first header. */
function skipLeading(lines: string[], notices: Notice[]): number {
  const top = lines.slice(0, 60);
  const gmail = top.findLastIndex((l) => /^\s*(?:Download Original|Copy to clipboard)\b/i.test(l));
  let start = gmail >= 0 ? gmail + 1 : 0;
  if (gmail >= 0) notices.push({ id: 'gmail-page', message: NOTICE_TEXT.gmailPage });
  while (start < lines.length && !(lines[start] ?? '').trim()) start++;
  const first = lines.findIndex((l, i) => i >= start && i < start + 200 && isHeaderLine(l.trimStart()));
  if (first < 0) return start;
  const skipped = lines.slice(start, first).filter((l) => l.trim()).length;
  if (skipped && gmail < 0) notices.push({ id: 'leading-text', message: NOTICE_TEXT.leadingText(skipped) });
  return first;
}

/** Removes the indentation of a paste where every line was indented (copied from a viewer). */
function dedent(lines: string[], start: number): void {
  const indent = /^[ \t]*/.exec(lines[start] ?? '')?.[0].length ?? 0;
  if (!indent) return;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let k = 0;
    while (k < indent && (line[k] === ' ' || line[k] === '\t')) k++;
    lines[i] = line.slice(k);
  }
}

const isMboxLine = (line: string | undefined): boolean => /^From [^\s:]/.test(line ?? '');

/** Cuts an mbox file after its first message (the "From " line at `start` is dropped); notes how many it holds. */
function cutMbox(lines: string[], start: number, notices: Notice[]): { start: number; end: number } {
  let count = 1;
  let end = lines.length;
  for (let i = start + 1; i < lines.length && count < 10000; i++) {
    if ((lines[i] ?? '').startsWith('From ') && !(lines[i - 1] ?? '').trim()) {
      if (count === 1) end = i;
      count++;
    }
  }
  if (count > 1) notices.push({ id: 'mbox', message: NOTICE_TEXT.mbox(count, count >= 10000) });
  return { start: start + 1, end };
}

/** Finds the header block in decoded text. Linear in the input. */
export function prepareText(text: string, bytes: number, notices: Notice[]): PreparedInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let start = lines.findIndex((l) => l.trim());
  let end = lines.length;
  if (start >= 0 && isMboxLine(lines[start])) ({ start, end } = cutMbox(lines, start, notices));
  else {
    start = skipLeading(lines, notices);
    dedent(lines, start);
  }
  let blank = Math.max(start, 0);
  while (blank < end && (lines[blank] ?? '').trim()) blank++;
  const headerBlock = lines.slice(Math.max(start, 0), blank).join('\n');
  const body = lines.slice(Math.min(blank + 1, end), end).join('\n');
  return { headerBlock, body, notices, bytes };
}
