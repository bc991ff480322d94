// The Received-SPF parser (RFC 7208 9.1) on Gmail, Exchange, iCloud and plain shapes.
import { describe, expect, it } from 'vitest';
import { parseReceivedSpf } from '../../../src/lib/email/receivedspf';

describe('parseReceivedSpf', () => {
  it('reads Gmail: result, comment, client-ip', () => {
    const s = parseReceivedSpf('pass (google.com: domain of bounce@example.com designates 192.0.2.25 as permitted sender) client-ip=192.0.2.25;');
    expect(s).toMatchObject({ result: 'pass', clientIp: '192.0.2.25', envelopeFrom: null });
    expect(s.comment).toContain('designates 192.0.2.25');
  });

  it('reads Exchange Online: capitalised result, receiver and helo', () => {
    const s = parseReceivedSpf('Pass (protection.outlook.com: domain of example.org designates 198.51.100.20 as permitted sender) receiver=protection.outlook.com; client-ip=198.51.100.20; helo=mail.example.org; pr=C');
    expect(s).toMatchObject({ result: 'pass', receiver: 'protection.outlook.com', helo: 'mail.example.org', clientIp: '198.51.100.20' });
    expect(s.properties.find((p) => p.name === 'pr')?.value).toBe('C');
  });

  it('reads envelope-from with quotes and angle brackets, and IPv6 client addresses', () => {
    expect(parseReceivedSpf('softfail (x) client-ip=2001:db8::5; envelope-from="<a@example.org>"; helo=h.example.org').envelopeFrom).toBe('a@example.org');
    expect(parseReceivedSpf('softfail client-ip=2001:db8::5').clientIp).toBe('2001:db8::5');
    expect(parseReceivedSpf('none (x) envelope-from=alice@example.org').envelopeFrom).toBe('alice@example.org');
  });

  it('copes with a missing result and garbage', () => {
    expect(parseReceivedSpf('client-ip=192.0.2.1').result).toBe('');
    for (const v of ['', ';', '(', '=', '"""', 'x'.repeat(100000)]) expect(() => parseReceivedSpf(v)).not.toThrow();
  });
});
