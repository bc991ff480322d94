// readMessage on header samples in the formats Gmail, Exchange Online, Yahoo and iCloud write, plus phishing and DMARC-fail samples.
import { describe, expect, it } from 'vitest';
import { readHeaders, readHeadersWithCountries, readMessage } from '../../../src/lib/email';
import { fixture, FIXTURES, flagIds, ok } from './helpers';

describe('Gmail newsletter (legitimate, encoded UTF-8 subject, folded lines)', async () => {
  const r = ok(await readMessage(fixture('gmail-newsletter.eml')));

  it('reads the From line, subject, date and message id', () => {
    expect(r.from).toMatchObject({ displayName: 'Example News', address: 'news@example.com', domain: 'example.com', orgDomain: 'example.com' });
    expect(r.subject).toBe('📰 This week: how to read an email header');
    expect(r.date?.iso).toBe('2020-10-20T14:00:58.000Z');
    expect(r.messageId).toBe('<20201020140058.1234.abcd@news.example.com>');
  });

  it('compares Return-Path and the envelope sender with From by organisation', () => {
    expect(r.returnPath).toMatchObject({ address: 'bounce+1a2b3c@news.example.com', sameOrgAsFrom: true });
    expect(r.envelopeSender).toMatchObject({ source: 'return-path', sameOrgAsFrom: true });
  });

  it('orders the hops as the message travelled, with delays and TLS', () => {
    expect(r.hops.map((h) => h.by)).toEqual(['mta.news.example.com', 'mx.google.com', '2001:db8:6a10:d0c4::']);
    expect(r.hops[1]).toMatchObject({ fromSeen: 'mta.news.example.com', tls: 'yes', tlsDetail: 'TLS 1.3', delaySeconds: 2, relatedToFrom: true, byRecipient: true });
    expect(r.hops[1]?.ip).toMatchObject({ address: '192.0.2.25', class: 'documentation', countryStatus: 'not-public' });
    expect(r.hops[0]?.ip?.class).toBe('private');
    expect(r.originHop).toBe(1);
    expect(r.entryHop).toBe(1);
  });

  it('trusts mx.google.com and finds DMARC, SPF and DKIM passing and aligned', () => {
    expect(r.auth.trustedAuthservIds).toEqual(['mx.google.com']);
    expect(r.auth.dmarc).toMatchObject({ result: 'pass', domain: 'example.com', domainSource: 'header.from', policy: 'reject', authservId: 'mx.google.com' });
    expect(r.auth.spf).toMatchObject({ result: 'pass', domain: 'news.example.com', domainSource: 'smtp.mailfrom' });
    expect(r.auth.dkim[0]).toMatchObject({ result: 'pass', domain: 'example.com', domainSource: 'header.i', selector: 's1' });
    expect(r.auth.alignment).toEqual({ spf: 'aligned', dkim: 'aligned' });
    expect(r.auth.verdict).toBe('pass');
    expect(r.auth.dkimSignatures[0]).toMatchObject({ domain: 'example.com', selector: 's1' });
    expect(r.auth.all.filter((c) => c.source === 'arc-authentication-results').map((c) => c.arcInstance)).toEqual([1, 1, 1]);
  });

  it('raises no warning, only the note that these are example addresses', () => {
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(flagIds(r)).toEqual(['example-addresses']);
  });
});

describe('Exchange Online (headers only, ISO-8859-1 encoded words, CRLF)', async () => {
  const r = ok(await readMessage(fixture('outlook-exchange-online.txt').replace(/\n/g, '\r\n')));

  it('decodes Q-encoded Latin-1 words in the name and subject', () => {
    expect(r.from?.displayName).toBe('Jörg Müller');
    expect(r.subject).toBe('Grüße aus München');
  });

  it('reads results without an authserv-id, and Received-SPF', () => {
    expect(r.auth.spf).toMatchObject({ result: 'pass', domain: 'example.org', authservId: null });
    expect(r.auth.dkim[0]).toMatchObject({ result: 'pass', domain: 'example.org', domainSource: 'header.d' });
    expect(r.auth.dmarc?.result).toBe('pass');
    expect(r.auth.all.find((c) => c.source === 'received-spf')).toMatchObject({ result: 'pass', authservId: 'protection.outlook.com', trusted: true });
  });

  it('finds the entry into Exchange Online and treats its internal hops as one provider', () => {
    expect(r.hops).toHaveLength(5);
    expect(r.hops.slice(1).every((h) => h.byRecipient)).toBe(true);
    expect(r.entryHop).toBe(1);
    expect(r.hops[1]).toMatchObject({ fromClaimed: 'mail.example.org', protocol: 'Microsoft SMTP Server', tlsDetail: 'TLS 1.2' });
    expect(r.hops[0]).toMatchObject({ submission: true, ip: expect.objectContaining({ address: '203.0.113.99' }) });
    expect(r.hops[0]?.delaySeconds).toBeNull();
    expect(r.hops[4]?.protocol).toBe('HTTPS');
  });

  it('does not flag Jörg as unrelated to joerg', () => {
    expect(flagIds(r)).toEqual(['example-addresses']);
  });
});

