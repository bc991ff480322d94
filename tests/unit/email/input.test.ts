// Odd inputs: size limit, empty, binary, random text, mbox, Gmail's page, indentation, header-only pastes, hop caps.
import { describe, expect, it } from 'vitest';
import { MAX_HOPS, MAX_INPUT_BYTES, readHeaders, readMessage } from '../../../src/lib/email';
import { fixture, flagIds, ok } from './helpers';

const received = (i: number): string =>
  `Received: from h${i}.example.org (h${i}.example.org [192.0.2.${i % 250}]) by h${i + 1}.example.org with ESMTP; Tue, 20 Oct 2020 14:${String(i % 60).padStart(2, '0')}:00 +0000`;

describe('readMessage limits and failures', () => {
  it('refuses input over the limit with a typed result naming the limit', async () => {
    const r = await readMessage('a'.repeat(MAX_INPUT_BYTES + 1));
    expect(r).toMatchObject({ ok: false, code: 'too-large', limitBytes: MAX_INPUT_BYTES });
    expect(!r.ok && r.message).toContain('2 MB');
    const bytes = await readMessage(new ArrayBuffer(MAX_INPUT_BYTES + 1));
    expect(bytes).toMatchObject({ ok: false, code: 'too-large' });
    expect(await readMessage('é'.repeat(MAX_INPUT_BYTES / 2 + 1))).toMatchObject({ code: 'too-large' });
    expect(await readMessage(fixture('gmail-newsletter.eml'), { maxBytes: 100 })).toMatchObject({ code: 'too-large', limitBytes: 100 });
  });

  it('explains empty, random and binary input', async () => {
    expect(await readMessage('')).toMatchObject({ ok: false, code: 'empty' });
    expect(await readMessage('  \n\n \t')).toMatchObject({ code: 'empty' });
    expect(await readMessage('Hello, this is just a note.\nNothing to see.')).toMatchObject({ code: 'no-headers' });
    expect(await readMessage('Key: value\nOther: thing')).toMatchObject({ code: 'no-headers' });
    expect(await readMessage(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]).buffer)).toMatchObject({ code: 'binary' });
    const msg = await readMessage(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]).buffer);
    expect(!msg.ok && msg.message).toContain('.msg');
    expect(await readMessage(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]).buffer)).toMatchObject({ code: 'binary' });
    expect(await readMessage('From: a@example.org\u0000\u0001\u0002')).toMatchObject({ code: 'binary' });
    expect(await readMessage(42 as unknown as string)).toMatchObject({ code: 'unsupported-input' });
  });

  it('reads a dropped .eml as bytes, and Latin-1 bytes that are not UTF-8', async () => {
    const eml = new TextEncoder().encode(fixture('gmail-newsletter.eml')).buffer;
    expect(ok(await readMessage(eml)).subject).toBe('📰 This week: how to read an email header');
    const latin1 = Uint8Array.from('Subject: Caf\u00e9\nFrom: a@example.org\n', (c) => c.charCodeAt(0)).buffer;
    const r = ok(await readMessage(latin1));
    expect(r.subject).toBe('Café');
    expect(r.notices.map((n) => n.id)).toContain('not-utf8');
  });
});

describe('readMessage clean-up of pastes', () => {
  it('reads a paste of headers alone, without a final newline', async () => {
    const r = ok(await readMessage('From: Alice <alice@example.org>\nSubject: Hi\n' + received(1)));
    expect(r.from?.address).toBe('alice@example.org');
    expect(r.hops).toHaveLength(1);
  });

  it('reads the first message of an mbox and says so', async () => {
    const r = ok(await readMessage(fixture('mbox-two.mbox')));
    expect(r.subject).toBe('First message');
    expect(r.notices).toEqual([{ id: 'mbox', message: expect.stringContaining('2 messages') }]);
  });

  it('skips Gmail\u2019s "Show original" summary', async () => {
    const page = `Original Message\nMessage ID\t<x@example.org>\nCreated at:\tTue, Oct 20, 2020\nFrom:\tWrong <wrong@example.net>\nSPF:\tPASS with IP 192.0.2.1 Learn more\nDownload Original\tCopy to clipboard\n${fixture('gmail-newsletter.eml')}`;
    const r = ok(await readMessage(page));
    expect(r.from?.address).toBe('news@example.com');
    expect(r.notices.map((n) => n.id)).toEqual(['gmail-page']);
  });

  it('skips leading prose and removes uniform indentation', async () => {
    const indented = fixture('yahoo-inbound.txt').split('\n').map((l) => `    ${l}`).join('\n');
    const r = ok(await readMessage(`Here are the headers you asked for:\n\n${indented}`));
    expect(r.from?.address).toBe('sender@example.net');
    expect(r.hops).toHaveLength(2);
    expect(r.notices.map((n) => n.id)).toEqual(['leading-text']);
  });

  it('notes a forwarded message attached to the one pasted', async () => {
    const fwd = 'From: a@example.org\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: message/rfc822\n\nFrom: b@example.net\n\n--x--\n';
    expect(ok(await readMessage(fwd)).notices.map((n) => n.id)).toEqual(['forwarded-attachment']);
  });

  it('flags a paste with no Received lines, and one with a single line and no results', async () => {
    expect(flagIds(ok(await readMessage('From: a@example.org\nSubject: x\n')))).toContain('no-received');
    expect(flagIds(ok(await readMessage(`From: a@example.org\n${received(1)}\n`)))).toContain('few-received');
  });

  it('caps the hops at MAX_HOPS, keeping the most recent, and says how many were skipped', async () => {
    const lines = Array.from({ length: 10000 }, (_, i) => received(10000 - i)).join('\n');
    const t0 = performance.now();
    const r = ok(await readMessage(`From: a@example.org\n${lines}\n`));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.hops).toHaveLength(MAX_HOPS);
    expect(r.hopsSkipped).toBe(10000 - MAX_HOPS);
    expect(r.hops[MAX_HOPS - 1]?.fromClaimed).toBe('h10000.example.org');
    expect(r.notices.find((n) => n.id === 'hops-capped')?.message).toContain('skipped 9900');
  });

  it('flags dates out of order and a Date line far from the first server', async () => {
    const text = [
      'From: a@example.org',
      'Date: Wed, 21 Oct 2020 14:00:00 +0000',
      'Received: from b.example.org (b.example.org [192.0.2.2]) by c.example.org; Tue, 20 Oct 2020 12:00:00 +0000',
      'Received: from a.example.org (a.example.org [192.0.2.1]) by b.example.org; Tue, 20 Oct 2020 14:00:00 +0000',
    ].join('\n');
    const r = ok(readHeaders(text));
    expect(r.hops[1]).toMatchObject({ delaySeconds: -7200, clockSkew: true });
    expect(flagIds(r)).toEqual(expect.arrayContaining(['dates-out-of-order', 'date-mismatch']));
    expect(r.flags.find((f) => f.id === 'dates-out-of-order')?.explanation).toContain('2 hours');
  });

  it('flags more than one From line, and a missing one', () => {
    expect(flagIds(ok(readHeaders('From: a@example.org\nFrom: b@example.net\nSubject: x')))).toContain('multiple-from');
    expect(flagIds(ok(readHeaders('Subject: x\nTo: a@example.org')))).toContain('missing-from');
  });
});
