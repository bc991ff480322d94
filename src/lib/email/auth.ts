// Gathers SPF, DKIM, DMARC and ARC results from every header, decides which to trust, and checks alignment with From.
import { parseAuthResults, property, type AuthResultsHeader, type MethodResult } from './authresults';
import { parseDkimSignature } from './dkimsig';
import { domainOf, normalizeHost, orgDomain, providerOrg } from './domain';
import type { RawHeader } from './headers';
import { MAX_AUTH_HEADERS } from './limits';
import { parseReceivedSpf } from './receivedspf';
import type { Alignment, AuthCheck, AuthDomainSource, AuthResultValue, AuthSummary } from './types';

const RESULTS: Record<string, AuthResultValue> = {
  pass: 'pass', fail: 'fail', hardfail: 'fail', softfail: 'softfail', neutral: 'neutral', none: 'none',
  temperror: 'temperror', permerror: 'permerror', policy: 'policy', bestguesspass: 'none', skipped: 'none', error: 'temperror',
};

/** Maps a result word to the RFC 8601 vocabulary. */
export const normalizeResult = (word: string): AuthResultValue =>
  Object.hasOwn(RESULTS, word) ? (RESULTS[word] ?? 'unknown') : 'unknown';

/** A domain from "user@example.com", "@example.com" or "example.com". */
const identityDomain = (v: string | null): string | null => (v ? (v.includes('@') ? domainOf(v) : normalizeHost(v)) : null);

function domainFor(r: MethodResult): { domain: string | null; source: AuthDomainSource | null } {
  const tries: [string, AuthDomainSource][] =
    r.method === 'spf' ? [['smtp.mailfrom', 'smtp.mailfrom'], ['smtp.helo', 'smtp.helo']]
    : r.method === 'dkim' ? [['header.d', 'header.d'], ['header.i', 'header.i']]
    : r.method === 'dmarc' ? [['header.from', 'header.from']]
    : [];
  for (const [name, source] of tries) {
    const domain = identityDomain(property(r, name));
    if (domain) return { domain, source };
  }
  return { domain: null, source: null };
}

function toCheck(r: MethodResult, h: AuthResultsHeader, source: AuthCheck['source'], trusted: boolean): AuthCheck {
  const { domain, source: domainSource } = domainFor(r);
  const policy = /\bp=([a-z]+)/i.exec(r.comment ?? '')?.[1] ?? property(r, 'policy.dmarc');
  return {
    method: r.method,
    result: normalizeResult(r.result),
    resultRaw: r.result,
    domain,
    domainSource,
    selector: r.method === 'dkim' ? property(r, 'header.s') : null,
    authservId: h.authservId,
    reason: r.reason,
    comment: r.comment,
    policy: r.method === 'dmarc' && policy ? policy.toLowerCase() : null,
    source,
    arcInstance: h.instance,
    trusted,
  };
}

interface Located<T> {
  at: number;
  value: T;
}

const located = (headers: RawHeader[], key: string): Located<string>[] =>
  headers.flatMap((h, at) => (h.key === key ? [{ at, value: h.value }] : [])).slice(0, MAX_AUTH_HEADERS);

/** Organisation of an authserv-id, so dmarc.icloud.com and spf.icloud.com count as one reporter. */
const reporter = (id: string | null): string | null => (id ? (providerOrg(id) ?? id) : null);

/** Trusted: same reporter as the topmost Authentication-Results, and above the last Received line written before the recipient's provider (`outsideAt`). */
function trustedResults(headers: RawHeader[], outsideAt: number | null): { checks: AuthCheck[]; ids: string[] } {
  const parsed = located(headers, 'authentication-results').map((l) => ({ at: l.at, value: parseAuthResults(l.value) }));
  const top = parsed[0];
  const checks: AuthCheck[] = [];
  const ids = new Set<string>();
  for (const p of parsed) {
    const trusted = !!top && reporter(p.value.authservId) === reporter(top.value.authservId) && (outsideAt === null || p.at < outsideAt);
    if (trusted && p.value.authservId) ids.add(p.value.authservId);
    for (const r of p.value.results) checks.push(toCheck(r, p.value, 'authentication-results', trusted));
  }
  return { checks, ids: [...ids] };
}

function arcResults(headers: RawHeader[]): AuthCheck[] {
  return located(headers, 'arc-authentication-results').flatMap((l) => {
    const h = parseAuthResults(l.value, true);
    return h.results.map((r) => toCheck(r, h, 'arc-authentication-results', false));
  });
}

function receivedSpf(headers: RawHeader[], outsideAt: number | null): AuthCheck[] {
  return located(headers, 'received-spf').map((l, i) => {
    const s = parseReceivedSpf(l.value);
    const domain = identityDomain(s.envelopeFrom) ?? normalizeHost(s.helo);
    return {
      method: 'spf', result: normalizeResult(s.result), resultRaw: s.result, domain,
      domainSource: s.envelopeFrom ? 'envelope-from' : s.helo ? 'smtp.helo' : null, selector: null,
      authservId: s.receiver, reason: null, comment: s.comment, policy: null, source: 'received-spf',
      arcInstance: null, trusted: i === 0 && (outsideAt === null || l.at < outsideAt),
    };
  });
}

function alignmentOf(checks: AuthCheck[], fromOrg: string | null): Alignment {
  const passed = checks.filter((c) => c.result === 'pass');
  if (!passed.length) return 'no-pass';
  return passed.some((c) => fromOrg !== null && orgDomain(c.domain) === fromOrg) ? 'aligned' : 'not-aligned';
}

function verdictOf(s: Omit<AuthSummary, 'verdict'>): AuthSummary['verdict'] {
  if (s.dmarc?.result === 'pass') return 'pass';
  if (s.dmarc?.result === 'fail') return 'fail';
  if (s.alignment.spf === 'aligned' || s.alignment.dkim === 'aligned') return 'pass';
  const failed = s.spf?.result === 'fail' || s.spf?.result === 'softfail' || s.dkim.some((c) => c.result === 'fail');
  return failed ? 'fail' : 'none';
}

/** The authentication summary. `outsideAt`: header index of the topmost Received line written outside the recipient's provider, or null. */
export function summarizeAuth(headers: RawHeader[], fromDomain: string | null, outsideAt: number | null): AuthSummary {
  const ar = trustedResults(headers, outsideAt);
  const spfHeaders = receivedSpf(headers, outsideAt);
  const all = [...ar.checks, ...arcResults(headers), ...spfHeaders];
  const trusted = ar.checks.filter((c) => c.trusted);
  const pick = (method: string): AuthCheck | null => trusted.find((c) => c.method === method) ?? null;
  const spf = pick('spf') ?? spfHeaders.find((c) => c.trusted) ?? null;
  const dkim = trusted.filter((c) => c.method === 'dkim');
  const fromOrg = orgDomain(fromDomain);
  const partial = {
    spf, dkim, dmarc: pick('dmarc'), arc: pick('arc'), all,
    trustedAuthservIds: ar.ids,
    dkimSignatures: located(headers, 'dkim-signature').map((l) => parseDkimSignature(l.value)),
    alignment: { spf: alignmentOf(spf ? [spf] : [], fromOrg), dkim: alignmentOf(dkim, fromOrg) },
  };
  return { ...partial, verdict: verdictOf(partial) };
}
