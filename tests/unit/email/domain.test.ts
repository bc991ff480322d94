// Organisational domains (the simple suffix rule and its documented limits), address domains, ccTLD countries.
import { describe, expect, it } from 'vitest';
import { countryOfDomain, domainOf, orgDomain, providerOrg, sameOrg } from '../../../src/lib/email/domain';

describe('domain helpers', () => {
  it('reduces hosts to organisational domains', () => {
    expect(orgDomain('mail.news.example.com')).toBe('example.com');
    expect(orgDomain('Example.COM.')).toBe('example.com');
    expect(orgDomain('shop.example.co.uk')).toBe('example.co.uk');
    expect(orgDomain('a.b.example.com.au')).toBe('example.com.au');
    expect(orgDomain('co.uk')).toBeNull();
    expect(orgDomain('localhost')).toBeNull();
    expect(orgDomain('192.0.2.1')).toBeNull();
    expect(orgDomain('[2001:db8::1]')).toBeNull();
    expect(orgDomain('<script>.example.com')).toBeNull();
  });

  it('documents the limitation: unlisted suffixes count as organisations', () => {
    expect(orgDomain('a.city.kawasaki.jp')).toBe('kawasaki.jp');
  });

  it('compares organisations and provider groups', () => {
    expect(sameOrg('mta.news.example.com', 'example.com')).toBe(true);
    expect(sameOrg('example.org', 'example.com')).toBe(false);
    expect(sameOrg(null, 'example.com')).toBeNull();
    expect(providerOrg('am0pr01mb1234.eurprd01.prod.exchangelabs.com')).toBe('outlook.com');
    expect(providerOrg('mail-sor-f41.google.com')).toBe('google.com');
  });

  it('takes domains from addresses and countries from country-code domains', () => {
    expect(domainOf('Info@Mail.Example.ORG')).toBe('mail.example.org');
    expect(domainOf('no-at-sign')).toBeNull();
    expect(countryOfDomain('example.co.uk')).toBe('GB');
    expect(countryOfDomain('example.de')).toBe('DE');
    expect(countryOfDomain('example.com')).toBeNull();
    expect(countryOfDomain('example.io')).toBeNull();
  });
});
