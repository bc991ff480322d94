// IP addresses: parse the forms found in headers (bracketed, "IPv6:", zones), print them canonically, classify them.
import type { IpClass } from './types';

/** A parsed address: IPv4 as an unsigned 32-bit number, IPv6 as a 128-bit bigint. */
export type ParsedIp = { version: 4; value: number } | { version: 6; value: bigint };

/** Parses "192.0.2.1", "[192.0.2.1]", "IPv6:2001:db8::1", "[fe80::1%eth0]", "::ffff:192.0.2.1"; null if not an address. */
export function parseIp(text: string): ParsedIp | null {
  let s = text.trim();
  if (s.length > 60) return null;
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  if (s.slice(0, 5).toLowerCase() === 'ipv6:') s = s.slice(5);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (s.includes(':')) {
    const value = parseV6(s);
    return value === null ? null : { version: 6, value };
  }
  const value = parseV4(s);
  return value === null ? null : { version: 4, value };
}

function parseV4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const p of parts) {
    if (p.length < 1 || p.length > 3 || !/^\d+$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

function parseGroups(s: string, maxGroups: number): number[] | null {
  if (s === '') return [];
  const groups: number[] = [];
  const parts = s.split(':');
  for (const [i, p] of parts.entries()) {
    if (i === parts.length - 1 && p.includes('.')) {
      const v4 = parseV4(p);
      if (v4 === null) return null;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) groups.push(parseInt(p, 16));
    else return null;
  }
  return groups.length > maxGroups ? null : groups;
}

function parseV6(s: string): bigint | null {
  const gap = s.indexOf('::');
  if (gap !== s.lastIndexOf('::')) return null;
  let groups: number[] | null;
  if (gap < 0) {
    groups = parseGroups(s, 8);
    if (!groups || groups.length !== 8) return null;
  } else {
    const head = parseGroups(s.slice(0, gap), 7);
    const tail = parseGroups(s.slice(gap + 2), 7);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** Canonical text: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run compressed). */
export function formatIp(ip: ParsedIp): string {
  if (ip.version === 4) {
    const v = ip.value;
    return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

type Range = readonly [prefix: string, bits: number, cls: IpClass];

// IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and updates), most specific first.
const V4_RANGES: readonly Range[] = [
  ['192.0.2.0', 24, 'documentation'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['255.255.255.255', 32, 'reserved'],
  ['169.254.0.0', 16, 'link-local'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['172.16.0.0', 12, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['0.0.0.0', 8, 'reserved'],
  ['10.0.0.0', 8, 'private'],
  ['127.0.0.0', 8, 'loopback'],
  ['224.0.0.0', 4, 'reserved'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6_RANGES: readonly Range[] = [
  ['::', 128, 'reserved'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved'],
  ['64:ff9b:1::', 48, 'reserved'],
  ['2001:db8::', 32, 'documentation'],
  ['2001::', 23, 'reserved'],
  ['3fff::', 20, 'documentation'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'reserved'],
  ['ff00::', 8, 'reserved'],
  ['fc00::', 7, 'private'],
];

// Parsed once: [first address >> (width - bits), bits, class].
const V4_TABLE = V4_RANGES.map(([p, b, c]) => [Math.floor((parseV4(p) ?? 0) / 2 ** (32 - b)), b, c] as const);
const V6_TABLE = V6_RANGES.map(([p, b, c]) => [(parseV6(p) ?? 0n) >> BigInt(128 - b), BigInt(128 - b), c] as const);

/** The class of an address; IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::/96) addresses take their IPv4's class. */
export function classifyIp(ip: ParsedIp): IpClass {
  if (ip.version === 4) return V4_TABLE.find(([p, b]) => Math.floor(ip.value / 2 ** (32 - b)) === p)?.[2] ?? 'public';
  const v = ip.value;
  if (v >> 32n === 0xffffn || v >> 32n === 0x64ff9b0000000000000000n) {
    return classifyIp({ version: 4, value: Number(v & 0xffffffffn) });
  }
  const special = V6_TABLE.find(([p, shift]) => v >> shift === p);
  if (special) return special[2];
  return v >> 125n === 1n ? 'public' : 'reserved'; // only 2000::/3 is global unicast
}

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address, else the address itself (for country lookups). */
export function unwrapIp(ip: ParsedIp): ParsedIp {
  if (ip.version === 6 && (ip.value >> 32n === 0xffffn || ip.value >> 32n === 0x64ff9b0000000000000000n)) {
    return { version: 4, value: Number(ip.value & 0xffffffffn) };
  }
  return ip;
}

/** Finds the first IPv4 or IPv6 address in free text (e.g. "sender IP is 192.0.2.1"); null if none. */
export function findIp(text: string): ParsedIp | null {
  const words = text.split(/[\s()[\],;<>"'=]+/, 200);
  for (const w of words) {
    if (w.length < 3 || w.length > 60) continue;
    const ip = parseIp(w.replace(/^IPv6:/i, '').replace(/[.:]$/, ''));
    if (ip) return ip;
  }
  return null;
}
