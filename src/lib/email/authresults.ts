// Parses Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) header values.
import { MAX_RESULTS_PER_HEADER } from './limits';
import { lex, readPairs, splitTokens, type Token } from './lexer';

/** One `method=result` entry with its properties. */
export interface MethodResult {
  /** Lower-cased method, e.g. 'spf', 'dkim', 'dmarc', 'arc', 'compauth'. */
  method: string;
  /** Method version after a slash (e.g. 'dkim/1'), or null. */
  methodVersion: string | null;
  /** Lower-cased result word as written, e.g. 'pass', 'bestguesspass'. */
  result: string;
  /** reason= value, or null. */
  reason: string | null;
  /** Comments in the entry, joined with '; ', or null. */
  comment: string | null;
  /** Every other key=value (e.g. smtp.mailfrom, header.d, action), keys lower-cased, in order. */
  properties: { name: string; value: string }[];
}

/** One header's content. */
export interface AuthResultsHeader {
  /** The reporting server's id (authserv-id), or null when the header starts with a result (Exchange Online). */
  authservId: string | null;
  /** The version after the authserv-id, or null. */
  version: string | null;
  /** ARC instance (i=) for ARC-Authentication-Results, else null. */
  instance: number | null;
  /** The results; empty for "none". */
  results: MethodResult[];
}

/** The value of a property (e.g. 'header.d'), or null. */
export function property(r: MethodResult, name: string): string | null {
  return r.properties.find((p) => p.name === name)?.value ?? null;
}

function parseResinfo(tokens: readonly Token[]): MethodResult | null {
  const { pairs, comments } = readPairs(tokens);
  const [head, ...rest] = pairs;
  if (!head || !head.value) return null;
  const slash = head.key.indexOf('/');
  const method = (slash >= 0 ? head.key.slice(0, slash) : head.key).toLowerCase();
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(method)) return null;
  const reason = rest.find((p) => p.key.toLowerCase() === 'reason')?.value ?? null;
  return {
    method,
    methodVersion: slash >= 0 ? head.key.slice(slash + 1) : null,
    result: head.value.toLowerCase(),
    reason,
    comment: comments.length ? comments.join('; ') : null,
    properties: rest.filter((p) => p.key.toLowerCase() !== 'reason').map((p) => ({ name: p.key.toLowerCase(), value: p.value })),
  };
}

const hasEquals = (tokens: readonly Token[]): boolean => tokens.some((t) => t.kind === 'special' && t.text === '=');

/** Reads "i=N" at the start of an ARC header; returns the instance and the remaining segments. */
function arcInstance(segments: Token[][]): { instance: number | null; rest: Token[][] } {
  const first = segments[0] ?? [];
  const pairs = readPairs(first).pairs;
  const i = pairs.length === 1 && pairs[0]?.key.toLowerCase() === 'i' ? Number(pairs[0].value) : NaN;
  return Number.isInteger(i) && i > 0 && i < 1000 ? { instance: i, rest: segments.slice(1) } : { instance: null, rest: segments };
}

/** Parses one (ARC-)Authentication-Results value. Never throws; malformed entries are skipped. Linear in the input. */
export function parseAuthResults(value: string, arc = false): AuthResultsHeader {
  const all = splitTokens(lex(value, ';=', true, 5000), ';');
  const { instance, rest: segments } = arc ? arcInstance(all) : { instance: null, rest: all };
  let authservId: string | null = null;
  let version: string | null = null;
  let start = 0;
  const first = segments[0] ?? [];
  if (!hasEquals(first)) {
    const words = first.filter((t) => t.kind === 'atom' || t.kind === 'quoted');
    authservId = words[0]?.text.toLowerCase() ?? null;
    version = words[1] && /^\d+$/.test(words[1].text) ? words[1].text : null;
    start = 1;
  }
  const results: MethodResult[] = [];
  for (const seg of segments.slice(start)) {
    if (results.length >= MAX_RESULTS_PER_HEADER) break;
    const r = parseResinfo(seg);
    if (r) results.push(r);
  }
  return { authservId, version, instance, results };
}
