// A small linear tokenizer for structured header values: words, (nested comments), "quoted strings", special characters.

/** One token; `spaced` tells whether whitespace came before it. */
export type Token =
  | { kind: 'atom'; text: string; spaced: boolean }
  | { kind: 'comment'; text: string; spaced: boolean }
  | { kind: 'quoted'; text: string; spaced: boolean }
  | { kind: 'special'; text: string; spaced: boolean };

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** Reads a comment starting at `start` ('('); nesting and backslash escapes allowed; an unclosed one runs to the end. */
function readComment(s: string, start: number): { text: string; end: number } {
  let depth = 0;
  let i = start;
  let text = '';
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\' && i + 1 < s.length) {
      text += s.charAt(++i);
      continue;
    }
    if (c === '(') {
      if (++depth > 1) text += c;
    } else if (c === ')') {
      if (--depth === 0) return { text, end: i + 1 };
      text += c;
    } else text += c;
  }
  return { text, end: i };
}

/** Reads a quoted string starting at `start` ('"'); an unclosed one runs to the end. */
function readQuoted(s: string, start: number): { text: string; end: number } {
  let text = '';
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\' && i + 1 < s.length) text += s.charAt(++i);
    else if (c === '"') return { text, end: i + 1 };
    else text += c;
  }
  return { text, end: s.length };
}

/**
 * Splits a header value into tokens in one pass. `specials` are single characters returned on
 * their own (e.g. ';='); `quotes` turns "…" into one token (off for Received, where a stray
 * quote would swallow the rest of the line). Stops after `maxTokens`.
 */
export function lex(s: string, specials: string, quotes = true, maxTokens = 5000): Token[] {
  const out: Token[] = [];
  let i = 0;
  let spaced = false;
  while (i < s.length && out.length < maxTokens) {
    const c = s.charAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    if (c === '(' || (c === '"' && quotes)) {
      const r = c === '(' ? readComment(s, i) : readQuoted(s, i);
      out.push({ kind: c === '(' ? 'comment' : 'quoted', text: r.text.trim(), spaced });
      i = r.end;
    } else if (specials.includes(c) || c === ')') {
      out.push({ kind: 'special', text: c, spaced });
      i++;
    } else {
      let j = i;
      while (j < s.length) {
        const d = s.charAt(j);
        if (isSpace(d) || d === '(' || d === ')' || (d === '"' && quotes) || specials.includes(d)) break;
        j++;
      }
      out.push({ kind: 'atom', text: s.slice(i, j), spaced });
      i = j;
    }
    spaced = false;
  }
  return out;
}

/** Splits tokens at a special character (e.g. ';'), dropping the separators. */
export function splitTokens(tokens: readonly Token[], separator: string): Token[][] {
  const groups: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'special' && t.text === separator) groups.push([]);
    else groups[groups.length - 1]?.push(t);
  }
  return groups;
}

/** A `key=value` pair read from tokens. */
export interface Pair {
  key: string;
  value: string;
}

/**
 * Reads `key=value` pairs (and bare words, as pairs with an empty value) from a token list.
 * A value is the token after '=' plus any tokens glued to it without space (so base64 "ab=" stays
 * whole). Comments are collected separately.
 */
export function readPairs(tokens: readonly Token[]): { pairs: Pair[]; bare: string[]; comments: string[] } {
  const pairs: Pair[] = [];
  const bare: string[] = [];
  const comments: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === 'comment') {
      if (t.text) comments.push(t.text);
      continue;
    }
    const next = tokens[i + 1];
    if (t.kind !== 'atom' || next?.kind !== 'special' || next.text !== '=') {
      if (t.kind === 'atom' || t.kind === 'quoted') bare.push(t.text);
      continue;
    }
    let j = i + 2;
    let value = '';
    const first = tokens[j];
    if (first && (first.kind === 'atom' || first.kind === 'quoted')) {
      value = first.text;
      j++;
      for (let g = tokens[j]; g && !g.spaced && g.kind !== 'comment'; g = tokens[++j]) value += g.text;
    }
    pairs.push({ key: t.text, value });
    i = j - 1;
  }
  return { pairs, bare, comments };
}
