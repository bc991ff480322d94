// The Authentication-Results / ARC-Authentication-Results parser (RFC 8601) on Gmail, Exchange, Yahoo and iCloud shapes.
import { describe, expect, it } from 'vitest';
import { parseAuthResults, property } from '../../../src/lib/email/authresults';

describe('parseAuthResults', () => {
  it('reads Gmail: authserv-id, header.i, comments with colons and a quoted mailfrom', () => {
    const h = parseAuthResults(
      'mx.google.com; dkim=pass header.i=@example.com header.s=s1 header.b=AbCdEfGh; spf=pass (google.com: domain of bounce@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom="bounce@example.com"; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
    );
    expect(h.authservId).toBe('mx.google.com');
    expect(h.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    const [dkim, spf, dmarc] = h.results;
    expect(dkim && property(dkim, 'header.i')).toBe('@example.com');
    expect(dkim && property(dkim, 'header.s')).toBe('s1');
    expect(spf?.comment).toContain('designates 192.0.2.1');
    expect(spf && property(spf, 'smtp.mailfrom')).toBe('bounce@example.com');
    expect(dmarc?.comment).toBe('p=REJECT sp=REJECT dis=NONE');
  });

  it('reads Exchange Online: no authserv-id, no space after ";", action= and reason=', () => {
    const h = parseAuthResults(
      'spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=example.org; dkim=pass (signature was verified) header.d=example.org;dmarc=pass action=none header.from=example.org;compauth=pass reason=100',
    );
    expect(h.authservId).toBeNull();
    expect(h.results.map((r) => r.method)).toEqual(['spf', 'dkim', 'dmarc', 'compauth']);
    expect(h.results[3]?.reason).toBe('100');
    expect(h.results[2] && property(h.results[2], 'action')).toBe('none');
  });

  it('reads Yahoo: a comment glued to the result and a trailing semicolon', () => {
    const h = parseAuthResults('atlas-production.v2-mail-prod1-gq1.omega.yahoo.com; dkim=pass header.i=@example.net header.s=mail2020; spf=pass smtp.mailfrom=example.net; dmarc=pass(p=NONE) header.from=example.net;');
    expect(h.results).toHaveLength(3);
    expect(h.results[2]).toMatchObject({ method: 'dmarc', result: 'pass', comment: 'p=NONE' });
  });

  it('reads iCloud: one method per header, a quoted reason', () => {
    expect(parseAuthResults('dkim-verifier.icloud.com; dkim=pass (2048-bit key) header.d=example.org header.i=@example.org header.b=AbCdEf12').results[0]).toMatchObject({ comment: '2048-bit key' });
    expect(parseAuthResults('bimi.icloud.com; bimi=skipped reason="insufficient dmarc"').results[0]).toMatchObject({ result: 'skipped', reason: 'insufficient dmarc' });
  });

  it('reads a version, "none", method versions and spaces around "="', () => {
    const none = parseAuthResults('example.org 1; none');
    expect(none).toMatchObject({ authservId: 'example.org', version: '1', results: [] });
    const v = parseAuthResults('mx.example.org; dkim/1 = pass header.d = example.com');
    expect(v.results[0]).toMatchObject({ method: 'dkim', methodVersion: '1', result: 'pass' });
    expect(v.results[0] && property(v.results[0], 'header.d')).toBe('example.com');
  });

  it('keeps base64 values with "=" and "/" whole, and lower-cases methods, results and keys', () => {
    const h = parseAuthResults('mx.example.org; DKIM=PASS Header.D=example.com header.b=ab/c+d=');
    expect(h.results[0]).toMatchObject({ method: 'dkim', result: 'pass' });
    expect(h.results[0] && property(h.results[0], 'header.b')).toBe('ab/c+d=');
  });

  it('reads ARC-Authentication-Results with its instance', () => {
    const h = parseAuthResults('i=2; lists.example.org; arc=pass (i=1 spf=pass spfdomain=example.com dkim=pass dkdomain=example.com dmarc=pass fromdomain=example.com); spf=pass smtp.mailfrom=example.org', true);
    expect(h).toMatchObject({ instance: 2, authservId: 'lists.example.org' });
    expect(h.results.map((r) => r.method)).toEqual(['arc', 'spf']);
  });

  it('reads nested comments and unclosed quotes without throwing', () => {
    expect(parseAuthResults('mx.example.org; spf=fail (outer (inner) text) smtp.mailfrom=a@example.org').results[0]?.comment).toBe('outer (inner) text');
    expect(parseAuthResults('mx.example.org; spf=pass reason="never closed').results[0]?.reason).toBe('never closed');
  });

  it('skips malformed entries and never throws', () => {
    for (const v of ['', ';;;', '=', '==;==', 'mx; =pass', '(((', '"', 'mx.example.org; <script>=x', 'a'.repeat(10000)]) {
      expect(() => parseAuthResults(v)).not.toThrow();
    }
    expect(parseAuthResults('mx.example.org; =pass; spf=; dkim=pass').results.map((r) => r.method)).toEqual(['dkim']);
  });

  it('stays linear on long adversarial values', () => {
    const t0 = performance.now();
    parseAuthResults(`mx; ${'a='.repeat(100000)}`);
    parseAuthResults(`mx; spf=pass ${'('.repeat(100000)}`);
    parseAuthResults(`mx; ${'"'.repeat(100001)}`);
    parseAuthResults(`mx; ${'dkim=pass;'.repeat(20000)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
