// IP → registration country from the chunked table of scripts/build-ip-table.mjs; fetching is injected, so no network here.
import { classifyIp, parseIp, unwrapIp } from './ip';
import type { CountryResult } from './types';

export { CREDIT, CREDIT_LINE } from './words';

/** Fetches one file of the table by name ('index.json', 'v4-000.bin' …), e.g. `(n) => fetch('/ip-country/' + n).then(r => r.arrayBuffer())`. */
export type FetchChunk = (name: string) => Promise<ArrayBuffer | string>;

interface ChunkRef {
  name: string;
  start: bigint;
}

interface TableIndex {
  countries: string[];
  v4: ChunkRef[];
  v6: ChunkRef[];
}

interface Chunk {
  keys: BigUint64Array;
  countries: Uint8Array;
}

const FORMAT = 1;

const toBytes = (data: ArrayBuffer | string): Uint8Array =>
  typeof data === 'string' ? Uint8Array.from(data, (c) => c.charCodeAt(0) & 255) : new Uint8Array(data);

const toText = (data: ArrayBuffer | string): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));

function chunkRefs(list: unknown, family: 4 | 6): ChunkRef[] {
  if (!Array.isArray(list)) throw new Error('bad index');
  const refs = list.map((item: unknown) => {
    const { name, start } = (item ?? {}) as { name?: unknown; start?: unknown }; // checked just below
    if (typeof name !== 'string' || !/^v[46]-\d{3}\.bin$/.test(name)) throw new Error('bad chunk name');
    if (family === 4 && typeof start === 'number') return { name, start: BigInt(start) };
    if (family === 6 && typeof start === 'string' && /^[0-9a-f]{16}$/.test(start)) return { name, start: BigInt(`0x${start}`) };
    throw new Error('bad chunk start');
  });
  if (refs.some((r, i) => i > 0 && r.start <= (refs[i - 1]?.start ?? -1n))) throw new Error('unsorted index');
  return refs;
}

/** Reads and checks index.json. */
export function decodeIndex(data: ArrayBuffer | string): TableIndex {
  const json: unknown = JSON.parse(toText(data));
  const obj = (json ?? {}) as { format?: unknown; countries?: unknown; v4?: unknown; v6?: unknown }; // checked below
  if (obj.format !== FORMAT || !Array.isArray(obj.countries)) throw new Error('bad index');
  const countries = obj.countries.map((c: unknown) => (typeof c === 'string' && /^[A-Z]{2}$/.test(c) ? c : 'ZZ'));
  return { countries, v4: chunkRefs(obj.v4, 4), v6: chunkRefs(obj.v6 ?? [], 6) };
}

/** Decodes a chunk: header, LEB128 key deltas, one country byte per entry. */
export function decodeChunk(data: ArrayBuffer | string, family: 4 | 6): Chunk {
  const b = toBytes(data);
  if (b.length < 6 || b[0] !== FORMAT || b[1] !== family) throw new Error('bad chunk');
  const count = (((b[2] ?? 0) << 24) | ((b[3] ?? 0) << 16) | ((b[4] ?? 0) << 8) | (b[5] ?? 0)) >>> 0;
  if (count > b.length) throw new Error('bad chunk count');
  const keys = new BigUint64Array(count);
  let pos = 6;
  let key = 0n;
  for (let i = 0; i < count; i++) {
    let delta = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = b[pos++];
      if (byte === undefined || shift > 63n) throw new Error('truncated chunk');
      delta |= BigInt(byte & 127) << shift;
      if (byte < 128) break;
    }
    key += delta;
    keys[i] = key;
  }
  if (b.length - pos !== count) throw new Error('bad chunk length');
  return { keys, countries: b.subarray(pos) };
}

/** Index of the last element ≤ target in a sorted list, or -1. */
function lastAtMost(length: number, at: (i: number) => bigint, target: bigint): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) <= target) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** The lookup key of an address: IPv4 as is, IPv6 by its top 64 bits (the table's granularity). */
function keyOf(ip: string): { family: 4 | 6; key: bigint } | null {
  const parsed = parseIp(ip);
  if (!parsed) return null;
  const p = unwrapIp(parsed);
  return p.version === 4 ? { family: 4, key: BigInt(p.value) } : { family: 6, key: p.value >> 64n };
}

/**
 * Makes a lookup that fetches index.json once and each chunk at most once (failed fetches are
 * retried on the next call). Never throws or rejects: every failure is { status: 'lookup-failed' }.
 */
export function createCountryLookup(fetchChunk: FetchChunk): (ip: string) => Promise<CountryResult> {
  let index: Promise<TableIndex> | null = null;
  const chunks = new Map<string, Promise<Chunk>>();
  const getIndex = (): Promise<TableIndex> => {
    if (index) return index;
    const p = fetchChunk('index.json').then(decodeIndex);
    p.catch(() => index === p && (index = null)); // forget a failure so the next call retries
    return (index = p);
  };
  const getChunk = (name: string, family: 4 | 6): Promise<Chunk> => {
    const cached = chunks.get(name);
    if (cached) return cached;
    const p = fetchChunk(name).then((d) => decodeChunk(d, family));
    p.catch(() => chunks.get(name) === p && chunks.delete(name));
    chunks.set(name, p);
    return p;
  };
  return async (ip) => {
    const k = keyOf(ip);
    const parsed = parseIp(ip);
    if (!k || !parsed || classifyIp(parsed) !== 'public') return { status: k ? 'not-public' : 'lookup-failed' };
    try {
      const idx = await getIndex();
      const refs = k.family === 4 ? idx.v4 : idx.v6;
      const ref = refs[lastAtMost(refs.length, (i) => refs[i]?.start ?? 0n, k.key)];
      if (!ref) return { status: 'no-data' };
      const chunk = await getChunk(ref.name, k.family);
      const at = lastAtMost(chunk.keys.length, (i) => chunk.keys[i] ?? 0n, k.key);
      const code = at < 0 ? 0 : (chunk.countries[at] ?? 0);
      const country = code ? idx.countries[code - 1] : undefined;
      return country && country !== 'ZZ' ? { status: 'found', country } : { status: 'no-data' };
    } catch {
      return { status: 'lookup-failed' };
    }
  };
}
