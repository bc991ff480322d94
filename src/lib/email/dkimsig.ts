// Reads the d= (domain), s= (selector), a= and i= tags of a DKIM-Signature header (RFC 6376 3.5); it does not verify it.
import type { DkimSignature } from './types';

/** Parses the tag list of one DKIM-Signature value. Never throws. Linear in the input. */
export function parseDkimSignature(value: string): DkimSignature {
  const tags = new Map<string, string>();
  for (const part of value.split(';', 64)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (!tags.has(name)) tags.set(name, part.slice(eq + 1).replace(/[ \t\r\n]+/g, ''));
  }
  const pick = (name: string): string | null => tags.get(name) || null;
  return {
    domain: pick('d')?.toLowerCase() ?? null,
    selector: pick('s'),
    algorithm: pick('a'),
    identity: pick('i'),
  };
}
