// Parses one Received header (RFC 5321 4.4 and the shapes Postfix, Sendmail, Exim, qmail, Exchange, Gmail, Yahoo and iCloud write).
import { parseMailDate, type ParsedDate } from './date';
import { normalizeHost } from './domain';
import { formatIp, parseIp, type ParsedIp } from './ip';
import { lex, type Token } from './lexer';
import type { TlsHint } from './types';

/** What one Received line says. */
export interface ReceivedLine {
  /** Name the sender gave (HELO/EHLO), as written but lower-cased. */
  fromClaimed: string | null;
  /** Name the receiver found for the sender's address (reverse DNS), if written. */
  fromSeen: string | null;
  /** Connecting address, if any. */
  ip: ParsedIp | null;
  by: string | null;
  byComment: string | null;
  via: string | null;
  protocol: string | null;
  tls: TlsHint;
  tlsDetail: string | null;
  id: string | null;
  recipient: string | null;
  date: ParsedDate | null;
  dateRaw: string | null;
  mayBeForged: boolean;
  /** The sender logged in (ESMTPA/ESMTPSA) or used webmail (HTTP/HTTPS). */
  submission: boolean;
}

type Keyword = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
const KEYWORDS = new Set<string>(['from', 'by', 'via', 'with', 'id', 'for']);

interface Clause {
  value: string | null;
  extra: string[];
  comments: string[];
}

/** Index of the last ';' outside comments (the date follows it), or -1. */
function dateSeparator(s: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ';' && depth === 0) last = i;
  }
  return last >= 0 ? last : s.lastIndexOf(';');
}

/** Groups tokens into clauses keyed by from/by/via/with/id/for (the first occurrence of each wins). */
function clauses(tokens: readonly Token[]): Map<Keyword, Clause> {
  const map = new Map<Keyword, Clause>();
  let current: Clause | null = null;
  for (const t of tokens) {
    const word = t.kind === 'atom' ? t.text.toLowerCase() : '';
    if (KEYWORDS.has(word) && !(current && current.value === null)) {
      current = { value: null, extra: [], comments: [] };
      if (!map.has(word as Keyword)) map.set(word as Keyword, current);
      continue;
    }
    if (!current) continue;
    if (t.kind === 'comment') current.comments.push(t.text);
    else if (current.value === null) current.value = t.text;
    else current.extra.push(t.text);
  }
  return map;
}

const bracketed = (text: string): string[] => {
  const out: string[] = [];
  for (let i = text.indexOf('['); i >= 0 && out.length < 10; i = text.indexOf('[', i + 1)) {
    const end = text.indexOf(']', i);
    if (end < 0) break;
    out.push(text.slice(i + 1, end));
  }
  return out;
};

/** The connecting IP: bracketed in a comment, bare in a comment, bracketed in the value, bare value. */
function findFromIp(from: Clause): ParsedIp | null {
  for (const c of from.comments) for (const b of bracketed(c)) {
    const ip = parseIp(b);
    if (ip) return ip;
  }
  for (const c of from.comments) for (const w of c.split(/[\s,]+/, 20)) {
    const ip = parseIp(w.replace(/^[A-Za-z]+@/, ''));
    if (ip) return ip;
  }
  const v = from.value ?? '';
  return parseIp(bracketed(v)[0] ?? v);
}

const cleanHost = (h: string | undefined | null): string | null => {
  const n = normalizeHost(h);
  return n && !parseIp(n) && n !== 'unknown' ? n : null;
};

