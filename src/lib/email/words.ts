// Every plain-words sentence the email header reader shows, in one place (plain text: the UI escapes it).
import type { AuthResultValue, IpClass, TlsHint } from './types';

/** The credit line the UI must show wherever an IP's country appears (CC BY 4.0 requires attribution). */
export const CREDIT_LINE =
  'IP-to-country data: Number Resource Organization (NRO), CC BY 4.0, via the ip-location-db project.';

/** The parts of the credit, with links, for a UI that renders them. */
export const CREDIT = {
  text: CREDIT_LINE,
  source: 'Number Resource Organization (NRO)',
  sourceUrl: 'https://www.nro.net/',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  via: 'ip-location-db',
  viaUrl: 'https://github.com/sapics/ip-location-db',
} as const;

/** Cuts a value for quoting inside a sentence. */
export function quote(value: string, max = 80): string {
  const v = value.trim();
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

/** "1.5 MB", "200 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "40 seconds", "3 minutes", "2 hours", "5 days" (sign ignored). */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (s < 90) return unit(Math.round(s), 'second');
  if (s < 90 * 60) return unit(Math.round(s / 60), 'minute');
  if (s < 36 * 3600) return unit(Math.round(s / 3600), 'hour');
  return unit(Math.round(s / 86400), 'day');
}

let regionNames: Intl.DisplayNames | null | undefined;

/** English country name for an ISO code ("EE" → "Estonia"), or the code itself when unknown. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What each class of IP address means. */
export const IP_CLASS_TEXT: Record<IpClass, string> = {
  public:
    'An ordinary internet address. Its country is where the address block is registered, which is not always where the computer is.',
  private:
    'A private address, used inside a home or office network. It cannot be reached from the internet and says nothing about where the sender is.',
  loopback: 'The computer talking to itself: a program on the same server handed the message over.',
  'link-local': 'An address that only works on one local network, so it says nothing about location.',
  documentation:
    'An address set aside for examples in manuals. It never appears in real mail, so this line is a sample or was made up.',
  shared:
    'An address shared by many customers of one internet provider, so it cannot point to one sender.',
  reserved: 'A reserved address that is not used for ordinary internet traffic.',
};

/** What each TLS hint means, for a hop. */
export const TLS_TEXT: Record<TlsHint, string> = {
  yes: 'Encrypted on this step (TLS).',
  no: 'This step does not say it was encrypted.',
  unknown: 'This step does not say whether it was encrypted.',
};

/** What each result means, in a few words. */
export const RESULT_TEXT: Record<AuthResultValue, string> = {
  pass: 'Passed',
  fail: 'Failed',
  softfail: 'Probably not allowed (soft fail)',
  neutral: 'No opinion (neutral)',
  none: 'Not checked, or no rule published',
  temperror: 'Could not be checked (temporary error)',
  permerror: 'Could not be checked (broken rule)',
  policy: 'Not accepted by the receiver’s own rules',
  unknown: 'An unusual result',
};

/** What each check asks. */
export const METHOD_TEXT: Record<'spf' | 'dkim' | 'dmarc' | 'arc', string> = {
  spf: 'SPF: is the server that delivered the message allowed to send mail for this domain?',
  dkim: 'DKIM: was the message signed by this domain, and left unchanged since?',
  dmarc: 'DMARC: does the domain in the From line match a domain that passed SPF or DKIM, by the domain owner’s own rule?',
  arc: 'ARC: did the checks pass before a forwarding service (such as a mailing list) changed the message?',
};

/** The overall verdict, for a summary line. */
export const VERDICT_TEXT: Record<'pass' | 'fail' | 'none', string> = {
  pass: 'The checks suggest the message really comes from the domain in its From line. That does not make its content true.',
  fail: 'The checks suggest the message does not come from the domain in its From line.',
  none: 'The checks do not tell us whether the message comes from the domain in its From line.',
};

