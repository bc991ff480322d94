// Reading d= and s= (and a=, i=) from DKIM-Signature headers.
import { describe, expect, it } from 'vitest';
import { parseDkimSignature } from '../../../src/lib/email/dkimsig';

describe('parseDkimSignature', () => {
  it('reads the tags of a folded signature', () => {
    const sig = parseDkimSignature('v=1; a=rsa-sha256; c=relaxed/relaxed; d=Example.COM; s=s1;\n\tt=1603202460; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\th=Date:From; b=Q2Fm\n\t ZUJh');
    expect(sig).toEqual({ domain: 'example.com', selector: 's1', algorithm: 'rsa-sha256', identity: null });
  });

  it('reads i= and keeps the first of duplicated tags', () => {
    expect(parseDkimSignature('d=example.org; d=example.net; s=a; i=@news.example.org')).toMatchObject({ domain: 'example.org', identity: '@news.example.org' });
  });

  it('returns nulls for garbage', () => {
    expect(parseDkimSignature('nonsense')).toEqual({ domain: null, selector: null, algorithm: null, identity: null });
    expect(parseDkimSignature('d=; s=')).toMatchObject({ domain: null, selector: null });
    expect(() => parseDkimSignature(';'.repeat(100000))).not.toThrow();
  });
});
