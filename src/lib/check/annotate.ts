// Who writes each line of a header block, and whether the sender could have made it up: the "read it by hand" key.
import { readHeaders, type HeaderReport } from '../email';
import { parseAuthResults } from '../email/authresults';
import { unfoldHeaders } from '../email/headers';

/** Who writes a line: the sender's own program, a server before the reader's provider, or the provider itself. */
export type Writer = 'sender' | 'before-provider' | 'provider';

export interface AnnotatedLine {
  /** The header's name as written, e.g. "Received". */
  name: string;
  /** Its value, unfolded. */
  value: string;
  writer: Writer;
  /** Who wrote it, in words. */
  who: string;
  /** True when the sender (or anyone before the provider) could have written anything here. */
  fakeable: boolean;
}

export const WRITER_TEXT: Record<Writer, string> = {
  sender: 'The sender’s email program: anything can be written here',
  'before-provider': 'A server before your provider: it may be real, or made up by the sender',
  provider: 'Your provider, when it took the message: the most reliable lines',
};

const ENVELOPE = new Set(['return-path', 'delivered-to', 'x-original-to', 'envelope-to']);
const CHECKS = new Set(['authentication-results', 'received-spf', 'arc-authentication-results']);

function receivedWriter(report: HeaderReport, fromBottom: number): { writer: Writer; who: string } {
  const hop = report.hops[fromBottom];
  const by = hop?.by ?? 'a server';
  const provider = report.entryHop !== null && fromBottom >= report.entryHop;
  return provider ? { writer: 'provider', who: `${by} (your provider)` } : { writer: 'before-provider', who: by };
}

function checkWriter(report: HeaderReport, value: string): { writer: Writer; who: string } {
  const id = parseAuthResults(value).authservId;
  const trusted = id !== null && report.auth.trustedAuthservIds.includes(id);
  return trusted ? { writer: 'provider', who: `${id} (your provider)` } : { writer: 'before-provider', who: id ?? 'an unnamed server' };
}

/** Every header line of a block, top to bottom, with who wrote it. */
export function annotateHeaders(block: string): AnnotatedLine[] {
  const report = readHeaders(block);
  if (!report.ok) return [];
  const headers = unfoldHeaders(block.split(/\r?\n\r?\n/)[0] ?? '');
  const received = headers.filter((h) => h.key === 'received').length;
  let seen = 0;
  return headers.map((h) => {
    const name = block.match(new RegExp(`^(${h.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}):`, 'im'))?.[1] ?? h.key;
    let w: { writer: Writer; who: string };
    if (h.key === 'received') w = receivedWriter(report, received - 1 - seen++);
    else if (CHECKS.has(h.key)) w = checkWriter(report, h.value);
    else if (ENVELOPE.has(h.key)) w = { writer: 'provider', who: 'Your provider, on delivery (the address in it comes from the sending server)' };
    else w = { writer: 'sender', who: 'The sender’s email program' };
    return { name, value: h.value, ...w, fakeable: w.writer !== 'provider' || ENVELOPE.has(h.key) };
  });
}
