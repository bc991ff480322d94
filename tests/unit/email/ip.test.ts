// IP parsing, canonical printing and classification (IANA special-purpose registries).
import { describe, expect, it } from 'vitest';
import { classifyIp, findIp, formatIp, parseIp } from '../../../src/lib/email/ip';

const cls = (s: string): string | null => {
  const ip = parseIp(s);
  return ip ? classifyIp(ip) : null;
};
const canon = (s: string): string | null => {
  const ip = parseIp(s);
  return ip ? formatIp(ip) : null;
};

describe('parseIp / formatIp', () => {
  it('reads bracketed, prefixed, zoned and mapped forms', () => {
    expect(canon('[192.0.2.1]')).toBe('192.0.2.1');
    expect(canon('IPv6:2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(canon('[fe80::1%eth0]')).toBe('fe80::1');
    expect(canon('::ffff:192.0.2.1')).toBe('::ffff:c000:201');
    expect(canon('2001:db8:0:1:0:0:0:1')).toBe('2001:db8:0:1::1');
    expect(canon('::')).toBe('::');
    expect(canon('1::')).toBe('1::');
  });

  it('rejects what is not an address', () => {
    for (const s of ['', '256.1.1.1', '1.2.3', '1.2.3.4.5', '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', 'example.com', '01234.1.1.1', '::ffff:999.1.1.1']) expect(parseIp(s)).toBeNull();
  });
});

describe('classifyIp', () => {
  it('classifies IPv4', () => {
    expect(cls('8.8.8.8')).toBe('public');
    expect(cls('10.1.2.3')).toBe('private');
    expect(cls('172.16.0.1')).toBe('private');
    expect(cls('172.32.0.1')).toBe('public');
    expect(cls('192.168.1.1')).toBe('private');
    expect(cls('127.0.0.1')).toBe('loopback');
    expect(cls('169.254.1.1')).toBe('link-local');
    expect(cls('192.0.2.7')).toBe('documentation');
    expect(cls('198.51.100.7')).toBe('documentation');
    expect(cls('203.0.113.7')).toBe('documentation');
    expect(cls('100.64.0.1')).toBe('shared');
    expect(cls('100.128.0.1')).toBe('public');
    expect(cls('0.1.2.3')).toBe('reserved');
    expect(cls('224.0.0.1')).toBe('reserved');
    expect(cls('255.255.255.255')).toBe('reserved');
    expect(cls('198.18.0.1')).toBe('reserved');
  });

  it('classifies IPv6', () => {
    expect(cls('2a00:1450::1')).toBe('public');
    expect(cls('::1')).toBe('loopback');
    expect(cls('::')).toBe('reserved');
    expect(cls('fe80::1')).toBe('link-local');
    expect(cls('fd12:3456::1')).toBe('private');
    expect(cls('fc00::1')).toBe('private');
    expect(cls('2001:db8::1')).toBe('documentation');
    expect(cls('3fff::1')).toBe('documentation');
    expect(cls('ff02::1')).toBe('reserved');
    expect(cls('::ffff:10.0.0.1')).toBe('private');
    expect(cls('64:ff9b::192.0.2.1')).toBe('documentation');
    expect(cls('4000::1')).toBe('reserved');
  });
});

describe('findIp', () => {
  it('finds an address in free text', () => {
    expect(findIp('sender IP is 198.51.100.20)')).toEqual(parseIp('198.51.100.20'));
    expect(findIp('no address here')).toBeNull();
  });
});
