// Builds the compact IP → country tables the email header reader fetches on demand, from the NRO-derived CSVs.
//
// Usage: node scripts/build-ip-table.mjs <outDir> [--chunk-entries=8192] [--no-ipv6]
// (someone wires <outDir> into the build so it is served at /ip-country/).
//
// Source: @ip-location-db/geo-whois-asn-country (*-num.csv: start,end,country; inclusive ranges).
// Data: CC BY 4.0 by the Number Resource Organization (NRO), via the ip-location-db project.
//
// Output format (version 1), read by src/lib/email/ipcountry.ts:
//   index.json  {format:1, credit, countries:["AD",…], v4:[{name,start}], v6:[{name,start}]}
//               v4 start: the chunk's first address as an unsigned 32-bit number;
//               v6 start: the chunk's first /64 prefix as 16 hex digits.
//   v4-NNN.bin / v6-NNN.bin:
//     u8 format (1) · u8 family (4|6) · u32 big-endian count ·
//     count keys as unsigned LEB128 deltas (the first from 0; v4 key = address, v6 key = top 64 bits) ·
//     count × u8 country (0 = no data, n = countries[n-1]).
//   An entry covers from its key up to the next entry's key (across chunks too); gaps in the data
//   are explicit 0 entries. Adjacent ranges with the same country are merged first. Overlapping
//   rows (the CSV has a few hundred small ranges inside bigger ones) resolve to the innermost.
//   IPv6 is kept at /64 granularity: each /64 takes the country of the range covering its first
//   address (no data if that is a gap), which is fine for locating a mail server.
//   Why deltas: with absolute u32 keys the IPv4 chunks gzip about 2.5 times larger.
//   Built with --no-ipv6, the index lists no v6 chunks and IPv6 lookups return no-data.
//
// Sizes measured on @ip-location-db/geo-whois-asn-country 2.3.2026061719 with --chunk-entries=8192
// (gzip -9, 1 KB = 1024 B):
//   IPv4: 334,373 rows → 341,577 entries (gaps included) in 42 chunks: 911.5 KB raw, 402.1 KB gzip;
//         one chunk 15–24 KB raw, 7.1–11.5 KB gzip (median 9.8 KB).
//   IPv6: 216,295 rows → 267,653 entries in 33 chunks: 1,149.5 KB raw, 175.0 KB gzip;
//         one chunk 16–50 KB raw, 1.0–8.7 KB gzip (median 5.7 KB).
//   index.json: 4.6 KB raw, 1.4 KB gzip.
//   Total: 76 files, 2.02 MB raw, 578.5 KB gzip (511 KB brotli). A lookup fetches index.json once
//   plus one chunk (≤ 11.5 KB gzip); nothing is fetched until a public address needs a country.
// Note: that package's README warns that its npm data has known errors and that npm updates stop;
// the table is only as good as its source, and the reader's words say registration is not location.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CREDIT =
  'IP-to-country data: Number Resource Organization (NRO), CC BY 4.0, via the ip-location-db project.';
const FORMAT = 1;
const MASK64 = (1n << 64n) - 1n;

/** Parses `start,end,CC` lines (numbers as BigInt) into sorted ranges; skips malformed lines. */
export function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n')) {
    const [s, e, c] = line.trim().split(',');
    if (!s || !e || !c || !/^\d+$/.test(s) || !/^\d+$/.test(e) || !/^[A-Z]{2}$/.test(c)) continue;
    const start = BigInt(s);
    const end = BigInt(e);
    if (end >= start) rows.push({ start, end, country: c });
  }
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : 0));
  return rows;
}

/** Flattens possibly nested ranges into non-overlapping segments (innermost wins), merging equal neighbours. */
export function flatten(rows) {
  const out = [];
  const emit = (start, end, country) => {
    if (end < start) return;
    const last = out[out.length - 1];
    if (last && last.country === country && last.end + 1n === start) last.end = end;
    else out.push({ start, end, country });
  };
  const stack = [];
  let cursor = 0n;
  const closeUntil = (limit) => {
    while (stack.length && stack[stack.length - 1].end < limit) {
      const top = stack.pop();
      emit(cursor, top.end, top.country);
      cursor = top.end + 1n;
    }
  };
  for (const r of rows) {
    closeUntil(r.start);
    const top = stack[stack.length - 1];
    if (top) emit(cursor, r.start - 1n, top.country);
    cursor = r.start;
    while (stack.length && stack[stack.length - 1].end <= r.end) stack.pop();
    stack.push(r);
  }
  closeUntil(1n << 130n);
  return out;
}

/** Turns segments into entries {key, country} ('' = no data) where each runs to the next entry's key. */
export function toEntries(segments) {
  const entries = [];
  const push = (key, country) => {
    const last = entries[entries.length - 1];
    if (!last || last.country !== country) entries.push({ key, country });
  };
  let nextFree = 0n;
  for (const s of segments) {
    if (s.start > nextFree) push(nextFree, '');
    push(s.start, s.country);
    nextFree = s.end + 1n;
  }
  push(nextFree, '');
  return entries;
}