/** Messages for failed reads. */
export const ERROR_TEXT = {
  tooLarge: (limitBytes: number): string =>
    `This is larger than ${formatBytes(limitBytes)}, the most we read. Headers are usually well under 50 KB: paste only the headers, or save the message without its attachments.`,
  empty: 'There is nothing to read. Paste the headers of an email, or drop an .eml file.',
  binary: (kind: string | null): string =>
    kind === 'Outlook .msg'
      ? 'This looks like an Outlook .msg file, which we cannot read. In Outlook, open the message, choose File, then Properties, and copy the “Internet headers” box.'
      : `This looks like ${kind ? `a ${kind} file` : 'a binary file'}, not the text of an email. Paste the message source, or drop an .eml file.`,
  noHeaders:
    'We found no email headers in this text. Headers are the lines at the top of a message’s source, such as “Received:”, “From:” and “Date:”. In Gmail choose “Show original”; in Outlook “View message source”; in Apple Mail “View, Message, All Headers”.',
  unsupported: 'We can only read text or a file.',
  internal: 'Something went wrong while reading this. Nothing was sent anywhere. Try pasting only the headers.',
} as const;

/** Notes about how the input was read. */
export const NOTICE_TEXT = {
  mbox: (count: number, capped: boolean): string =>
    `This looks like a mailbox file with ${capped ? 'more than ' : ''}${count} messages. We read the first one only.`,
  hopsCapped: (kept: number, skipped: number): string =>
    `There are ${kept + skipped} “Received” lines, far more than real mail has. We read the ${kept} most recent and skipped ${skipped} older ones.`,
  gmailPage: 'We skipped the summary at the top of Gmail’s “Show original” page and read the message below it.',
  leadingText: (lines: number): string =>
    `We skipped ${lines} line${lines === 1 ? '' : 's'} at the top that did not look like email headers.`,
  forwardedAttachment:
    'This message has another email attached (a forward). We read the outer message; to check the attached one, open it and paste its own headers.',
  notUtf8: 'The file was not in UTF-8, so we read it as Western European text; a few letters may look wrong.',
  resultsCapped: (max: number): string =>
    `There were more check-result headers than we read; we read the first ${max} of each kind.`,
} as const;

type FlagWords = { title: string; explanation: string };