describe('Yahoo inbound', async () => {
  const r = ok(await readMessage(fixture('yahoo-inbound.txt')));

  it('reads the EHLO name, the public address and X-Originating-IP', () => {
    expect(r.hops[1]).toMatchObject({ fromClaimed: 'mail.example.net', protocol: 'SMTPs', tls: 'yes', relatedToFrom: true });
    expect(r.hops[1]?.ip?.address).toBe('203.0.113.40');
    expect(r.originatingIp?.address).toBe('203.0.113.40');
  });

  it('reads the glued dmarc comment as the policy', () => {
    expect(r.auth.dmarc).toMatchObject({ result: 'pass', policy: 'none' });
    expect(r.auth.verdict).toBe('pass');
  });
});

describe('iCloud inbound (one result per header)', async () => {
  const r = ok(await readMessage(fixture('icloud-inbound.txt')));

  it('trusts all icloud.com reporters as one', () => {
    expect(r.auth.trustedAuthservIds).toEqual(['dmarc.icloud.com', 'dkim-verifier.icloud.com', 'spf.icloud.com', 'bimi.icloud.com']);
    expect(r.auth.spf).toMatchObject({ result: 'pass', authservId: 'spf.icloud.com' });
    expect(r.auth.dkim[0]?.comment).toBe('2048-bit key');
    expect(r.auth.all.find((c) => c.method === 'bimi')?.result).toBe('none');
  });

  it('does not blame the Mac that logged in to send (smtpclient.apple)', () => {
    expect(r.hops[0]).toMatchObject({ fromClaimed: 'smtpclient.apple', submission: true, relatedToFrom: false });
    expect(flagIds(r)).not.toContain('origin-unrelated');
    expect(r.subject).toBe('Café on Friday?');
  });
});

describe('phishing with a spoofed display name', async () => {
  const r = ok(await readMessage(fixture('phishing-display-name.eml')));

  it('decodes the B-encoded name that contains another address', () => {
    expect(r.from).toMatchObject({ displayName: 'PayPal Service <service@paypal.example>', address: 'alerts@account-verify.example.net' });
  });

  it('raises the name, authentication, reply and route flags, most serious first', () => {
    const ids = flagIds(r);
    for (const id of ['display-name-address', 'display-name-brand', 'spf-softfail', 'dkim-missing', 'reply-to-differs', 'origin-residential', 'untrusted-results']) expect(ids).toContain(id);
    expect(r.flags[0]?.severity).toBe('danger');
    const ranks = r.flags.map((f) => ['danger', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('ignores the results the sender wrote lower down', () => {
    expect(r.auth.trustedAuthservIds).toEqual(['mx1.example.com']);
    expect(r.auth.all.filter((c) => c.authservId === 'mx.paypal.example').every((c) => !c.trusted)).toBe(true);
    expect(r.auth.verdict).toBe('fail');
  });

  it('returns HTML in the subject as plain text', () => {
    expect(r.subject).toBe('Your account has been <b>limited</b> <script>alert(1)</script>');
  });
});

describe('DMARC fail (a group domain sent from elsewhere)', async () => {
  const r = ok(await readMessage(fixture('dmarc-fail.txt')));

  it('flags DMARC and SPF failures as danger', () => {
    expect(flagIds(r).slice(0, 2)).toEqual(['dmarc-fail', 'spf-fail']);
    expect(r.auth.dmarc).toMatchObject({ result: 'fail', policy: 'reject', domain: 'example.org' });
    expect(r.flags[0]?.explanation).toMatch(/suggests/);
  });

  it('reads the Exim origin and flags the generic server name', () => {
    expect(r.hops[0]).toMatchObject({ fromClaimed: 'localhost', by: 'vps-198-51-100-80.hosting.example.net', protocol: 'esmtp' });
    expect(r.hops[1]).toMatchObject({ residentialHint: true, relatedToFrom: false });
    expect(flagIds(r)).toContain('origin-residential');
  });
});

describe('readHeaders (synchronous) agrees with readMessage', () => {
  it.each(FIXTURES)('%s', async (name) => {
    expect(readHeaders(fixture(name))).toEqual(await readMessage(fixture(name)));
  });
});

describe('readHeadersWithCountries (what the page loads, without postal-mime’s message parser) agrees with readMessage', () => {
  const lookup = async (ip: string) => ({ status: 'found' as const, country: ip.startsWith('2') ? 'EE' : 'US' });
  it.each(FIXTURES)('%s', async (name) => {
    const text = fixture(name);
    expect(await readHeadersWithCountries(text, { countryLookup: lookup })).toEqual(await readMessage(text, { countryLookup: lookup }));
    const bytes = new TextEncoder().encode(text).buffer;
    expect(await readHeadersWithCountries(bytes)).toEqual(await readMessage(bytes));
  });
});
