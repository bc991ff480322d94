// Builds the journey: Received lines in travel order, with IP classes, delays, and which hops are the recipient's own.
import { normalizeHost, providerOrg } from './domain';
import { classifyIp, formatIp, parseIp, type ParsedIp } from './ip';
import { MAX_HOPS } from './limits';
import { parseReceived } from './received';
import type { Hop, IpInfo } from './types';
import { IP_CLASS_TEXT } from './words';

/** IpInfo for a parsed address, before any country lookup. */
export function ipInfo(ip: ParsedIp): IpInfo {
  const cls = classifyIp(ip);
  return {
    address: formatIp(ip),
    version: ip.version,
    class: cls,
    classExplanation: IP_CLASS_TEXT[cls],
    country: null,
    countryName: null,
    countryStatus: cls === 'public' ? 'not-looked-up' : 'not-public',
  };
}

// Words in host names that internet providers use for home, mobile and dynamic lines.
const RESIDENTIAL = new Set(
  'dsl adsl vdsl xdsl dyn dynamic dynamicip dhcp pool ppp pppoe cable cpe customer cust res resi residential broadband bb home client user users ftth fttx fibre fiber mobile cell lte wireless wlan hsd dial dialup'.split(' '),
);

/** Whether a host name looks like a home/dynamic line: a provider keyword, or the address's numbers written into it. */
export function looksResidential(host: string | null, ip: IpInfo | null): boolean {
  if (!host || host.length > 253) return false;
  const words = host.toLowerCase().split(/[.\-_]+/);
  if (words.some((w) => RESIDENTIAL.has(w.replace(/\d+$/, '')))) return true;
  if (ip?.version !== 4) return false;
  const octets = ip.address.split('.');
  const numbers = new Set(host.split(/\D+/).filter(Boolean));
  return octets.every((o) => numbers.has(o)) && !host.toLowerCase().includes('mail');
}

function hopFrom(raw: string, index: number, fromDomain: string | null): Hop {
  const r = parseReceived(raw);
  const ip = r.ip ? ipInfo(r.ip) : null;
  const names = [r.fromSeen, r.fromClaimed].filter((n): n is string => !!n);
  const fromOrg = providerOrg(fromDomain);
  const related = fromOrg && names.length ? names.some((n) => providerOrg(n) === fromOrg) : null;
  return {
    index,
    fromClaimed: r.fromClaimed,
    fromSeen: r.fromSeen,
    ip,
    by: r.by,
    byComment: r.byComment,
    protocol: r.protocol,
    tls: r.tls,
    tlsDetail: r.tlsDetail,
    recipient: r.recipient,
    id: r.id,
    time: r.date ? new Date(r.date.ms).toISOString() : null,
    delaySeconds: null,
    clockSkew: false,
    relatedToFrom: related,
    residentialHint: looksResidential(r.fromSeen ?? r.fromClaimed, ip),
    mayBeForged: r.mayBeForged,
    submission: r.submission,
    byRecipient: false,
    raw,
  };
}

function addDelays(hops: Hop[]): void {
  for (let i = 1; i < hops.length; i++) {
    const [prev, hop] = [hops[i - 1], hops[i]];
    if (!prev?.time || !hop?.time) continue;
    hop.delaySeconds = Math.round((Date.parse(hop.time) - Date.parse(prev.time)) / 1000);
    hop.clockSkew = hop.delaySeconds < 0;
  }
}

/** Marks the top run of hops received by the recipient's organisation (that of the topmost named receiving server). */
function markRecipient(hops: Hop[]): void {
  const recipientOrg = [...hops].reverse().map((h) => providerOrg(h.by)).find((o) => o !== null);
  if (!recipientOrg) return;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    const org = providerOrg(hop.by);
    if (org !== null && org !== recipientOrg) break;
    hop.byRecipient = true;
  }
}

const external = (h: Hop): boolean => h.ip?.class === 'public' || h.ip?.class === 'documentation';

/** The journey from Received values (top header first), keeping the MAX_HOPS most recent. */
export function buildHops(received: string[], fromDomain: string | null, maxHops = MAX_HOPS) {
  const kept = received.slice(0, maxHops).reverse();
  const hops = kept.map((raw, i) => hopFrom(raw, i, fromDomain));
  addDelays(hops);
  markRecipient(hops);
  const firstExternal = hops.findIndex(external);
  const firstNamed = hops.findIndex((h) => h.ip || h.fromClaimed || h.fromSeen);
  const run = hops.filter((h) => h.byRecipient);
  const entry = run.find(external) ?? run[0];
  return {
    hops,
    skipped: Math.max(0, received.length - maxHops),
    originHop: firstExternal >= 0 ? firstExternal : firstNamed >= 0 ? firstNamed : null,
    entryHop: entry ? entry.index : null,
  };
}

/** The X-Originating-IP header's address (webmail services add the sender's own address there), or null. */
export function originatingIp(value: string | undefined): IpInfo | null {
  const ip = value ? parseIp(normalizeHost(value) ?? '') : null;
  return ip ? ipInfo(ip) : null;
}
