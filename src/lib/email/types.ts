// The typed output of the email header reader: what the UI gets, documented field by field.
//
// Every string in these types is plain data taken from (or derived from) what the reader pasted:
// it may contain '<script>' or any other text, and the UI must escape it. Control characters are
// replaced by spaces and long values are cut (see limits.ts), so no field carries raw line breaks.

/** Where an IP address belongs, from the IANA special-purpose registries. */
export type IpClass =
  /** An ordinary internet address. */
  | 'public'
  /** RFC 1918 (10/8, 172.16/12, 192.168/16) or IPv6 unique local (fc00::/7): inside a private network. */
  | 'private'
  /** 127/8 or ::1: the machine talking to itself. */
  | 'loopback'
  /** 169.254/16 or fe80::/10: only valid on one local network segment. */
  | 'link-local'
  /** 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20: reserved for examples. */
  | 'documentation'
  /** 100.64/10: carrier-grade NAT, shared by many customers of one internet provider. */
  | 'shared'
  /** Any other reserved block (multicast, benchmarking, "this network", future use …). */
  | 'reserved';

/** What we know about the country of an IP address. */
export type CountryStatus =
  /** `country` holds the registration country. */
  | 'found'
  /** The address is public but the table has no country for it. */
  | 'no-data'
  /** The address is private, reserved or an example, so it has no country. */
  | 'not-public'
  /** No lookup was asked for (readHeaders, or readMessage without `countryLookup`). */
  | 'not-looked-up'
  /** The lookup failed (network error, bad table, timeout). */
  | 'lookup-failed';

/** One IP address found in a header. */
export interface IpInfo {
  /** The address in canonical form: dotted IPv4 or compressed lower-case IPv6 (brackets, "IPv6:" and zone removed). */
  address: string;
  /** 4 or 6. */
  version: 4 | 6;
  /** Which kind of address it is. */
  class: IpClass;
  /** One plain sentence saying what that class means. */
  classExplanation: string;
  /** ISO 3166-1 alpha-2 code of the country the address block is registered in, when `countryStatus` is 'found'. */
  country: string | null;
  /** English name of that country (e.g. "Estonia"), when known. */
  countryName: string | null;
  /** Whether and how the country was looked up. */
  countryStatus: CountryStatus;
}

/** An address from a header line (From, Reply-To, Sender, Return-Path …). */
export interface AddressInfo {
  /** The name shown before the address, decoded from RFC 2047 words (e.g. "PayPal"); '' when there is none. */
  displayName: string;
  /** The address itself (e.g. "info@example.com"); '' when the header held no address we could read. */
  address: string;
  /** Lower-cased domain of the address (e.g. "mail.example.com"); null when there is none. */
  domain: string | null;
  /**
   * The organisation's domain, by a simple rule (last two labels, or three after a known
   * second-level suffix such as co.uk or com.au; see domain.ts). It can be wrong for rarer
   * suffixes (e.g. city.kawasaki.jp), which only makes a "different domain" warning more likely.
   */
  orgDomain: string | null;
  /** The header's value as written (unfolded, not decoded). */
  raw: string;
}

/** An address that is compared with the From line. */
export interface RelatedAddress extends AddressInfo {
  /** True when its organisational domain equals From's; false when it differs; null when either is missing. */
  sameOrgAsFrom: boolean | null;
}

/** The envelope sender (where bounces go), and which header told us. */
export interface EnvelopeSender extends RelatedAddress {
  /** 'return-path' (Return-Path header), 'received-spf' (its envelope-from) or 'authentication-results' (smtp.mailfrom). */
  source: 'return-path' | 'received-spf' | 'authentication-results';
}

/** The Date header. */
export interface DateInfo {
  /** As written. */
  raw: string;
  /** The moment in ISO 8601 (UTC), or null when it could not be read. */
  iso: string | null;
  /** The sender's stated offset from UTC in minutes (e.g. -420 for -0700), or null. */
  utcOffsetMinutes: number | null;
}

/** Whether a hop says the connection was encrypted. */
export type TlsHint = 'yes' | 'no' | 'unknown';

