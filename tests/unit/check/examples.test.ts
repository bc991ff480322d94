// The examples the header reader offers: they read cleanly, show what they are meant to teach, and agree with data/email.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeaders } from '../../../src/lib/email';
import { ExamplesFile } from '../../../src/lib/data/examples';
import { EmailFile } from '../../../src/lib/data/email';
import { exampleText } from '../../../src/lib/check/examples';
import { annotateHeaders } from '../../../src/lib/check/annotate';
import { routeDrawing } from '../../../src/lib/check/route';
import { flagIds, ok } from '../email/helpers';

const examples = ExamplesFile.parse(JSON.parse(readFileSync('data/examples.json', 'utf8'))).examples;
const email = EmailFile.parse(JSON.parse(readFileSync('data/email.json', 'utf8')));
const byId = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return ok(readHeaders(exampleText(e, email)));
};

describe('examples', () => {
  it('the reconstructed Proud Boys email has the From line and subject newspapers printed', () => {
    const r = byId('proud-boys');
    expect(r.from).toMatchObject({ displayName: email.sender.display, address: email.sender.address });
    expect(r.subject).toBe(email.subject.text);
  });

  it('the Proud Boys email: the first server is not the sender’s, and no check vouches for the From line', () => {
    const r = byId('proud-boys');
    expect(r.hops[r.originHop ?? -1]?.fromClaimed).toBe('avalik.koolibri.ee');
    expect(flagIds(r)).toEqual(expect.arrayContaining(['origin-unrelated', 'no-auth-results', 'example-addresses']));
    expect(r.auth.verdict).toBe('none');
  });

  it('the phishing email is caught by its display name, and the newsletter passes', () => {
    expect(flagIds(byId('phishing'))).toEqual(expect.arrayContaining(['display-name-address', 'display-name-brand', 'reply-to-differs']));
    const news = byId('newsletter');
    expect(news.auth.verdict).toBe('pass');
    expect(news.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('every example uses only addresses reserved for documentation (no real person’s server)', () => {
    for (const e of examples) {
      const r = ok(readHeaders(exampleText(e, email)));
      for (const h of r.hops) if (h.ip) expect(['documentation', 'private', 'loopback']).toContain(h.ip.class);
    }
  });
});

describe('who writes each line (read by hand)', () => {
  const e = examples.find((x) => x.id === 'proud-boys')!;
  const lines = annotateHeaders(exampleText(e, email));
  const line = (name: string) => lines.filter((l) => l.name.toLowerCase() === name);

  it('From, Subject and Date come from the sender’s program and can be anything', () => {
    for (const n of ['from', 'subject', 'date', 'message-id']) expect(line(n)[0]).toMatchObject({ writer: 'sender', fakeable: true });
  });

  it('the Received lines written by the recipient’s provider cannot be faked by the sender; Return-Path names what the sender gave', () => {
    const received = line('received');
    expect(received).toHaveLength(2);
    expect(received.every((l) => l.writer === 'provider' && !l.fakeable)).toBe(true);
    expect(line('return-path')[0]).toMatchObject({ writer: 'provider', fakeable: true });
  });

  it('a Received line below the provider’s is marked as possibly made up', () => {
    const text = ['Received: from a.example.org by mx.example.net; Tue, 20 Oct 2020 10:00:02 +0000',
      'Received: from b.example.org by a.example.org; Tue, 20 Oct 2020 10:00:01 +0000',
      'Received: from c.example.org by b.example.org; Tue, 20 Oct 2020 10:00:00 +0000',
      'From: x@example.org', 'Subject: x'].join('\n');
    const received = annotateHeaders(text).filter((l) => l.name === 'Received');
    expect(received.map((l) => l.writer)).toEqual(['provider', 'before-provider', 'before-provider']);
  });
});

describe('the route picture keeps every text at 12 px or more', () => {
  it.each([280, 320, 358, 600, 879, 880, 1000, 1400])('at %i px', (width) => {
    for (const e of examples) {
      const svg = routeDrawing(ok(readHeaders(exampleText(e, email))), width).svg;
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      // The SVG is drawn at its real size: its viewBox is as wide as the width it was laid out for.
      expect(svg).toMatch(new RegExp(`viewBox="0 [\\d.]+ ${Math.max(280, width)} `));
    }
  });
});
