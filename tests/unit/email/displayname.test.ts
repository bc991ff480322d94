// Display-name red flags: embedded addresses and domains, borrowed brands, look-alike domains, hidden and mixed letters.
import { describe, expect, it } from 'vitest';
import { readHeaders } from '../../../src/lib/email';
import { flagIds, ok } from './helpers';

const ids = (from: string): string[] => flagIds(ok(readHeaders(`From: ${from}\nSubject: x\n`))).filter((id) => !['no-received', 'no-auth-results', 'dkim-missing'].includes(id));

describe('display-name flags', () => {
  it('flags an address in the name that differs from the real one', () => {
    expect(ids('"support@bank.example" <x@example.net>')).toContain('display-name-address');
    expect(ids('"alice@example.org" <alice@example.org>')).toEqual([]);
  });

  it('flags a domain named in the display name', () => {
    expect(ids('"bank.example.com Security" <x@example.net>')).toContain('display-name-domain');
    expect(ids('"news.example.net" <letters@example.net>')).toEqual([]);
  });

  it('flags a brand in the name with another domain, and not with its own', () => {
    expect(ids('PayPal <service@example.net>')).toContain('display-name-brand');
    expect(ids('"Pay Pal Billing" <b@example.net>')).toContain('display-name-brand');
    expect(ids('=?UTF-8?B?UGF5UGFs?= <service@example.net>')).toContain('display-name-brand');
    expect(ids('PayPal <service@paypal.com>')).toEqual([]);
    expect(ids('Microsoft account team <account-security-noreply@accountprotection.microsoft.com>')).toEqual([]);
    expect(ids('Proud Groups <info@example.org>')).not.toContain('display-name-brand');
  });

  it('flags look-alike domains, even without a display name', () => {
    expect(ids('<alerts@paypa1-secure.example>')).toContain('lookalike-domain');
    expect(ids('Alerts <alerts@micros0ft-login.example>')).toContain('lookalike-domain');
  });

  it('notes a name that does not appear in the address, but not when it does', () => {
    expect(ids('Bank Support Team <x7@example.net>')).toEqual(['display-name-unrelated']);
    expect(ids('Alice Smith <asmith@example.org>')).toEqual([]);
    expect(ids('Example Group <info@example.org>')).toEqual([]);
    expect(ids('Zoë Müller <zoe.mueller@example.org>')).toEqual([]);
  });

  it('flags hidden direction characters (and removes them) and mixed alphabets', () => {
    const r = ok(readHeaders('From: "Pay\u202ePal" <x@example.net>\n'));
    expect(flagIds(r)).toContain('hidden-characters');
    expect(r.from?.displayName).toBe('PayPal');
    expect(ids('"P\u0430yPal" <x@example.net>')).toContain('mixed-scripts');
    expect(ids('"Алексей Alex" <alex@example.org>')).not.toContain('mixed-scripts');
  });
});
