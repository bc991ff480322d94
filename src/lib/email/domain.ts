// Domains: take them from addresses and host names, and reduce them to an organisation's domain.
//
// The organisational domain is found by a simple rule, not the full Public Suffix List (which is
// ~250 KB): the last two labels, or the last three when the last two are a known second-level
// suffix (co.uk, com.au …). Limitation: rarer suffixes (city.kawasaki.jp, k12.ca.us, blogspot.com,
// herokuapp.com …) are treated as organisations, so two unrelated sites under one of them look
// "related", and a three-label organisation under an unlisted suffix looks like its parent.
import { parseIp } from './ip';

const SECOND_LEVEL = new Set(
  (
    'co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk sch.uk nhs.uk police.uk ' +
    'com.au net.au org.au edu.au gov.au asn.au id.au co.nz org.nz net.nz govt.nz ac.nz school.nz ' +
    'co.jp ne.jp or.jp ac.jp go.jp ed.jp co.kr or.kr go.kr ac.kr ne.kr com.cn net.cn org.cn gov.cn edu.cn ' +
    'com.hk org.hk gov.hk edu.hk com.tw org.tw gov.tw edu.tw com.sg org.sg gov.sg edu.sg ' +
    'com.my gov.my edu.my co.id go.id ac.id or.id com.ph gov.ph co.th go.th ac.th in.th ' +
    'co.in net.in org.in gov.in ac.in nic.in com.pk gov.pk edu.pk com.bd gov.bd ' +
    'co.il org.il gov.il ac.il net.il co.ir ac.ir gov.ir org.ir net.ir id.ir sch.ir ' +
    'com.sa gov.sa edu.sa com.eg gov.eg com.tr gov.tr edu.tr org.tr ' +
    'com.ua gov.ua org.ua net.ua com.ru org.ru net.ru com.pl net.pl org.pl ' +
    'co.za org.za gov.za ac.za co.ke or.ke go.ke com.ng gov.ng org.ng ' +
    'com.br net.br org.br gov.br edu.br com.mx org.mx gob.mx edu.mx com.ar gob.ar org.ar ' +
    'com.co gov.co org.co com.pe gob.pe com.ve gob.ve com.uy com.ec gob.ec ' +
    'ac.at co.at or.at gv.at'
  ).split(' '),
);

/** Lower-cases a host or domain and drops a trailing dot and surrounding brackets/quotes; null when empty. */
export function normalizeHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const h = host.trim().toLowerCase();
  let a = 0;
  let b = h.length;
  while (a < b && '<>"\'[]()'.includes(h.charAt(a))) a++;
  while (b > a && '<>"\'[]().,;:'.includes(h.charAt(b - 1))) b--;
  return b > a ? h.slice(a, b) : null;
}

/** Drops trailing dots with a loop (/\.+$/ backtracks quadratically on long runs of dots). */
export function stripTrailingDots(s: string): string {
  let end = s.length;
  while (end > 0 && s.charAt(end - 1) === '.') end--;
  return s.slice(0, end);
}

/** The domain of an email address ("Info@Mail.Example.COM" → "mail.example.com"), or null. */
export function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  return at < 0 ? null : normalizeHost(address.slice(at + 1));
}

/** True when the text looks like a DNS name (labels of letters, digits and hyphens, with a dot). */
export function isHostname(text: string): boolean {
  return text.length <= 253 && text.includes('.') && /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/i.test(text);
}

/** The organisational domain of a host or domain (see the limitation above); null for IP literals and single labels. */
export function orgDomain(host: string | null | undefined): string | null {
  const h = normalizeHost(host);
  if (!h || parseIp(h) || !isHostname(h)) return null;
  const labels = h.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const take = SECOND_LEVEL.has(lastTwo) ? 3 : 2;
  if (labels.length < take) return take === 3 ? null : lastTwo;
  return labels.slice(-take).join('.');
}

/** Whether two hosts/domains share an organisational domain; null when either has none. */
export function sameOrg(a: string | null | undefined, b: string | null | undefined): boolean | null {
  const oa = orgDomain(a);
  const ob = orgDomain(b);
  return oa && ob ? oa === ob : null;
}

/** The registrable label of an organisational domain ("paypal.co.uk" → "paypal"). */
export function orgLabel(org: string | null): string | null {
  return org ? (org.split('.')[0] ?? null) : null;
}

// Big providers whose servers use several organisational domains.
const PROVIDER_ALIASES: Record<string, string> = {
  'exchangelabs.com': 'outlook.com',
  'office365.com': 'outlook.com',
  'microsoft.com': 'outlook.com',
  'hotmail.com': 'outlook.com',
  'googlemail.com': 'google.com',
  'gmail.com': 'google.com',
  'yahoodns.net': 'yahoo.com',
  'aol.com': 'yahoo.com',
  'icloud.com': 'apple.com',
  'me.com': 'apple.com',
  'mac.com': 'apple.com',
};

/** The organisational domain, with a big provider's other domains folded into one (for "same provider" checks). */
export function providerOrg(host: string | null | undefined): string | null {
  const org = orgDomain(host);
  return org && Object.hasOwn(PROVIDER_ALIASES, org) ? (PROVIDER_ALIASES[org] ?? org) : org;
}

const GENERIC_CCTLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'ly', 'fm', 'gg', 'to', 'cc', 'ws', 'am', 'so', 'sh', 'ac', 'nu', 'eu', 'su']);

/** The country a country-code domain points to ("example.co.uk" → "GB"), or null (generic or commonly reused TLDs). */
export function countryOfDomain(domain: string | null): string | null {
  const tld = domain?.split('.').pop();
  if (!tld || tld.length !== 2 || !/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
