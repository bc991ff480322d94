// Red flags about authentication, addresses, the route and the dates, most serious first (display-name flags are in displayname.ts).
import { MAIL_SERVICES } from './brands';
import { countryOfDomain, orgLabel, providerOrg } from './domain';
import type { AddressInfo, AuthSummary, DateInfo, Hop, RedFlag, RelatedAddress, Severity } from './types';
import { countryName, FLAG_TEXT } from './words';

type Words = { title: string; explanation: string };
const flag = (id: RedFlag['id'], severity: Severity, words: Words): RedFlag => ({ id, severity, ...words });

/** What the flag builders look at. */
export interface FlagInput {
  from: AddressInfo | null;
  fromHeaderCount: number;
  returnPath: RelatedAddress | null;
  replyTo: RelatedAddress[];
  sender: RelatedAddress | null;
  hops: Hop[];
  originHop: number | null;
  entryHop: number | null;
  auth: AuthSummary;
  date: DateInfo | null;
  expectedCountry: string | null;
}

function authFlags({ auth, from, hops, entryHop }: FlagInput): RedFlag[] {
  const out: RedFlag[] = [];
  const fromDomain = from?.domain ?? null;
  if (auth.dmarc?.result === 'fail') out.push(flag('dmarc-fail', 'danger', FLAG_TEXT.dmarcFail(auth.dmarc.domain ?? fromDomain ?? '?', auth.dmarc.policy)));
  const passed = [...(auth.spf?.result === 'pass' ? [auth.spf] : []), ...auth.dkim.filter((c) => c.result === 'pass')];
  const notAligned = auth.alignment.spf !== 'aligned' && auth.alignment.dkim !== 'aligned' && passed.length > 0;
  // DMARC's own verdict wins: our organisational-domain rule is simpler than the receiver's.
  if (notAligned && fromDomain && auth.dmarc?.result !== 'fail' && auth.dmarc?.result !== 'pass') {
    const domains = [...new Set(passed.map((c) => c.domain).filter((d): d is string => !!d))];
    out.push(flag('not-aligned', 'warning', FLAG_TEXT.notAligned(fromDomain, domains)));
  }
  const spfDomain = auth.spf?.domain ?? fromDomain ?? '?';
  const deliveredBy = entryHop === null ? null : (hops[entryHop]?.ip?.address ?? null);
  if (auth.spf?.result === 'fail') out.push(flag('spf-fail', 'danger', FLAG_TEXT.spfFail(spfDomain, deliveredBy)));
  if (auth.spf?.result === 'softfail') out.push(flag('spf-softfail', 'warning', FLAG_TEXT.spfSoftfail(spfDomain)));
  return [...out, ...dkimFlags(auth)];
}

function dkimFlags(auth: AuthSummary): RedFlag[] {
  const anyPass = auth.dkim.some((c) => c.result === 'pass');
  const failed = auth.dkim.find((c) => c.result === 'fail' || c.result === 'permerror');
  if (failed && !anyPass) return [flag('dkim-fail', auth.verdict === 'pass' ? 'warning' : 'danger', FLAG_TEXT.dkimFail(failed.domain))];
  if (anyPass) return [];
  const signed = auth.dkimSignatures.find((s) => s.domain);
  if (signed?.domain && !auth.dkim.length) return [flag('dkim-unchecked', 'info', FLAG_TEXT.dkimUnchecked(signed.domain))];
  const unsigned = !signed || (auth.dkim.length > 0 && auth.dkim.every((c) => c.result === 'none'));
  return unsigned ? [flag('dkim-missing', 'warning', FLAG_TEXT.dkimMissing())] : [];
}

function reportFlags({ auth, hops }: FlagInput): RedFlag[] {
  const out: RedFlag[] = [];
  if (!auth.all.some((c) => c.trusted)) out.push(flag('no-auth-results', 'info', FLAG_TEXT.noAuthResults()));
  const others = auth.all.filter((c) => !c.trusted && c.source === 'authentication-results');
  if (others.length) out.push(flag('untrusted-results', 'info', FLAG_TEXT.untrustedResults([...new Set(others.map((c) => c.authservId ?? ''))].filter(Boolean))));
  if (!hops.length) out.push(flag('no-received', 'warning', FLAG_TEXT.noReceived()));
  else if (hops.length === 1 && !auth.all.length) out.push(flag('few-received', 'info', FLAG_TEXT.fewReceived()));
  return out;
}

