// IP → country: the chunk decoder on a hand-made table, the build script on synthetic ranges, and a round trip of real CSV rows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// A plain .mjs script: TypeScript infers loose types from it (allowJs), so its output is cast below.
import { buildTables, CREDIT as SCRIPT_CREDIT } from '../../../scripts/build-ip-table.mjs';
import { createCountryLookup, CREDIT_LINE, readMessage } from '../../../src/lib/email';
import { classifyIp, parseIp } from '../../../src/lib/email/ip';
import { decodeChunk } from '../../../src/lib/email/ipcountry';

type Files = Map<string, Buffer | string>;
const fromFiles = (files: Files, log: string[] = []) => async (name: string): Promise<ArrayBuffer | string> => {
  log.push(name);
  const data = files.get(name);
  if (data === undefined) throw new Error(`no ${name}`);
  return typeof data === 'string' ? data : new Uint8Array(data).buffer;
};
const build = (v4Csv: string, v6Csv = '', chunkEntries = 8192): Files => (buildTables({ v4Csv, v6Csv, chunkEntries }) as { files: Files }).files;
const num = (ip: string): bigint => ip.split('.').reduce((a, o) => a * 256n + BigInt(o), 0n);
const isPublic = (ip: string): boolean => {
  const p = parseIp(ip);
  return !!p && classifyIp(p) === 'public';
};
// Innermost first: the latest start, then the smallest end.
const innermost = (x: { s: bigint; e: bigint }, y: { s: bigint; e: bigint }): number => (y.s > x.s ? 1 : y.s < x.s ? -1 : x.e < y.e ? -1 : x.e > y.e ? 1 : 0);
const answer = (r: { status: string; country?: string }): string => ('country' in r && r.country ? r.country : r.status);

describe('decodeChunk on a hand-made chunk', () => {
  it('reads the header, varint deltas and country bytes', () => {
    // format 1, IPv4, 3 entries: keys 0, 300 (delta 300 = 0xac 0x02), 301; countries 0, 1, 2
    const bytes = new Uint8Array([1, 4, 0, 0, 0, 3, 0, 0xac, 0x02, 1, 0, 1, 2]);
    const c = decodeChunk(bytes.buffer, 4);
    expect([...c.keys]).toEqual([0n, 300n, 301n]);
    expect([...c.countries]).toEqual([0, 1, 2]);
    expect(() => decodeChunk(bytes.slice(0, 9).buffer, 4)).toThrow();
    expect(() => decodeChunk(bytes.buffer, 6)).toThrow();
  });
});

describe('createCountryLookup on a synthetic table', () => {
  const v4 = ['16777216,16777471,AU', '16777472,16778239,CN', '16778240,16779263,AU', '16779264,16781311,CN', '16781312,16785407,JP', `${num('8.8.8.0')},${num('8.8.8.255')},US`, `${num('8.8.8.16')},${num('8.8.8.31')},CA`].join('\n');
  const v6 = [`${0x2a001450n << 96n},${(0x2a001451n << 96n) - 1n},IE`, `${(0x2a001450n << 96n) + (5n << 64n) + 1n},${(0x2a001450n << 96n) + (6n << 64n) - 1n},FR`].join('\n');
  const files = build(v4, v6, 2);

  it('finds countries across chunk borders, merges neighbours, and lets inner ranges win', async () => {
    const log: string[] = [];
    const lookup = createCountryLookup(fromFiles(files, log));
    expect(await lookup('1.0.0.0')).toEqual({ status: 'found', country: 'AU' });
    expect(await lookup('1.0.1.255')).toEqual({ status: 'found', country: 'CN' });
    expect(await lookup('1.0.4.1')).toEqual({ status: 'found', country: 'AU' });
    expect(await lookup('1.0.8.1')).toEqual({ status: 'found', country: 'CN' });
    expect(await lookup('1.0.16.0')).toEqual({ status: 'found', country: 'JP' });
    expect(await lookup('1.0.32.0')).toEqual({ status: 'no-data' });
    expect(await lookup('0.255.255.255')).toEqual({ status: 'not-public' });
    expect(await lookup('8.8.8.8')).toEqual({ status: 'found', country: 'US' });
    expect(await lookup('8.8.8.20')).toEqual({ status: 'found', country: 'CA' });
    expect(await lookup('8.8.8.32')).toEqual({ status: 'found', country: 'US' });
    expect(await lookup('9.0.0.1')).toEqual({ status: 'no-data' });
    expect(log.filter((n) => n === 'index.json')).toHaveLength(1);
    expect(files.size).toBeGreaterThan(4);
  });

  it('looks IPv6 up by /64, and IPv4-mapped addresses as IPv4', async () => {
    const lookup = createCountryLookup(fromFiles(files));
    expect(await lookup('2a00:1450:4001::1')).toEqual({ status: 'found', country: 'IE' });
    expect(await lookup('2a00:1450:0:6::1')).toEqual({ status: 'found', country: 'IE' });
    expect(await lookup('2a00:1450:0:5::1')).toEqual({ status: 'found', country: 'IE' }); // FR starts inside this /64
    expect(await lookup('2a00:1452::1')).toEqual({ status: 'no-data' });
    expect(await lookup('::ffff:8.8.8.8')).toEqual({ status: 'found', country: 'US' });
    expect(await lookup('2001:db8::1')).toEqual({ status: 'not-public' });
  });

  it('reports failures as results and retries after a failed fetch', async () => {
    let fail = true;
    const flaky = async (name: string): Promise<ArrayBuffer | string> => {
      if (fail) throw new Error('offline');
      return fromFiles(files)(name);
    };
    const lookup = createCountryLookup(flaky);
    expect(await lookup('1.0.0.1')).toEqual({ status: 'lookup-failed' });
    fail = false;
    expect(await lookup('1.0.0.1')).toEqual({ status: 'found', country: 'AU' });
    expect(await createCountryLookup(async () => 'not json')('1.0.0.1')).toEqual({ status: 'lookup-failed' });
    expect(await createCountryLookup(async (n) => (n === 'index.json' ? (files.get(n) as string) : new ArrayBuffer(3)))('1.0.0.1')).toEqual({ status: 'lookup-failed' });
    expect(await createCountryLookup(() => { throw new Error('sync'); })('1.0.0.1')).toEqual({ status: 'lookup-failed' });
    expect(await lookup('not an ip')).toEqual({ status: 'lookup-failed' });
  });

  it('feeds readMessage, which names the country and flags a first hop abroad', async () => {
    const text = 'From: Example <info@example.de>\nReceived: from relay.example.net (relay.example.net [8.8.8.20]) by mx.example.com with ESMTP; Tue, 20 Oct 2020 14:00:00 +0000\n';
    const r = await readMessage(text, { countryLookup: createCountryLookup(fromFiles(files)) });
    expect(r.ok && r.hops[0]?.ip).toMatchObject({ country: 'CA', countryName: 'Canada', countryStatus: 'found' });
    expect(r.ok && r.flags.find((f) => f.id === 'origin-abroad')?.explanation).toContain('Germany');
    const us = await readMessage(text.replace('example.de', 'example.org'), { countryLookup: createCountryLookup(fromFiles(files)), expectedCountry: 'us' });
    expect(us.ok && us.flags.find((f) => f.id === 'origin-abroad')?.explanation).toContain('Canada');
    const plain = await readMessage(text.replace('example.de', 'example.org'), { countryLookup: createCountryLookup(fromFiles(files)) });
    expect(plain.ok && plain.flags.find((f) => f.id === 'origin-country')?.title).toBe('First server registered in Canada');
  });

  it('times out a lookup that never answers', async () => {
    const never = (): Promise<never> => new Promise(() => undefined);
    const text = 'From: a@example.org\nReceived: from x.example.net (x.example.net [8.8.8.8]) by y.example.com; Tue, 20 Oct 2020 14:00:00 +0000\n';
    const r = await readMessage(text, { countryLookup: never, lookupTimeoutMs: 20 });
    expect(r.ok && r.hops[0]?.ip?.countryStatus).toBe('lookup-failed');
  });
});