/** Title and explanation of every red flag. */
export const FLAG_TEXT = {
  displayNameAddress: (shown: string, real: string): FlagWords => ({
    title: 'The name shows a different address',
    explanation: `The sender’s name reads “${quote(shown)}”, but the message came from ${quote(real)}. Showing one address as the name while sending from another is a common trick.`,
  }),
  displayNameDomain: (mentioned: string, real: string): FlagWords => ({
    title: 'The name mentions another website',
    explanation: `The sender’s name mentions ${quote(mentioned)}, but the address is at ${quote(real)}. This suggests someone is borrowing that name.`,
  }),
  displayNameBrand: (brand: string, name: string, domain: string): FlagWords => ({
    title: `The name says ${brand}, the address does not`,
    explanation: `The name shown is “${quote(name)}”, but the address is at ${quote(domain)}, which is not one of ${brand}’s usual domains as far as we know. Anyone can type any name; the address is harder to fake.`,
  }),
  lookalikeDomain: (brand: string, domain: string): FlagWords => ({
    title: 'The address looks like a well-known name',
    explanation: `The domain ${quote(domain)} contains “${brand}” but is not one of ${brand}’s usual domains as far as we know. Look-alike domains are often used to fool readers.`,
  }),
  displayNameUnrelated: (name: string, address: string): FlagWords => ({
    title: 'The name and the address do not match',
    explanation: `The name “${quote(name)}” does not appear in the address ${quote(address)}. That is common (nicknames, agencies, shared inboxes), but fake senders do it too.`,
  }),
  hiddenCharacters: (): FlagWords => ({
    title: 'Hidden characters in the sender’s name',
    explanation:
      'The name contains invisible characters that change how text is shown. They are rarely needed and can disguise a name. We removed them from what we show.',
  }),
  mixedScripts: (name: string): FlagWords => ({
    title: 'Letters from different alphabets',
    explanation: `The name “${quote(name)}” mixes letters from different alphabets in one word (for example Latin and Cyrillic), which can make a fake name look like a real one.`,
  }),
  missingFrom: (): FlagWords => ({
    title: 'No From line',
    explanation: 'We found no sender (From line). The paste may be incomplete, or the message is unusual.',
  }),
  multipleFrom: (count: number): FlagWords => ({
    title: 'More than one From line',
    explanation: `The message has ${count} From lines. Real mail has one; some programs show only one of them, which can hide the other.`,
  }),
  dmarcFail: (domain: string, policy: string | null): FlagWords => ({
    title: 'The sender’s domain does not vouch for this message (DMARC failed)',
    explanation: `The owner of ${quote(domain)} publishes a rule (DMARC) for recognising its real mail, and this message did not meet it. This strongly suggests the From line is not genuine.${
      policy === 'reject' || policy === 'quarantine' ? ` The domain asks receivers to ${policy === 'reject' ? 'refuse' : 'set aside'} such messages.` : ''
    }`,
  }),
  notAligned: (fromDomain: string, passed: string[]): FlagWords => ({
    title: 'The checks vouch for another domain',
    explanation: `Checks passed for ${quote(passed.join(', '))}, not for ${quote(fromDomain)}, the domain in the From line. So they do not vouch for the sender you see. Some mailing services work this way, and so do fakes.`,
  }),
  spfFail: (domain: string, ip: string | null): FlagWords => ({
    title: 'The sending server was not allowed (SPF failed)',
    explanation: `${quote(domain)} lists the servers allowed to send its mail, and the server that delivered this one${ip ? ` (${ip})` : ''} is not on it. This suggests the message was not sent by ${quote(domain)}, or was forwarded.`,
  }),
  spfSoftfail: (domain: string): FlagWords => ({
    title: 'The sending server is probably not allowed (SPF soft fail)',
    explanation: `${quote(domain)} says the server that delivered this message is probably not one of its own. This is often a sign of a fake, sometimes of forwarding.`,
  }),
  dkimFail: (domain: string | null): FlagWords => ({
    title: 'The digital signature did not match (DKIM failed)',
    explanation: `The message carries a signature${domain ? ` from ${quote(domain)}` : ''}, but it did not match. The message may have been changed on the way, or the signature was faked.`,
  }),
  dkimMissing: (): FlagWords => ({
    title: 'No digital signature (DKIM)',
    explanation:
      'Most genuine mail from organisations is signed so receivers can check where it came from. This message has no signature that passed, so nothing vouches for its From line.',
  }),
  dkimUnchecked: (domain: string): FlagWords => ({
    title: 'Signed, but the result is not in these headers',
    explanation: `The message carries a signature from ${quote(domain)}. Checking it needs lookups that your email provider does, and its result is not in what you pasted, so we cannot say whether it is valid.`,
  }),
  noAuthResults: (): FlagWords => ({
    title: 'No check results in these headers',
    explanation:
      'Email providers usually add an “Authentication-Results” line with their checks (SPF, DKIM, DMARC). It is missing here: the paste may be incomplete, or the provider does not add it.',
  }),
  untrustedResults: (ids: string[]): FlagWords => ({
    title: 'Some check results came from elsewhere',
    explanation: `There are also results written by ${quote(ids.join(', ') || 'an unnamed server')}. They may come from a forwarding service, or the sender may have written them, so we do not rely on them.`,
  }),
  replyToDiffers: (reply: string, fromDomain: string): FlagWords => ({
    title: 'Replies go somewhere else',
    explanation: `If you reply, your answer goes to ${quote(reply)}, not to ${quote(fromDomain)}. Scammers use this to receive answers; newsletters and help desks sometimes do it too.`,
  }),
  returnPathDiffers: (returnPath: string, fromDomain: string): FlagWords => ({
    title: 'Bounces go to another domain',
    explanation: `Notices of failed delivery go to ${quote(returnPath)}, not to ${quote(fromDomain)}. Mailing services do this routinely, so on its own it proves nothing.`,
  }),
  senderDiffers: (sender: string, from: string): FlagWords => ({
    title: 'Sent on behalf of someone else',
    explanation: `The message says ${quote(sender)} sent it on behalf of ${quote(from)}. That is normal for mailing lists and assistants; check that you know both.`,
  }),
  originUnrelated: (host: string, fromDomain: string): FlagWords => ({
    title: 'The first server is not the sender’s',
    explanation: `The first server we can see, ${quote(host)}, is not part of ${quote(fromDomain)}. That is normal when an organisation uses a mail service, but it is also what mail pretending to be from ${quote(fromDomain)} looks like.`,
  }),
  originService: (host: string, fromDomain: string): FlagWords => ({
    title: 'Sent through a mail service',
    explanation: `The first server we can see, ${quote(host)}, belongs to a mail service rather than to ${quote(fromDomain)}. Many organisations send through such services, and so do some fakes.`,
  }),
  originResidential: (host: string): FlagWords => ({
    title: 'Sent from a home or generic connection',
    explanation: `The first server’s name, ${quote(host)}, looks automatically generated, as internet providers name home, mobile and rented connections. Organisations rarely send their mail straight from those; scammers and infected computers often do.`,
  }),
  originCountry: (country: string, ip: string): FlagWords => ({
    title: `First server registered in ${country}`,
    explanation: `The first server we can see (${ip}) is in an address block registered in ${country}. Registration is not location, and mail can be relayed through any country, so this does not prove where the sender was.`,
  }),
  originAbroad: (country: string, expected: string, ip: string, fromDomain: string): FlagWords => ({
    title: 'First seen in another country',
    explanation: `The message says it is from ${quote(fromDomain)} (${expected}), but the first server we can see (${ip}) is in a block registered in ${country}. This suggests it was sent from elsewhere, though mail services and travel can explain it.`,
  }),
  mayBeForged: (host: string): FlagWords => ({
    title: 'A server name check failed',
    explanation: `A receiving server noted that ${quote(host)} “may be forged”: the name the sending server gave did not match its address.`,
  }),
  exampleAddresses: (): FlagWords => ({
    title: 'Example addresses',
    explanation:
      'Some addresses here are reserved for examples in manuals and never appear in real mail. This is a sample, or these lines were made up.',
  }),
  noReceived: (): FlagWords => ({
    title: 'No “Received” lines',
    explanation:
      'Every server that handles a message adds a “Received” line, and there are none here. The paste may be incomplete (copy all the headers), or this is a draft or a saved copy rather than delivered mail.',
  }),
  fewReceived: (): FlagWords => ({
    title: 'Only one “Received” line',
    explanation:
      'We found a single “Received” line and no check results, so the paste may be incomplete. Copy all the headers from the top of the message source.',
  }),
  datesOutOfOrder: (count: number, seconds: number): FlagWords => ({
    title: 'Times out of order',
    explanation: `${count === 1 ? 'One server says' : `${count} servers say`} it received the message before the previous one did (by up to ${formatDuration(seconds)}). A server’s clock may be wrong, or some lines were made up.`,
  }),
  dateMismatch: (seconds: number): FlagWords => ({
    title: 'The Date line and the first server disagree',
    explanation: `The Date line is ${formatDuration(seconds)} ${seconds > 0 ? 'after' : 'before'} the time the first server received the message. Clocks can be wrong and mail can wait in a queue, but a large gap can also mean the date was made up.`,
  }),
} as const;
