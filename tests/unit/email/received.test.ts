// The Received parser on the shapes real mail servers write (Postfix, Sendmail, Exim, qmail, Exchange, Gmail, Yahoo, iCloud).
import { describe, expect, it } from 'vitest';
import { formatIp } from '../../../src/lib/email/ip';
import { parseReceived } from '../../../src/lib/email/received';

const ip = (value: string): string | null => {
  const r = parseReceived(value);
  return r.ip ? formatIp(r.ip) : null;
};

describe('parseReceived', () => {
  it('reads a Postfix line with TLS details and a date comment', () => {
    const r = parseReceived(
      'from mail.example.org (mail.example.org [192.0.2.10]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)) (No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4CFk2R5Vz2z9sSb for <bob@example.net>; Tue, 20 Oct 2020 14:03:27 +0000 (UTC)',
    );
    expect(r).toMatchObject({
      fromClaimed: 'mail.example.org',
      fromSeen: 'mail.example.org',
      by: 'mx.example.net',
      byComment: 'Postfix',
      protocol: 'ESMTPS',
      tls: 'yes',
      tlsDetail: 'TLS 1.3',
      id: '4CFk2R5Vz2z9sSb',
      recipient: 'bob@example.net',
      dateRaw: 'Tue, 20 Oct 2020 14:03:27 +0000 (UTC)',
    });
    expect(r.date?.ms).toBe(Date.UTC(2020, 9, 20, 14, 3, 27));
    expect(r.ip && formatIp(r.ip)).toBe('192.0.2.10');
  });

  it('separates the claimed name from the name the receiver found (Postfix "unknown")', () => {
    const r = parseReceived('from laptop.local (unknown [203.0.113.5]) by smtp.example.org (Postfix) with ESMTPSA id ABC; Mon, 7 Feb 2022 11:24:12 +0100');
    expect(r.fromClaimed).toBe('laptop.local');
    expect(r.fromSeen).toBeNull();
    expect(r.submission).toBe(true);
    expect(r.tls).toBe('yes');
    expect(r.date?.utcOffsetMinutes).toBe(60);
  });

  it('reads Gmail lines, with the trailing dot of the reverse name and Google Transport Security', () => {
    const r = parseReceived(
      'from mail-sor-f41.google.com (mail-sor-f41.google.com. [198.51.100.41]) by mx.google.com with SMTPS id x12sor123.2020.10.20.07.01.02 for <reader@example.com> (Google Transport Security); Tue, 20 Oct 2020 07:01:02 -0700 (PDT)',
    );
    expect(r.fromSeen).toBe('mail-sor-f41.google.com');
    expect(r.protocol).toBe('SMTPS');
    expect(r.tls).toBe('yes');
    expect(r.recipient).toBe('reader@example.com');
    expect(r.date?.utcOffsetMinutes).toBe(-420);
  });

  it('reads a Gmail internal line with only "by" and an IPv6 host, printed canonically', () => {
    const r = parseReceived('by 2001:db8:6a10:d0c4:0:0:0:0 with SMTP id x4csp1234567pxd; Tue, 20 Oct 2020 07:01:03 -0700 (PDT)');
    expect(r.fromClaimed).toBeNull();
    expect(r.ip).toBeNull();
    expect(r.by).toBe('2001:db8:6a10:d0c4::');
    expect(r.tls).toBe('no');
  });

  it('reads Exchange Online lines: bare IPv6 in brackets, multi-word protocol, "via", TLS version', () => {
    const r = parseReceived(
      'from BN8NAM11FT055.eop-nam11.prod.protection.outlook.com (2001:db8:408:f9:cafe::2b) by BN9PR03CA0190.outlook.office365.com (2001:db8:408:f9::15) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.4951.12 via Frontend Transport; Mon, 7 Feb 2022 10:24:17 +0000',
    );
    expect(r.protocol).toBe('Microsoft SMTP Server');
    expect(r.via).toBe('Frontend Transport');
    expect(r.tlsDetail).toBe('TLS 1.2');
    expect(r.id).toBe('15.20.4951.12');
    expect(r.ip && formatIp(r.ip)).toBe('2001:db8:408:f9:cafe::2b');
    expect(r.by).toBe('bn9pr03ca0190.outlook.office365.com');
  });

  it('reads an Exchange internal mapi line with a link-local address and zone', () => {
    const r = parseReceived('from AM0PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1234:5678:9abc:def0%6]) by AM0PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1234:5678:9abc:def0%6]) with mapi id 15.20.4755.011; Tue, 8 Feb 2022 10:24:16 +0000');
    expect(ip('from X ([fe80::1%6]) by Y with mapi; Tue, 8 Feb 2022 10:24:16 +0000')).toBe('fe80::1');
    expect(r.protocol).toBe('mapi');
    expect(r.tls).toBe('unknown');
  });

  it('reads Exim lines: helo=, [ip]:port, envelope-from, tls cipher', () => {
    const r = parseReceived(
      'from mail.example.org ([192.0.2.10]:41234 helo=relay.example.org) by mx.example.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.94.2) (envelope-from <a@example.org>) id 1kUsQW-0004Xx-3D for bob@example.net; Tue, 20 Oct 2020 14:03:27 +0000',
    );
    expect(r).toMatchObject({ fromClaimed: 'relay.example.org', fromSeen: 'mail.example.org', protocol: 'esmtps', tls: 'yes', tlsDetail: 'TLS 1.3', id: '1kUsQW-0004Xx-3D', recipient: 'bob@example.net' });
    expect(ip('from [203.0.113.5] (helo=client.example.org) by mx.example.net with esmtpa (Exim 4.92); Tue, 20 Oct 2020 14:03:27 +0000')).toBe('203.0.113.5');
    expect(parseReceived('from [203.0.113.5] (helo=client.example.org) by mx.example.net with esmtpa; x').fromClaimed).toBe('client.example.org');
  });

  it('reads qmail and Yahoo lines: (HELO name) / (EHLO name) and a bare address in brackets', () => {
    const q = parseReceived('from unknown (HELO mail.example.org) (192.0.2.3) by mx.example.net with SMTP; 20 Oct 2020 14:03:27 -0000');
    expect(q).toMatchObject({ fromClaimed: 'mail.example.org', fromSeen: null, tls: 'no' });
    expect(q.ip && formatIp(q.ip)).toBe('192.0.2.3');
    expect(q.date?.ms).toBe(Date.UTC(2020, 9, 20, 14, 3, 27));
    const y = parseReceived('from 10.217.151.74 (EHLO mail.example.net) (203.0.113.40) by 10.217.150.12 with SMTPs; Wed, 21 Oct 2020 14:22:05 +0000');
    expect(y.fromClaimed).toBe('mail.example.net');
    expect(y.ip && formatIp(y.ip)).toBe('203.0.113.40');
    expect(y.tls).toBe('yes');
    expect(parseReceived('(qmail 12345 invoked by uid 89); 20 Oct 2020 14:03:27 -0000').by).toBeNull();
  });

  it('reads Yahoo webmail (HTTP) and Hermes (ESMTPA ID) lines', () => {
    const w = parseReceived('from sonic.gate.mail.ne1.yahoo.com by sonic301.consmr.mail.ne1.yahoo.com with HTTP; Wed, 21 Oct 2020 14:22:04 +0000');
    expect(w).toMatchObject({ fromClaimed: 'sonic.gate.mail.ne1.yahoo.com', protocol: 'HTTP', tls: 'no', submission: true });
    const h = parseReceived('by kubenode512.mail-prod1.omega.ne1.yahoo.com (VZM Hermes SMTP Server) with ESMTPA ID 0b0d7a9c3f; Wed, 21 Oct 2020 14:22:03 +0000 (UTC)');
    expect(h).toMatchObject({ by: 'kubenode512.mail-prod1.omega.ne1.yahoo.com', byComment: 'VZM Hermes SMTP Server', protocol: 'ESMTPA', id: '0b0d7a9c3f' });
  });

  it('reads iCloud lines with very long host names', () => {
    const r = parseReceived(
      'from p00-icloudmta-asmtp-us-west-2a-20-percent-3 (p00-icloudmta-asmtp-us-west-2a-20-percent-3.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com [198.51.100.28]) by p00-icloudmta-asmtp-us-west-2a-20-percent-3.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com (Postfix) with ESMTPSA id 2E4D5A0012; Tue, 20 Oct 2020 09:00:00 +0000 (UTC)',
    );
    expect(r.fromSeen).toMatch(/\.cloud\.apple\.com$/);
    expect(r.submission).toBe(true);
  });

  it('reads Sendmail lines, IDENT and "may be forged"', () => {
    const r = parseReceived('from host.example.org (IDENT:root@host.example.org [192.0.2.1] (may be forged)) by mx.example.net (8.15.2/8.15.2) with ESMTP id 09KE3R8e012345 for <b@example.net>; Tue, 20 Oct 2020 14:03:27 GMT');
    expect(r).toMatchObject({ fromSeen: 'host.example.org', mayBeForged: true, byComment: '8.15.2/8.15.2' });
    expect(r.ip && formatIp(r.ip)).toBe('192.0.2.1');
  });

  it('reads IPv6 literals with the IPv6: prefix and localhost', () => {
    expect(ip('from mail.example.org (mail.example.org [IPv6:2001:db8::1]) by mx.example.net; Tue, 20 Oct 2020 14:03:27 +0000')).toBe('2001:db8::1');
    expect(ip('from localhost (localhost [IPv6:::1]) by mx.example.net; x')).toBe('::1');
    expect(ip('from [127.0.0.1] (localhost [127.0.0.1]) by mx.example.net; x')).toBe('127.0.0.1');
  });

  it('leaves missing or broken parts null and never throws', () => {
    const r = parseReceived('garbage without keywords');
    expect(r).toMatchObject({ fromClaimed: null, by: null, ip: null, date: null, tls: 'unknown' });
    expect(parseReceived('').date).toBeNull();
    expect(parseReceived('from (( by ))) ; ;;; with').by).toBeNull();
    expect(parseReceived('from a.example.org by b.example.org; not a date').date).toBeNull();
    expect(parseReceived('from x (unclosed [192.0.2.1 by y; Tue, 20 Oct 2020 14:03:27 +0000').date).not.toBeNull();
  });

  it('takes the date after the last semicolon outside comments', () => {
    const r = parseReceived('from a.example.org (comment; with semicolon) by b.example.org with ESMTP; Tue, 20 Oct 2020 14:03:27 +0000');
    expect(r.by).toBe('b.example.org');
    expect(r.date?.ms).toBe(Date.UTC(2020, 9, 20, 14, 3, 27));
  });

  it('keeps HTML in values as plain text', () => {
    const r = parseReceived('from <b>x</b><script>y</script> by <b>x</b> with ESMTP; Tue, 20 Oct 2020 14:03:27 +0000');
    expect(r.fromClaimed).toBe('b>x</b><script>y</script');
    expect(r.by).toBe('b>x</b');
  });

  it('stays linear on long adversarial lines', () => {
    const t0 = performance.now();
    parseReceived(`from ${'('.repeat(50000)}${' a@'.repeat(50000)}`);
    parseReceived(`from x (${'a@'.repeat(100000)}) by y; ${'1 '.repeat(50000)}`);
    parseReceived(`from x (${' '.repeat(200000)}x [1.2.3.4 by ${'['.repeat(100000)}`);
    parseReceived(`from x (helo=${'h'.repeat(200000)} EHLO ${'\t'.repeat(100000)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