describe('build-ip-table round trip on real CSV rows', () => {
  const pkg = dirname(createRequire(import.meta.url).resolve('@ip-location-db/geo-whois-asn-country/package.json'));
  const sample = (file: string, every: number): string[] =>
    readFileSync(join(pkg, file), 'utf8').split('\n').filter((l, i) => l && (i < 3000 || i % every === 0));

  it('maps the first, last and middle address of sampled IPv4 rows to their country', async () => {
    const rows = sample('geo-whois-asn-country-ipv4-num.csv', 500);
    const lookup = createCountryLookup(fromFiles(build(rows.join('\n'), '', 1024)));
    const parsed = rows.map((l) => l.split(',')).map(([s, e, c]) => ({ s: BigInt(s ?? 0), e: BigInt(e ?? 0), c }));
    // The expected answer is the innermost row holding the address (the data nests a few small ranges).
    const expected = (a: bigint): string | undefined => parsed.filter((r) => r.s <= a && a <= r.e).sort(innermost)[0]?.c;
    const toIp = (a: bigint): string => [24n, 16n, 8n, 0n].map((sh) => String((a >> sh) & 255n)).join('.');
    for (const r of parsed.filter((_, i) => i % 7 === 0)) {
      for (const a of [r.s, r.e, (r.s + r.e) / 2n]) {
        const ip = toIp(a);
        expect(answer(await lookup(ip))).toBe(isPublic(ip) ? (expected(a) ?? 'no-data') : 'not-public');
      }
    }
  });

  it('maps /64-aligned IPv6 rows to their country', async () => {
    const rows = sample('geo-whois-asn-country-ipv6-num.csv', 400).slice(0, 3000);
    const lookup = createCountryLookup(fromFiles(build('', rows.join('\n'), 512)));
    const mask = (1n << 64n) - 1n;
    const parsed = rows.map((l) => l.split(',')).map(([s, e, c]) => ({ s: BigInt(s ?? 0), e: BigInt(e ?? 0), c }));
    const expected = (a: bigint): string | undefined => parsed.filter((r) => r.s <= a && a <= r.e).sort(innermost)[0]?.c;
    const toIp = (a: bigint): string => Array.from({ length: 8 }, (_, i) => ((a >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
    for (const r of parsed.filter((x, i) => i % 5 === 0 && (x.s & mask) === 0n)) {
      const ip = toIp(r.s);
      expect(answer(await lookup(ip))).toBe(isPublic(ip) ? (expected(r.s) ?? 'no-data') : 'not-public');
    }
  });
});

describe('credit line', () => {
  it('is the same in the library and the build script, and names the licence and source', () => {
    expect(SCRIPT_CREDIT).toBe(CREDIT_LINE);
    expect(CREDIT_LINE).toMatch(/CC BY 4\.0/);
    expect(CREDIT_LINE).toMatch(/NRO/);
    expect(CREDIT_LINE).toMatch(/ip-location-db/);
  });
});