/** One step of the journey, from one Received line. */
export interface Hop {
  /** Position in travel order: 0 is the first hop (the bottom Received line). */
  index: number;
  /** The name the sending server gave for itself (HELO/EHLO); anyone can claim any name here. */
  fromClaimed: string | null;
  /** The name the receiving server found for the connecting address (reverse DNS, in the brackets), if it wrote one. */
  fromSeen: string | null;
  /** The connecting server's IP address, if the line has one. */
  ip: IpInfo | null;
  /** The server that wrote this line and received the message. */
  by: string | null;
  /** The comment after the receiving server's name, often its software (e.g. "Postfix"). */
  byComment: string | null;
  /** How it was handed over (the "with" part, e.g. "ESMTPS", "Microsoft SMTP Server", "HTTP"). */
  protocol: string | null;
  /** Whether the line says the connection was encrypted. */
  tls: TlsHint;
  /** The encryption detail found, e.g. "TLS 1.3", or null. */
  tlsDetail: string | null;
  /** The recipient named in the line ("for"), if any. */
  recipient: string | null;
  /** The receiving server's own id for the message, if any. */
  id: string | null;
  /** When this server received it, ISO 8601 (UTC), or null when the date is missing or unreadable. */
  time: string | null;
  /** Seconds since the previous hop; null when either time is unknown (and for the first hop). */
  delaySeconds: number | null;
  /** True when this hop's time is earlier than the previous hop's (a server clock is wrong, or a line was made up). */
  clockSkew: boolean;
  /** Whether the sending server's names share the From domain's organisation; null when there is no From domain or no name. */
  relatedToFrom: boolean | null;
  /** True when the sending server's name looks automatically generated, as for home, mobile, dynamic or rented connections. */
  residentialHint: boolean;
  /** True when the sender logged in to hand the message over (ESMTPA, ESMTPSA, or webmail over HTTP): where a person submitted it. */
  submission: boolean;
  /** True when the receiving server wrote "may be forged" (its name check failed). */
  mayBeForged: boolean;
  /** True when the receiving server belongs to the same organisation as the server that delivered to the recipient. */
  byRecipient: boolean;
  /** The line as written (unfolded). */
  raw: string;
}

/** A result value as RFC 8601 / RFC 7208 define them; 'unknown' for anything else. */
export type AuthResultValue =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy'
  | 'unknown';

/** Which identity a result refers to. */
export type AuthDomainSource = 'smtp.mailfrom' | 'smtp.helo' | 'header.d' | 'header.i' | 'header.from' | 'envelope-from';

/** One check (SPF, DKIM, DMARC, ARC …) as a server reported it. */
export interface AuthCheck {
  /** Lower-cased method name: 'spf', 'dkim', 'dmarc', 'arc', or another one (e.g. 'compauth', 'bimi'). */
  method: string;
  /** The result, normalised. */
  result: AuthResultValue;
  /** The result word as written (e.g. 'bestguesspass', 'hardfail'). */
  resultRaw: string;
  /** The domain the check is about, lower-cased, or null. */
  domain: string | null;
  /** Where `domain` came from. */
  domainSource: AuthDomainSource | null;
  /** DKIM selector (header.s), or null. */
  selector: string | null;
  /** The reporting server (authserv-id), or null when the header did not name one (Exchange Online omits it). */
  authservId: string | null;
  /** The `reason=` value, or null. */
  reason: string | null;
  /** Comments written next to the result, e.g. "p=REJECT sp=REJECT dis=NONE", or null. */
  comment: string | null;
  /** DMARC policy (p=) when a comment or policy property states it, lower-cased, or null. */
  policy: string | null;
  /** The header it came from. */
  source: 'authentication-results' | 'arc-authentication-results' | 'received-spf';
  /** ARC instance (i=) for ARC-Authentication-Results, else null. */
  arcInstance: number | null;
  /** True when we rely on this result (it comes from the recipient's own provider, see AuthSummary). */
  trusted: boolean;
}

/** A DKIM-Signature header: what the signer claims (not verified here; checking needs DNS). */
export interface DkimSignature {
  /** d=, the signing domain, lower-cased. */
  domain: string | null;
  /** s=, the selector. */
  selector: string | null;
  /** a=, the algorithm (e.g. rsa-sha256). */
  algorithm: string | null;
  /** i=, the signing identity, if given. */
  identity: string | null;
}

/** How a passing domain relates to the From domain (DMARC "relaxed" alignment, by organisational domain). */
export type Alignment =
  /** The check passed for a domain of the same organisation as From. */
  | 'aligned'
  /** The check passed, but only for other organisations' domains. */
  | 'not-aligned'
  /** The check did not pass (or was not reported). */
  | 'no-pass';

/** The authentication picture. */
export interface AuthSummary {
  /** The SPF result we rely on (trusted Authentication-Results, else the top Received-SPF), or null. */
  spf: AuthCheck | null;
  /** Every trusted DKIM result (one per signature). */
  dkim: AuthCheck[];
  /** The trusted DMARC result, or null. */
  dmarc: AuthCheck | null;
  /** The trusted ARC result (arc=…), or null. */
  arc: AuthCheck | null;
  /** Every result found in any header, trusted or not, top header first. */
  all: AuthCheck[];
  /**
   * The authserv-ids we trust: those of the topmost Authentication-Results header's organisation
   * (lower ones can be written by anyone before the message reached the recipient's provider).
   */
  trustedAuthservIds: string[];
  /** DKIM-Signature headers as written. */
  dkimSignatures: DkimSignature[];
  /** SPF and DKIM alignment with the From domain, computed here. */
  alignment: { spf: Alignment; dkim: Alignment };
  /**
   * Overall: 'pass' when DMARC passed (or, without DMARC, an aligned SPF/DKIM pass); 'fail' when
   * DMARC failed (or, without DMARC, SPF or DKIM failed and nothing aligned passed); else 'none'.
   */
  verdict: 'pass' | 'fail' | 'none';
}

/** How serious a red flag is. */
export type Severity = 'danger' | 'warning' | 'info';

