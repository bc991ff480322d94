// Mail date parsing: RFC 5322, obsolete zones, two-digit years, asctime, ISO 8601, and rejects.
import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../src/lib/email/date';

const utc = (...a: [number, number, number, number, number, number]): number => Date.UTC(...a);

describe('parseMailDate', () => {
  it('reads RFC 5322 dates with offsets and comments', () => {
    expect(parseMailDate('Tue, 20 Oct 2020 07:01:02 -0700 (PDT)')).toEqual({ ms: utc(2020, 9, 20, 14, 1, 2), utcOffsetMinutes: -420 });
    expect(parseMailDate('Mon, 7 Feb 2022 11:24:10 +0100')?.ms).toBe(utc(2022, 1, 7, 10, 24, 10));
    expect(parseMailDate('20 Oct 2020 14:03:27 -0000')).toEqual({ ms: utc(2020, 9, 20, 14, 3, 27), utcOffsetMinutes: 0 });
    expect(parseMailDate('Tue, 20 Oct 2020 14:03 +0000')?.ms).toBe(utc(2020, 9, 20, 14, 3, 0));
  });

  it('reads obsolete zone names, military zones and two-digit years', () => {
    expect(parseMailDate('Tue, 20 Oct 2020 14:03:27 GMT')?.utcOffsetMinutes).toBe(0);
    expect(parseMailDate('Tue, 20 Oct 2020 09:03:27 EST')?.ms).toBe(utc(2020, 9, 20, 14, 3, 27));
    expect(parseMailDate('Tue, 20 Oct 2020 14:03:27 Z')?.ms).toBe(utc(2020, 9, 20, 14, 3, 27));
    expect(parseMailDate('Tue, 20 Oct 2020 14:03:27 A')?.utcOffsetMinutes).toBeNull();
    expect(parseMailDate('20 Oct 20 14:03:27 +0000')?.ms).toBe(utc(2020, 9, 20, 14, 3, 27));
    expect(parseMailDate('20 Oct 99 14:03:27 +0000')?.ms).toBe(utc(1999, 9, 20, 14, 3, 27));
  });

  it('reads asctime and ISO 8601', () => {
    expect(parseMailDate('Wed Oct 21 09:12:39 2020')?.ms).toBe(utc(2020, 9, 21, 9, 12, 39));
    expect(parseMailDate('2020-10-20T07:01:02Z')?.ms).toBe(utc(2020, 9, 20, 7, 1, 2));
    expect(parseMailDate('2020-10-20 07:01:02+02:00')?.ms).toBe(utc(2020, 9, 20, 5, 1, 2));
  });

  it('rejects impossible and garbage dates', () => {
    for (const d of ['', 'yesterday', '31 Feb 2020 10:00:00 +0000', '20 Oct 2020 25:00:00 +0000', '20 Foo 2020 10:00:00 +0000', '20 Oct 2020 10:00:00 +9999', '<script>', 'x'.repeat(1000)]) {
      expect(parseMailDate(d)).toBeNull();
    }
  });
});