/** Keeps the top bits of each key: a block takes the country of the entry covering its first address. */
export function quantize(entries, shift) {
  const out = [];
  const step = (1n << shift) - 1n;
  for (const e of entries) {
    const key = (e.key + step) >> shift; // the first block whose start this entry covers
    const last = out[out.length - 1];
    if (last && last.key === key) out.pop(); // the earlier entry covered no block start
    const prev = out[out.length - 1];
    if (!prev || prev.country !== e.country) out.push({ key, country: e.country });
  }
  return out;
}

function pushVarint(n, out) {
  let v = n;
  while (v >= 128n) {
    out.push(Number(v & 127n) | 128);
    v >>= 7n;
  }
  out.push(Number(v));
}

function encodeChunk(entries, family, countryIndex) {
  const out = [FORMAT, family];
  const count = entries.length;
  out.push((count >>> 24) & 255, (count >>> 16) & 255, (count >>> 8) & 255, count & 255);
  let prev = 0n;
  for (const e of entries) {
    pushVarint(e.key - prev, out);
    prev = e.key;
  }
  for (const e of entries) out.push(e.country ? countryIndex.get(e.country) : 0);
  return Buffer.from(out);
}

/** Builds every file of the table in memory: Map(name → Buffer | string). */
export function buildTables({ v4Csv, v6Csv, chunkEntries = 8192 }) {
  const v4 = toEntries(flatten(parseCsv(v4Csv)));
  const v6 = v6Csv ? quantize(toEntries(flatten(parseCsv(v6Csv))), 64n) : [];
  const countries = [...new Set([...v4, ...v6].map((e) => e.country).filter(Boolean))].sort();
  if (countries.length > 255) throw new Error(`${countries.length} country codes do not fit in a byte`);
  const countryIndex = new Map(countries.map((c, i) => [c, i + 1]));
  const files = new Map();
  const index = { format: FORMAT, credit: CREDIT, countries, v4: [], v6: [] };
  for (const [family, entries] of [[4, v4], [6, v6]]) {
    for (let i = 0, n = 0; i < entries.length; i += chunkEntries, n++) {
      const slice = entries.slice(i, i + chunkEntries);
      const name = `v${family}-${String(n).padStart(3, '0')}.bin`;
      files.set(name, encodeChunk(slice, family, countryIndex));
      const key = slice[0].key;
      index[`v${family}`].push({ name, start: family === 4 ? Number(key) : (key & MASK64).toString(16).padStart(16, '0') });
    }
  }
  files.set('index.json', JSON.stringify(index));
  return { files, stats: { v4Entries: v4.length, v6Entries: v6.length, countries: countries.length } };
}

function sizeReport(files) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const groups = { v4: [], v6: [], index: [] };
  for (const [name, data] of files) {
    const raw = Buffer.byteLength(data);
    const gz = gzipSync(data, { level: 9 }).length;
    groups[name.startsWith('v4') ? 'v4' : name.startsWith('v6') ? 'v6' : 'index'].push({ name, raw, gz });
  }
  for (const [label, list] of Object.entries(groups)) {
    if (!list.length) continue;
    const gz = list.map((f) => f.gz).sort((a, b) => a - b);
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    console.log(
      `${label}: ${list.length} file(s), ${kb(sum(list.map((f) => f.raw)))} raw, ${kb(sum(gz))} gzip; ` +
        `per file gzip ${kb(gz[0])}–${kb(gz[gz.length - 1])} (median ${kb(gz[Math.floor(gz.length / 2)])})`,
    );
  }
}

function main(argv) {
  const outDir = argv.find((a) => !a.startsWith('--'));
  if (!outDir) {
    console.error('Usage: node scripts/build-ip-table.mjs <outDir> [--chunk-entries=8192] [--no-ipv6]');
    process.exit(2);
  }
  const chunkArg = argv.find((a) => a.startsWith('--chunk-entries='));
  const chunkEntries = chunkArg ? Number(chunkArg.split('=')[1]) : 8192;
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@ip-location-db/geo-whois-asn-country/package.json'));
  const v4Csv = readFileSync(join(pkgDir, 'geo-whois-asn-country-ipv4-num.csv'), 'utf8');
  const v6Csv = argv.includes('--no-ipv6') ? '' : readFileSync(join(pkgDir, 'geo-whois-asn-country-ipv6-num.csv'), 'utf8');
  const { files, stats } = buildTables({ v4Csv, v6Csv, chunkEntries });
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
  console.log(`Wrote ${files.size} files to ${dir} (${stats.v4Entries} IPv4 and ${stats.v6Entries} IPv6 entries, ${stats.countries} countries).`);
  sizeReport(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
