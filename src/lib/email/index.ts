// Public API of the in-browser email header reader: read a pasted message or .eml, get a typed, plain-words report.
import { buildCore, finishReport, type ReportCore } from './analyse';
import { parseWithPostalMime, sourceFromHeaders, unfoldHeaders, type HeaderSource } from './headers';
import { decodeInput, failure, prepareText, type PreparedInput } from './input';
import { LOOKUP_TIMEOUT_MS, MAX_INPUT_BYTES } from './limits';
import type { CountryResult, IpInfo, Notice, ReadFailure, ReadOptions, ReadResult } from './types';
import { countryName, ERROR_TEXT, NOTICE_TEXT } from './words';

export type * from './types';
export { hopsForDiagram, type Diagram, type DiagramEdge, type DiagramNode, type EdgeStyle } from './diagram';
export { createCountryLookup, type FetchChunk } from './ipcountry';
export { LOOKUP_TIMEOUT_MS, MAX_FIELD_CHARS, MAX_HOPS, MAX_INPUT_BYTES } from './limits';
export { CREDIT, CREDIT_LINE, IP_CLASS_TEXT, METHOD_TEXT, RESULT_TEXT, TLS_TEXT, VERDICT_TEXT } from './words';

const KNOWN_HEADERS = new Set([
  'received', 'from', 'to', 'subject', 'date', 'message-id', 'return-path', 'delivered-to', 'authentication-results',
  'dkim-signature', 'mime-version', 'content-type', 'reply-to', 'x-received', 'arc-seal', 'received-spf', 'sender', 'cc',
]);

const limitOf = (options?: ReadOptions): number =>
  options?.maxBytes && options.maxBytes > 0 ? Math.min(options.maxBytes, MAX_INPUT_BYTES) : MAX_INPUT_BYTES;

/** Decodes and locates the header block, or explains why not. */
function prepare(input: unknown, limit: number): PreparedInput | ReadFailure {
  const decoded = decodeInput(input, limit);
  if ('ok' in decoded) return decoded;
  if (!decoded.text.trim()) return failure('empty', ERROR_TEXT.empty);
  const prepared = prepareText(decoded.text, decoded.bytes, decoded.notices);
  if (/^content-type:\s*multipart\//im.test(prepared.headerBlock) && /^content-type:\s*message\/rfc822/im.test(prepared.body)) {
    prepared.notices.push({ id: 'forwarded-attachment', message: NOTICE_TEXT.forwardedAttachment });
  }
  return prepared;
}

const hasKnownHeader = (s: HeaderSource): boolean => s.headers.some((h) => KNOWN_HEADERS.has(h.key));

function fromSource(source: HeaderSource, notices: Notice[], bytes: number): ReportCore | ReadFailure {
  return hasKnownHeader(source) ? buildCore(source, notices, bytes) : failure('no-headers', ERROR_TEXT.noHeaders);
}

/**
 * Reads pasted headers (or a whole message) synchronously, without country lookups.
 * Never throws: every problem is a ReadFailure with a plain-words message.
 */
export function readHeaders(text: string, options?: Pick<ReadOptions, 'expectedCountry' | 'maxBytes'>): ReadResult {
  try {
    const prepared = prepare(text, limitOf(options));
    if ('ok' in prepared) return prepared;
    const core = fromSource(sourceFromHeaders(unfoldHeaders(prepared.headerBlock)), prepared.notices, prepared.bytes);
    return 'rawDisplayName' in core ? finishReport(core, options?.expectedCountry?.toUpperCase() ?? null) : core;
  } catch {
    return failure('internal', ERROR_TEXT.internal);
  }
}

function withTimeout(p: Promise<CountryResult>, ms: number): Promise<CountryResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'lookup-failed' }), ms);
    p.then(resolve, () => resolve({ status: 'lookup-failed' })).finally(() => clearTimeout(timer));
  });
}

/** Fills in the country of every public hop IP (and X-Originating-IP), one lookup per distinct address. */
async function addCountries(core: ReportCore, options: ReadOptions): Promise<void> {
  const lookup = options.countryLookup;
  if (!lookup) return;
  const infos = [...core.hops.map((h) => h.ip), core.originatingIp].filter((i): i is IpInfo => i?.class === 'public');
  const results = new Map<string, Promise<CountryResult>>();
  for (const info of infos) {
    if (!results.has(info.address)) {
      results.set(info.address, withTimeout(Promise.resolve().then(() => lookup(info.address)), options.lookupTimeoutMs ?? LOOKUP_TIMEOUT_MS));
    }
  }
  for (const info of infos) {
    const r = await (results.get(info.address) ?? Promise.resolve<CountryResult>({ status: 'lookup-failed' }));
    info.countryStatus = r.status;
    if (r.status === 'found') [info.country, info.countryName] = [r.country, countryName(r.country)];
  }
}

type ParseBlock = (headerBlock: string) => HeaderSource | Promise<HeaderSource>;

/** Reads the input with the given header parser, then fills in countries. Never rejects. */
async function readWith(input: string | ArrayBuffer, options: ReadOptions, parse: ParseBlock): Promise<ReadResult> {
  try {
    const prepared = prepare(input, limitOf(options));
    if ('ok' in prepared) return prepared;
    const core = fromSource(await parse(prepared.headerBlock), prepared.notices, prepared.bytes);
    if (!('rawDisplayName' in core)) return core;
    await addCountries(core, options);
    return finishReport(core, options.expectedCountry?.toUpperCase() ?? null);
  } catch {
    return failure('internal', ERROR_TEXT.internal);
  }
}

/**
 * Reads a pasted message, headers alone, or a dropped .eml (ArrayBuffer), with postal-mime's full
 * message parser. With `options.countryLookup` (see createCountryLookup), public IPs get their
 * registration country. Never rejects: every problem is a ReadFailure with a plain-words message.
 */
export function readMessage(input: string | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  return readWith(input, options, parseWithPostalMime);
}

/**
 * The same reading as readMessage, with postal-mime's address parser and RFC 2047 decoder but
 * without its full message parser (which the header block does not need, and which is most of
 * its size): what the page loads. A unit test holds it equal to readMessage on every sample.
 */
export function readHeadersWithCountries(input: string | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  return readWith(input, options, (block) => sourceFromHeaders(unfoldHeaders(block)));
}
