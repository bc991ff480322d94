// Turns parsed headers into the report: addresses, the journey, authentication; flags come last (after any country lookups).
import type { Address } from 'postal-mime';
import { summarizeAuth } from './auth';
import { parseMailDate } from './date';
import { displayNameFlags, INVISIBLE } from './displayname';
import { domainOf, orgDomain } from './domain';
import { messageFlags, sortFlags } from './flags';
import type { HeaderSource, RawHeader } from './headers';
import { buildHops, originatingIp } from './hops';
import { MAX_AUTH_HEADERS, MAX_HOPS } from './limits';
import { parseReceivedSpf } from './receivedspf';
import { sanitizeDeep } from './sanitize';
import type { AddressInfo, DateInfo, EnvelopeSender, HeaderReport, Notice, RelatedAddress } from './types';
import { NOTICE_TEXT } from './words';

/** The report before flags, plus the From display name as decoded (before invisible characters were removed). */
export interface ReportCore extends Omit<HeaderReport, 'flags'> {
  rawDisplayName: string;
}

const firstValue = (headers: RawHeader[], key: string): string | undefined => headers.find((h) => h.key === key)?.value;

function addressInfo(a: Address | undefined, raw: string): AddressInfo | null {
  if (!a) return null;
  const box = a.group ? a.group[0] : a;
  const address = (box?.address ?? '').trim();
  const domain = domainOf(address);
  const displayName = a.name.replace(INVISIBLE, '').trim();
  return { displayName, address, domain, orgDomain: orgDomain(domain), raw };
}

function related(info: AddressInfo | null, fromOrg: string | null): RelatedAddress | null {
  if (!info) return null;
  return { ...info, sameOrgAsFrom: info.orgDomain && fromOrg ? info.orgDomain === fromOrg : null };
}

function plainAddress(address: string | undefined, raw: string, fromOrg: string | null): RelatedAddress | null {
  return address ? related(addressInfo({ name: '', address }, raw), fromOrg) : null;
}

function envelopeSender(s: HeaderSource, returnPath: RelatedAddress | null, spfDomain: string | null, fromOrg: string | null): EnvelopeSender | null {
  if (returnPath) return { ...returnPath, source: 'return-path' };
  const spfValue = firstValue(s.headers, 'received-spf');
  const envelopeFrom = spfValue ? parseReceivedSpf(spfValue).envelopeFrom : null;
  const fromSpf = plainAddress(envelopeFrom ?? undefined, spfValue ?? '', fromOrg);
  if (fromSpf) return { ...fromSpf, source: 'received-spf' };
  const fromAr = spfDomain ? related({ displayName: '', address: spfDomain, domain: spfDomain, orgDomain: orgDomain(spfDomain), raw: spfDomain }, fromOrg) : null;
  return fromAr ? { ...fromAr, source: 'authentication-results' } : null;
}

function dateInfo(raw: string | undefined): DateInfo | null {
  if (raw === undefined) return null;
  const parsed = parseMailDate(raw);
  return { raw, iso: parsed ? new Date(parsed.ms).toISOString() : null, utcOffsetMinutes: parsed?.utcOffsetMinutes ?? null };
}

function capNotices(headers: RawHeader[], skipped: number, kept: number): Notice[] {
  const out: Notice[] = [];
  if (skipped) out.push({ id: 'hops-capped', message: NOTICE_TEXT.hopsCapped(kept, skipped) });
  const counts = ['authentication-results', 'arc-authentication-results', 'received-spf', 'dkim-signature'].map((k) => headers.filter((h) => h.key === k).length);
  if (counts.some((c) => c > MAX_AUTH_HEADERS)) out.push({ id: 'results-capped', message: NOTICE_TEXT.resultsCapped(MAX_AUTH_HEADERS) });
  return out;
}

/** Everything except the flags. `notices` and `bytes` come from reading the input. */
export function buildCore(s: HeaderSource, notices: Notice[], bytes: number): ReportCore {
  const h = s.headers;
  const from = addressInfo(s.from, firstValue(h, 'from') ?? '');
  const fromOrg = from?.orgDomain ?? null;
  const receivedAt = h.flatMap((x, at) => (x.key === 'received' ? [at] : []));
  const journey = buildHops(receivedAt.map((at) => h[at]?.value ?? ''), from?.domain ?? null, MAX_HOPS);
  const kept = journey.hops.length;
  // Results written by the recipient's provider sit above the last Received line written before it (hop entryHop - 1).
  const outsideAt = journey.entryHop ? (receivedAt[kept - journey.entryHop] ?? null) : null;
  const auth = summarizeAuth(h, from?.domain ?? null, outsideAt);
  const returnPath = plainAddress(s.returnPath, firstValue(h, 'return-path') ?? '', fromOrg);
  const spfDomain = auth.spf?.domainSource === 'smtp.mailfrom' ? auth.spf.domain : null;
  return {
    ok: true,
    from,
    fromHeaderCount: h.filter((x) => x.key === 'from').length,
    returnPath,
    replyTo: s.replyTo.flatMap((a) => related(addressInfo(a, firstValue(h, 'reply-to') ?? ''), fromOrg) ?? []),
    sender: related(addressInfo(s.sender, firstValue(h, 'sender') ?? ''), fromOrg),
    envelopeSender: envelopeSender(s, returnPath, spfDomain, fromOrg),
    subject: s.subject ?? null,
    date: dateInfo(firstValue(h, 'date')),
    messageId: firstValue(h, 'message-id') || null,
    hops: journey.hops,
    hopsSkipped: journey.skipped,
    originHop: journey.originHop,
    entryHop: journey.entryHop,
    originatingIp: originatingIp(firstValue(h, 'x-originating-ip')),
    auth,
    notices: [...notices, ...capNotices(h, journey.skipped, kept)],
    stats: { inputBytes: bytes, headerCount: h.length, receivedCount: receivedAt.length },
    rawDisplayName: s.from && !s.from.group ? s.from.name : '',
  };
}

/** Adds the flags and cleans every string. */
export function finishReport(core: ReportCore, expectedCountry: string | null): HeaderReport {
  const { rawDisplayName, ...rest } = core;
  const flags = [
    ...(core.from ? displayNameFlags(core.from, rawDisplayName) : []),
    ...messageFlags({ ...core, expectedCountry }),
  ];
  return sanitizeDeep({ ...rest, flags: sortFlags(flags) });
}