/** Names in the from clause: claimed (HELO) and seen (reverse DNS), for the Postfix, Exim and qmail styles. */
function fromNames(from: Clause): { claimed: string | null; seen: string | null } {
  const all = from.comments.join(' ');
  const exim = /(?:^|\s)helo=(\S+)/i.exec(all);
  const qmail = /(?:^|\s)(?:EHLO|HELO)\s+(\S+)/i.exec(all);
  const helo = exim?.[1] ?? qmail?.[1];
  if (helo && helo.length <= 253) return { claimed: cleanHost(helo), seen: cleanHost(from.value) };
  let seen: string | null = null;
  for (const c of from.comments) {
    const m = c.length > 300 ? null : /^(?:IDENT:)?(?:[^\s@[]*@)?([^\s[]+)\s*\[/i.exec(c);
    if (m) {
      seen = cleanHost(m[1]);
      break;
    }
  }
  const v = from.value ?? '';
  return { claimed: v.startsWith('[') ? null : cleanHost(v), seen };
}

// IANA "Mail Transmission Types": an S means TLS, an A means the sender logged in.
const SECURE_PROTOCOL = /^(?:E?SMTP|UTF8SMTP|LMTP|UTF8LMTP)SA?$|^HTTPS$/i;
const PLAIN_PROTOCOL = /^(?:E?SMTP|UTF8SMTP|LMTP|UTF8LMTP)A?$|^HTTP$/i;
const SUBMISSION_PROTOCOL = /^(?:E?SMTP|UTF8SMTP)S?A$|^HTTPS?$/i;
const KNOWN_PROTOCOL = /^(?:E?SMTP|UTF8SMTP|LMTP|UTF8LMTP)S?A?$|^HTTPS?$|^mapi$|^local$|^IMAP$/i;

/** TLS hint from the protocol name and any comment in the line. */
function tlsOf(protocol: string | null, text: string): { tls: TlsHint; detail: string | null } {
  const v = /\bTLS\s?v?(1[._]\d)|\b(SSLv3)\b/i.exec(text);
  const detail = v ? (v[1] ? `TLS ${v[1].replace('_', '.')}` : 'SSL 3') : null;
  if (detail || /Google Transport Security|\bcipher[=\s]/i.test(text)) return { tls: 'yes', detail };
  if (protocol && SECURE_PROTOCOL.test(protocol)) return { tls: 'yes', detail: null };
  if (protocol && PLAIN_PROTOCOL.test(protocol)) return { tls: 'no', detail: null };
  return { tls: 'unknown', detail: null };
}

function protocolOf(w: Clause | undefined): string | null {
  if (!w?.value) return null;
  if (KNOWN_PROTOCOL.test(w.value) || !w.extra.length) return w.value;
  return [w.value, ...w.extra.slice(0, 4)].join(' ');
}

/** A host name lower-cased, or an IP literal in canonical form. */
function canonicalHost(value: string | null | undefined): string | null {
  const host = normalizeHost(value);
  const ip = host ? parseIp(host) : null;
  return ip ? formatIp(ip) : host;
}

/** Parses one Received value (unfolded). Never throws; unknown parts are left null. Linear in the input. */
export function parseReceived(value: string): ReceivedLine {
  const sep = dateSeparator(value);
  const body = sep >= 0 ? value.slice(0, sep) : value;
  const dateRaw = sep >= 0 ? value.slice(sep + 1).trim() || null : null;
  const map = clauses(lex(body, '', false, 500));
  const from = map.get('from');
  const by = map.get('by');
  const withClause = map.get('with');
  const names = from ? fromNames(from) : { claimed: null, seen: null };
  const protocol = protocolOf(withClause);
  const tls = tlsOf(withClause?.value ?? null, body);
  const recipient = map.get('for')?.value ?? null;
  return {
    fromClaimed: names.claimed,
    fromSeen: names.seen,
    ip: from ? findFromIp(from) : null,
    by: canonicalHost(by?.value),
    byComment: by?.comments[0] ?? null,
    via: map.get('via') ? [map.get('via')?.value, ...(map.get('via')?.extra ?? [])].join(' ') : null,
    protocol,
    tls: tls.tls,
    tlsDetail: tls.detail,
    id: map.get('id')?.value ?? null,
    recipient: recipient ? recipient.replace(/^<|>$/g, '') : null,
    date: dateRaw ? parseMailDate(dateRaw) : null,
    dateRaw,
    mayBeForged: /may be forged/i.test(body),
    submission: !!withClause?.value && SUBMISSION_PROTOCOL.test(withClause.value),
  };
}