/** Identifier of a red flag, stable for the UI (icons, anchors, tests). */
export type FlagId =
  | 'display-name-address'
  | 'display-name-domain'
  | 'display-name-brand'
  | 'lookalike-domain'
  | 'display-name-unrelated'
  | 'hidden-characters'
  | 'mixed-scripts'
  | 'missing-from'
  | 'multiple-from'
  | 'dmarc-fail'
  | 'not-aligned'
  | 'spf-fail'
  | 'spf-softfail'
  | 'dkim-fail'
  | 'dkim-missing'
  | 'dkim-unchecked'
  | 'no-auth-results'
  | 'untrusted-results'
  | 'reply-to-differs'
  | 'return-path-differs'
  | 'sender-differs'
  | 'origin-unrelated'
  | 'origin-residential'
  | 'origin-country'
  | 'origin-abroad'
  | 'may-be-forged'
  | 'example-addresses'
  | 'no-received'
  | 'few-received'
  | 'dates-out-of-order'
  | 'date-mismatch';

/** One thing worth the reader's attention, in plain words. */
export interface RedFlag {
  /** Stable identifier. */
  id: FlagId;
  /** 'danger': strong sign of a fake; 'warning': worth a closer look; 'info': context, often harmless. */
  severity: Severity;
  /** A short heading (plain text). */
  title: string;
  /** One to three short sentences for someone who has never seen a header (plain text). */
  explanation: string;
}

/** Identifier of a note about how the input was read. */
export type NoticeId =
  | 'mbox'
  | 'hops-capped'
  | 'gmail-page'
  | 'leading-text'
  | 'forwarded-attachment'
  | 'not-utf8'
  | 'results-capped';

/** A note about how the input was read (not about the message itself). */
export interface Notice {
  id: NoticeId;
  /** Plain text. */
  message: string;
}

/** The analysis of one message's headers. */
export interface HeaderReport {
  /** Always true: this is a successful read (see ReadFailure). */
  ok: true;
  /** The From line (first address), or null when there is none. */
  from: AddressInfo | null;
  /** How many From headers there were (more than one is unusual). */
  fromHeaderCount: number;
  /** The Return-Path header (bounce address), or null. */
  returnPath: RelatedAddress | null;
  /** Every Reply-To address. */
  replyTo: RelatedAddress[];
  /** The Sender header, or null. */
  sender: RelatedAddress | null;
  /** The envelope sender (Return-Path, else Received-SPF envelope-from, else smtp.mailfrom), or null. */
  envelopeSender: EnvelopeSender | null;
  /** The subject, decoded, or null. */
  subject: string | null;
  /** The Date header, or null. */
  date: DateInfo | null;
  /** The Message-ID header, or null. */
  messageId: string | null;
  /** The Received chain in travel order (bottom header first), at most MAX_HOPS of the most recent. */
  hops: Hop[];
  /** How many older Received lines were left out because there were more than MAX_HOPS. */
  hopsSkipped: number;
  /** Index in `hops` of the first hop from a server on the internet (public or example address), or null. */
  originHop: number | null;
  /** Index in `hops` where the message entered the recipient's provider (its lines are the most reliable), or null. */
  entryHop: number | null;
  /** The X-Originating-IP header (the sender's own address, added by some webmail services), or null. */
  originatingIp: IpInfo | null;
  /** SPF, DKIM, DMARC and ARC. */
  auth: AuthSummary;
  /** Red flags, most serious first. */
  flags: RedFlag[];
  /** Notes about how the input was read. */
  notices: Notice[];
  /** Counts, for the UI and for tests. */
  stats: { inputBytes: number; headerCount: number; receivedCount: number };
}

/** Why an input could not be read. */
export type ReadErrorCode = 'too-large' | 'empty' | 'binary' | 'no-headers' | 'unsupported-input' | 'internal';

/** A failed read: never thrown, always returned. */
export interface ReadFailure {
  ok: false;
  /** What went wrong. */
  code: ReadErrorCode;
  /** Plain-words message for the reader. */
  message: string;
  /** The size limit in bytes, for 'too-large'; else null. */
  limitBytes: number | null;
}

/** What readMessage and readHeaders return. */
export type ReadResult = HeaderReport | ReadFailure;

/** Result of a country lookup (see ipcountry.ts). */
export type CountryResult =
  | { status: 'found'; country: string }
  | { status: 'no-data' | 'not-public' | 'lookup-failed' };

/** Options for readMessage. */
export interface ReadOptions {
  /** Looks up an IP address's country (see createCountryLookup); without it countries are 'not-looked-up'. */
  countryLookup?: (ip: string) => Promise<CountryResult>;
  /** Give up on a country lookup after this many milliseconds (default LOOKUP_TIMEOUT_MS). */
  lookupTimeoutMs?: number;
  /**
   * The country (ISO alpha-2) the From organisation is expected to be in, e.g. 'US'. When not
   * given, a country-code domain (.de, .co.uk …) is used; .com and the like give no expectation.
   */
  expectedCountry?: string;
  /** A lower input limit in bytes than MAX_INPUT_BYTES (a higher one is ignored). */
  maxBytes?: number;
}
