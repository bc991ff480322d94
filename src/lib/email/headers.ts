// The parsed headers the analysis works on, built from postal-mime's output or, synchronously, with postal-mime's own helpers.
import PostalMime, { addressParser, decodeWords, type Address, type Email } from 'postal-mime';
import { MAX_INPUT_BYTES } from './limits';

/** One header: lower-case name and unfolded value, in document order (top first). */
export interface RawHeader {
  key: string;
  value: string;
}

/** What the analysis needs: every header, plus the address and text fields postal-mime decodes. */
export interface HeaderSource {
  headers: RawHeader[];
  from: Address | undefined;
  sender: Address | undefined;
  replyTo: Address[];
  returnPath: string | undefined;
  subject: string | undefined;
}

/** Trims spaces and tabs (a loop: /[ \t]+$/ backtracks quadratically on long inner runs). */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

/**
 * Unfolds a header block the way postal-mime does (a line starting with space or tab continues
 * the previous one; the folding whitespace is kept). Used by the synchronous readHeaders.
 */
export function unfoldHeaders(block: string): RawHeader[] {
  const out: RawHeader[] = [];
  let parts: string[] = [];
  const flush = (): void => {
    if (!parts.length) return;
    const line = parts.join('');
    const sep = line.indexOf(':');
    const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
    out.push({ key, value: sep < 0 ? '' : trimWsp(line.slice(sep + 1).replace(/[\r\n]+/g, ' ')) });
    parts = [];
  };
  for (const line of block.split('\n')) {
    if (!(parts.length && (line.startsWith(' ') || line.startsWith('\t')))) flush();
    parts.push(line);
  }
  flush();
  return out;
}

/** Builds the source from unfolded headers with postal-mime's address parser and RFC 2047 decoder. */
export function sourceFromHeaders(headers: RawHeader[]): HeaderSource {
  const first = (key: string): string | undefined => headers.find((h) => h.key === key && h.value)?.value;
  const addresses = (key: string): Address[] => headers.filter((h) => h.key === key && h.value).flatMap((h) => addressParser(h.value));
  const subject = first('subject');
  const returnPath = first('return-path');
  return {
    headers,
    from: addresses('from')[0],
    sender: first('sender') ? addressParser(first('sender') ?? '')[0] : undefined,
    replyTo: addresses('reply-to'),
    returnPath: returnPath ? addressParser(returnPath)[0]?.address || undefined : undefined,
    subject: subject ? decodeWords(subject) : undefined,
  };
}

/** Builds the source from postal-mime's parsed message. */
export function sourceFromEmail(email: Email): HeaderSource {
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    from: email.from,
    sender: email.sender,
    replyTo: email.replyTo ?? [],
    returnPath: email.returnPath,
    subject: email.subject,
  };
}

/** Parses a header block with postal-mime (a blank line is appended so a paste of headers alone is a complete message). */
export async function parseWithPostalMime(headerBlock: string): Promise<HeaderSource> {
  const email = await PostalMime.parse(`${headerBlock}\n\n`, { maxHeadersSize: MAX_INPUT_BYTES, maxNestingDepth: 8, maxRfc822NestingDepth: 0 });
  return sourceFromEmail(email);
}