function addressFlags({ from, fromHeaderCount, returnPath, replyTo, sender, auth }: FlagInput): RedFlag[] {
  if (!from) return [flag('missing-from', 'warning', FLAG_TEXT.missingFrom())];
  const out: RedFlag[] = [];
  if (fromHeaderCount > 1) out.push(flag('multiple-from', 'warning', FLAG_TEXT.multipleFrom(fromHeaderCount)));
  const fromDomain = from.domain ?? from.address;
  const reply = replyTo.find((r) => r.sameOrgAsFrom === false);
  if (reply) out.push(flag('reply-to-differs', 'warning', FLAG_TEXT.replyToDiffers(reply.address, fromDomain)));
  if (returnPath?.sameOrgAsFrom === false) {
    out.push(flag('return-path-differs', auth.verdict === 'pass' ? 'info' : 'warning', FLAG_TEXT.returnPathDiffers(returnPath.address, fromDomain)));
  }
  if (sender?.sameOrgAsFrom === false) out.push(flag('sender-differs', 'info', FLAG_TEXT.senderDiffers(sender.address, from.address)));
  return out;
}

const hostOf = (h: Hop): string => h.fromSeen ?? h.fromClaimed ?? h.ip?.address ?? '?';

function originFlags({ hops, originHop, from, auth, expectedCountry }: FlagInput): RedFlag[] {
  const origin = originHop === null ? undefined : hops[originHop];
  if (!origin || !from?.domain) return [];
  const out: RedFlag[] = [];
  const host = hostOf(origin);
  const service = [origin.fromSeen, origin.fromClaimed].some((n) => MAIL_SERVICES.includes(orgLabel(providerOrg(n)) ?? ''));
  // A log-in hop is a person handing mail to their own provider: the provider (`by`) is what must match.
  const viaOwnServer = origin.submission && providerOrg(origin.by) === providerOrg(from.domain);
  if (origin.residentialHint && !origin.submission) out.push(flag('origin-residential', 'warning', FLAG_TEXT.originResidential(host)));
  else if (origin.relatedToFrom === false && !viaOwnServer) {
    const severity: Severity = auth.verdict === 'pass' || service ? 'info' : 'warning';
    out.push(flag('origin-unrelated', severity, service ? FLAG_TEXT.originService(host, from.domain) : FLAG_TEXT.originUnrelated(host, from.domain)));
  }
  const ip = origin.ip;
  if (ip?.country) {
    const expected = expectedCountry ?? countryOfDomain(from.domain);
    if (expected && expected !== ip.country) {
      out.push(flag('origin-abroad', 'warning', FLAG_TEXT.originAbroad(countryName(ip.country), countryName(expected), ip.address, from.domain)));
    } else out.push(flag('origin-country', 'info', FLAG_TEXT.originCountry(countryName(ip.country), ip.address)));
  }
  return out;
}

function routeFlags({ hops }: FlagInput): RedFlag[] {
  const out: RedFlag[] = [];
  const forged = hops.find((h) => h.mayBeForged);
  if (forged) out.push(flag('may-be-forged', 'warning', FLAG_TEXT.mayBeForged(hostOf(forged))));
  if (hops.some((h) => h.ip?.class === 'documentation')) out.push(flag('example-addresses', 'info', FLAG_TEXT.exampleAddresses()));
  const skewed = hops.filter((h) => h.clockSkew && h.delaySeconds !== null && h.delaySeconds < -120);
  if (skewed.length) {
    const worst = Math.min(...skewed.map((h) => h.delaySeconds ?? 0));
    out.push(flag('dates-out-of-order', 'warning', FLAG_TEXT.datesOutOfOrder(skewed.length, worst)));
  }
  return out;
}

function dateFlags({ hops, date }: FlagInput): RedFlag[] {
  const first = hops.find((h) => h.time);
  if (!date?.iso || !first?.time) return [];
  const gap = (Date.parse(date.iso) - Date.parse(first.time)) / 1000;
  // Sent after the first server saw it (beyond clock error), or written more than two days before.
  const odd = gap > 15 * 60 || gap < -2 * 86400;
  return odd ? [flag('date-mismatch', 'info', FLAG_TEXT.dateMismatch(Math.round(gap)))] : [];
}

const RANK: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

/** Every flag except the display-name ones, unsorted. */
export function messageFlags(input: FlagInput): RedFlag[] {
  return [authFlags, reportFlags, addressFlags, originFlags, routeFlags, dateFlags].flatMap((f) => f(input));
}

/** Sorts flags most serious first (stable within a severity). */
export const sortFlags = (flags: RedFlag[]): RedFlag[] => [...flags].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
