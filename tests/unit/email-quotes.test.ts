// Every text in data/ presented as a quotation of the email is found verbatim in one of the versions publishers printed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmailFile, emailTexts, isVerbatimIn, normaliseQuote } from '../../src/lib/data/email';

const email = EmailFile.parse(JSON.parse(readFileSync('data/email.json', 'utf8')));
const TEXTS = emailTexts(email);

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
}

/** Text inside curly double quotes (“…”), and whole fields that hold a quotation of the email. */
function quotations(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '').filter((q) => q.trim().length > 0);
}

const words = (t: string) => normaliseQuote(t).toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(' ').filter(Boolean);

/** Longest common subsequence of words: how many of the quotation's words the text has, in order. */
function wordOverlap(quote: string, text: string): number {
  const a = words(quote);
  const b = words(text);
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) cur.push(wa === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, cur[j] ?? 0));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Whether a quotation reads as the email's words: at least three and half of its words, in order, are the email's. */
function looksLikeTheEmail(quote: string): boolean {
  const n = words(quote).length;
  return TEXTS.some((t) => {
    const shared = wordOverlap(quote, t);
    return shared >= 3 && shared >= n / 2;
  });
}

/** Fields whose whole text is presented as the email (the classroom's email, if it holds its own copy). */
const WHOLE_FIELD = /^classroom\.email\.body\[\d+\]\.text$/;

function emailQuotationsIn(file: string): Array<{ path: string; quote: string }> {
  const found: Array<{ path: string; text: string }> = [];
  strings(JSON.parse(readFileSync(`data/${file}`, 'utf8')), file.replace('.json', ''), found);
  return found.flatMap(({ path, text }) => {
    const qs = WHOLE_FIELD.test(path) ? [text.replace(/^\[.*\]$/, '')].filter(Boolean) : quotations(text).filter(looksLikeTheEmail);
    return qs.map((quote) => ({ path, quote }));
  });
}

const FILES = readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'email.json');

describe('quotations of the email', () => {
  it('the detector sees a back-translation as a quotation of the email, and a verbatim quote as verbatim', () => {
    expect(looksLikeTheEmail('otherwise we will follow you')).toBe(true);
    expect(looksLikeTheEmail('We have all the information about you')).toBe(true);
    expect(looksLikeTheEmail('You are registered as a Democrat')).toBe(true);
    expect(looksLikeTheEmail('If you receive an intimidating or manipulative email in your inbox, don’t be alarmed and do not spread it')).toBe(false);
    expect(looksLikeTheEmail('your vote IS secret')).toBe(false);
    expect(isVerbatimIn('You will vote for Trump on Election Day or we will come after you.', TEXTS)).toBe(true);
    expect(isVerbatimIn('we have gained access into … voting infrastructure', TEXTS)).toBe(true);
    expect(isVerbatimIn('otherwise we will follow you', TEXTS)).toBe(false);
  });

  it.each(FILES)('in data/%s, each is found verbatim in a printed version', (file) => {
    const bad = emailQuotationsIn(file).filter(({ quote }) => !isVerbatimIn(quote, TEXTS));
    expect(bad.map((b) => `${b.path}: “${b.quote}”`)).toEqual([]);
  });

  it('covers the classroom’s files: the lesson and the teacher guide, whose quotations of the email are checked above', () => {
    expect(FILES).toEqual(expect.arrayContaining(['classroom.json', 'classroom-guide.json']));
    // The lesson quotes the email in its spots and marks; the check above must have something to check there.
    expect(emailQuotationsIn('classroom.json').length).toBeGreaterThanOrEqual(4);
  });

  it('the story’s own email figure and every printing are real pieces of the text (no empty or invented part)', () => {
    for (const v of email.versions) for (const p of v.printings) for (const part of p.parts) expect(part.trim().length).toBeGreaterThan(1);
    expect(TEXTS).toContain('Vote for Trump or else!');
  });
});
