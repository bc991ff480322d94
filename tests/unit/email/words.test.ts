// The plain-words module: every flag text is short, plain and careful not to claim more than the evidence shows.
import { describe, expect, it } from 'vitest';
import { ERROR_TEXT, FLAG_TEXT, formatBytes, formatDuration, IP_CLASS_TEXT, NOTICE_TEXT } from '../../../src/lib/email/words';

type Maker = (...a: unknown[]) => { title: string; explanation: string };
// Every flag text with sample values (list arguments where the function takes a list, numbers where it counts).
const samples = Object.entries(FLAG_TEXT).map(([name, make]) => {
  const args: Record<string, unknown[]> = {
    notAligned: ['example.org', ['example.net', 'mail.example.com']],
    untrustedResults: [['mx.example.net']],
    multipleFrom: [2],
    datesOutOfOrder: [2, -7200],
    dateMismatch: [86400],
    dmarcFail: ['example.org', 'reject'],
  };
  return (make as Maker)(...(args[name] ?? ['example.org', 'example.net', 'example.com', 'x']));
});

describe('words', () => {
  it('keeps flag texts short and free of markup', () => {
    for (const { title, explanation } of samples) {
      expect(title.length).toBeLessThan(80);
      expect(explanation.length).toBeLessThan(400);
      expect(`${title} ${explanation}`).not.toMatch(/[<>]|\bundefined\b|\bnull\b|\[object/);
    }
  });

  it('never claims certainty', () => {
    for (const { explanation } of [...samples, ...Object.values(IP_CLASS_TEXT).map((e) => ({ explanation: e }))]) {
      expect(explanation).not.toMatch(/\b(definitely|certainly|guaranteed|100%|proves that|is fake|is a scam|is genuine)\b/i);
    }
  });

  it('names the limit in the size message and formats units', () => {
    expect(ERROR_TEXT.tooLarge(2 * 1024 * 1024)).toContain('2 MB');
    expect(formatBytes(51200)).toBe('50 KB');
    expect(formatDuration(-7200)).toBe('2 hours');
    expect(formatDuration(1)).toBe('1 second');
    expect(NOTICE_TEXT.hopsCapped(100, 9900)).toContain('9900');
  });
});
