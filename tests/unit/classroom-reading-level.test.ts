// The plain-language claim explanations read at about a grade 8 level (Flesch–Kincaid), the full ones higher.
import { describe, expect, it } from 'vitest';
import lesson from '../../data/classroom.json' with { type: 'json' };

/** Syllables in an English word, by the usual vowel-group rule (good enough for a grade estimate). */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level of a text. */
export function fkGrade(text: string): number {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}

describe('reading level', () => {
  it('the estimate ranks a simple sentence below a dense one', () => {
    expect(fkGrade('The cat sat on the mat. It was warm.')).toBeLessThan(3);
    expect(fkGrade('Joint advisory AA20-304A attributed the dissemination to an Iranian advanced persistent threat actor.')).toBeGreaterThan(12);
  });

  it('plain-language explanations average about grade 8, none above grade 10, and below the full explanations', () => {
    const plain = lesson.claims.map((c) => fkGrade(c.plain));
    const full = lesson.claims.map((c) => fkGrade(c.why.text));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(plain)).toBeLessThanOrEqual(8.5);
    for (const [i, g] of plain.entries()) expect(g, lesson.claims[i]!.id).toBeLessThanOrEqual(10);
    expect(mean(plain)).toBeLessThan(mean(full));
  });
});
