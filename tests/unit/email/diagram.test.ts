// hopsForDiagram: an ordered node/edge list, with edge styles from the authentication verdict.
import { describe, expect, it } from 'vitest';
import { hopsForDiagram, readHeaders } from '../../../src/lib/email';
import { fixture, ok } from './helpers';

describe('hopsForDiagram', () => {
  it('lists sender, one server per hop, the last receiver and the recipient, in travel order', () => {
    const d = hopsForDiagram(ok(readHeaders(fixture('gmail-newsletter.eml'))));
    expect(d.nodes.map((n) => n.id)).toEqual(['sender', 'server-0', 'server-1', 'server-2', 'server-3', 'recipient']);
    expect(d.nodes.map((n) => n.label)).toEqual(['news@example.com', 'app01.internal.example.com', 'mta.news.example.com', 'mx.google.com', '2001:db8:6a10:d0c4::', 'reader@example.net']);
    expect(d.nodes[2]).toMatchObject({ ip: '192.0.2.25', countryStatus: 'not-public', hopIndex: 1 });
    expect(d.edges).toHaveLength(d.nodes.length - 1);
    expect(d.edges.every((e, i) => e.from === d.nodes[i]?.id && e.to === d.nodes[i + 1]?.id)).toBe(true);
  });

  it('styles the claimed link by the verdict and the entry hop by SPF', () => {
    const pass = hopsForDiagram(ok(readHeaders(fixture('gmail-newsletter.eml'))));
    expect(pass.edges.map((e) => e.style)).toEqual(['pass', 'none', 'pass', 'none', 'none']);
    expect(pass.edges[2]).toMatchObject({ tls: 'yes', delaySeconds: 2, hopIndex: 1 });
    const fail = hopsForDiagram(ok(readHeaders(fixture('dmarc-fail.txt'))));
    expect(fail.edges[0]?.style).toBe('fail');
    expect(fail.edges.filter((e) => e.style === 'fail')).toHaveLength(2);
  });

  it('copes with no hops and no From', () => {
    const d = hopsForDiagram(ok(readHeaders('Subject: hello\nTo: a@example.org')));
    expect(d.nodes.map((n) => n.kind)).toEqual(['sender', 'recipient']);
    expect(d.nodes[0]?.label).toBe('unknown sender');
    expect(d.edges).toEqual([{ from: 'sender', to: 'recipient', style: 'none', tls: null, delaySeconds: null, hopIndex: null }]);
  });
});
