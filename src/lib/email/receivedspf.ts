// Parses a Received-SPF header value (RFC 7208 9.1): the result, its comment and key=value details.
import { lex, readPairs, splitTokens } from './lexer';

/** What a Received-SPF header says. */
export interface ReceivedSpf {
  /** Lower-cased result word, e.g. 'pass', 'softfail'; '' when missing. */
  result: string;
  /** The comment after the result (e.g. "google.com: domain of … designates 192.0.2.1 as permitted sender"), or null. */
  comment: string | null;
  /** client-ip=, or null. */
  clientIp: string | null;
  /** envelope-from=, without quotes and angle brackets, or null. */
  envelopeFrom: string | null;
  /** helo=, or null. */
  helo: string | null;
  /** receiver=, the server that checked, or null. */
  receiver: string | null;
  /** Every key=value, keys lower-cased, in order. */
  properties: { name: string; value: string }[];
}

/** Parses one Received-SPF value. Never throws. Linear in the input. */
export function parseReceivedSpf(value: string): ReceivedSpf {
  const tokens = splitTokens(lex(value, ';=', true, 2000), ';').flat();
  const first = tokens[0];
  const result = first?.kind === 'atom' && tokens[1]?.text !== '=' ? first.text.toLowerCase() : '';
  const { pairs, comments } = readPairs(result ? tokens.slice(1) : tokens);
  const properties = pairs.map((p) => ({ name: p.key.toLowerCase(), value: p.value }));
  const get = (name: string): string | null => properties.find((p) => p.name === name)?.value || null;
  const from = get('envelope-from');
  return {
    result,
    comment: comments[0] ?? null,
    clientIp: get('client-ip'),
    envelopeFrom: from ? from.replace(/^<|>$/g, '') || null : null,
    helo: get('helo'),
    receiver: get('receiver'),
    properties,
  };
}
