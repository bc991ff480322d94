// The header reader's report and route as HTML: plain words from each sample, and nothing from the message ever becomes markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHeaders, type HeaderReport, type ReadResult } from '../../../src/lib/email';
import { renderFailure, renderReport } from '../../../src/lib/check/report';
import { routeDrawing, routeInput } from '../../../src/lib/check/route';
import { fixture, FIXTURES, ok } from '../email/helpers';

/** Every element our report and the relay renderer may write; anything else came from the message. */
const OUR_TAGS = new Set([
  'section', 'h2', 'h3', 'dl', 'div', 'dt', 'dd', 'strong', 'p', 'ul', 'ol', 'li', 'span', 'figure', 'figcaption', 'svg', 'g',
  'rect', 'text', 'tspan', 'path', 'line', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'code', 'br', 'a',
]);

function render(r: ReadResult): string {
  return r.ok ? renderReport(r, routeDrawing(r, 358)) : renderFailure(r);
}

/** Fails when the HTML holds an element we do not write, an event handler, or a link that is not ours. */
function expectOnlyOurMarkup(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)) expect(OUR_TAGS, `unexpected <${m[1]}>`).toContain(m[1]!.toLowerCase());
  // Text is escaped (no raw < or >), so every <…> is an element we wrote: none may carry an event handler.
  for (const tag of html.match(/<[^<>]*>/g) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/(www\.nro\.net|creativecommons\.org|github\.com\/sapics)\//);
}

describe('the report in plain words', () => {
  it.each(FIXTURES)('%s renders with only our markup', (name) => {
    expectOnlyOurMarkup(render(readHeaders(fixture(name))));
  });

  it('says who the message claims to be from, where it really came from, and the verdict', () => {
    const r = ok(readHeaders(fixture('phishing-display-name.eml')));
    const html = render(r);
    expect(html).toMatch(/Claims to be from<\/dt><dd><strong>PayPal Service &lt;service@paypal\.example&gt;<\/strong>/);
    expect(html).toMatch(/Really came from<\/dt><dd><strong>203-0-113-45\.dynamic\.example\.net<\/strong>, address 203\.0\.113\.45 \(example address\)/);
    expect(html).toContain('does not come from the domain in its From line');
  });

  it('lists the route in travel order, from the claimed sender to the recipient, with the same boxes as the picture', () => {
    const r = ok(readHeaders(fixture('gmail-newsletter.eml')));
    const html = render(r);
    const list = html.slice(html.indexOf('<ol class="check-route-list">'));
    const items = [...list.slice(0, list.indexOf('</ol>')).matchAll(/<li>/g)].length;
    // One item per line of the diagram: sender → first server, each hop, the last server → the recipient.
    expect(items).toBe(routeInput(r).edges.length);
    expect(list.indexOf('app01.internal.example.com')).toBeLessThan(list.indexOf('mta.news.example.com</strong> handed'));
  });

  it('a failed read is one plain message', () => {
    const f = readHeaders('hello');
    expect(f.ok).toBe(false);
    expect(render(f)).toMatch(/^<div class="check-error" role="alert" data-error="no-headers"><p>We found no email headers/);
  });
});

describe('nothing from the message becomes markup (property)', () => {
  const evil = fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '</tspan></text><foreignObject><iframe>',
    '=?UTF-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=',
    '&lt;b&gt;',
    '<style>*{}</style>',
  );
  const field = fc.oneof(evil, fc.string({ maxLength: 30 }), fc.tuple(fc.string({ maxLength: 10 }), evil).map(([a, b]) => a + b));
  const block = fc.record({ name: field, address: field, host: field, by: field, subject: field, auth: field, reply: field }).map(
    (v) =>
      [
        `Received: from ${v.host} (${v.host} [203.0.113.9]) by ${v.by} with ESMTP; Tue, 20 Oct 2020 10:00:00 +0000`,
        `Authentication-Results: ${v.by}; spf=pass smtp.mailfrom=${v.auth}; dmarc=fail header.from=${v.auth}`,
        `Received: from ${v.by} by mx.example.net with ESMTPS; Tue, 20 Oct 2020 10:00:01 +0000`,
        `From: "${v.name}" <${v.address}@example.com>`,
        `Reply-To: ${v.reply}`,
        `Return-Path: <${v.address}@${v.host}>`,
        `Subject: ${v.subject}`,
      ].join('\n'),
  );

  it('random header values holding markup render as text, at every width', () => {
    fc.assert(
      fc.property(block, fc.integer({ min: 280, max: 1400 }), (text, width) => {
        const r = readHeaders(text);
        const html = r.ok ? renderReport(r, routeDrawing(r as HeaderReport, width)) : renderFailure(r);
        expectOnlyOurMarkup(html);
      }),
      { numRuns: 300 },
    );
  });
});
