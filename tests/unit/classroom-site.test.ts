// The public address, QR codes and the Google Classroom link: no made-up address, ever.
import { describe, expect, it } from 'vitest';
import { publicSite, publicUrl, PLACEHOLDER_SITE } from '../../src/lib/classroom/site';
import { qrCode, qrViewBox, QUIET_ZONE } from '../../src/lib/classroom/qr';
import { classroomShareHref } from '../../src/lib/classroom/share';

describe('public address', () => {
  it('is null without SITE_URL, with the placeholder, or with an invalid one', () => {
    expect(publicSite({})).toBeNull();
    expect(publicSite({ SITE_URL: '' })).toBeNull();
    expect(publicSite({ SITE_URL: PLACEHOLDER_SITE })).toBeNull();
    expect(publicSite({ SITE_URL: `${PLACEHOLDER_SITE}/` })).toBeNull();
    expect(publicSite({ SITE_URL: 'not a url' })).toBeNull();
    expect(publicUrl('/classroom/student/', {})).toBeNull();
  });
  it('is the deployed address when SITE_URL is set', () => {
    expect(publicUrl('/sub/classroom/student/', { SITE_URL: 'https://graphics.example.com' })).toBe('https://graphics.example.com/sub/classroom/student/');
  });
});

describe('QR codes', () => {
  it('encode a URL as a square of modules with a quiet zone, deterministically', () => {
    const url = 'https://graphics.example.com/classroom/student/';
    const a = qrCode(url);
    expect(a).toEqual(qrCode(url));
    expect(a.size).toBeGreaterThanOrEqual(21);
    expect((a.size - 17) % 4).toBe(0);
    expect(a.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect(qrViewBox(a)).toBe(`${-QUIET_ZONE} ${-QUIET_ZONE} ${a.size + 8} ${a.size + 8}`);
    expect(qrCode(`${url}x`).path).not.toBe(a.path);
  });
});

describe('Share to Google Classroom', () => {
  it('is a plain link with the URL and title encoded', () => {
    expect(classroomShareHref('https://classroom.google.com/share', 'https://a.example/c/s/?x=1&y=2', 'Student page: “Who”')).toBe(
      'https://classroom.google.com/share?url=https%3A%2F%2Fa.example%2Fc%2Fs%2F%3Fx%3D1%26y%3D2&title=Student%20page%3A%20%E2%80%9CWho%E2%80%9D',
    );
  });
});
