// The student page's stored work: parsed defensively, scored on first tries, written out as plain text.
import { describe, expect, it } from 'vitest';
import { answersText, emptyStudentProgress, firstTryScore, MAX_ANSWER, parseStudentProgress, scoreLine, type LessonOutline } from '../../src/lib/classroom/studentProgress';

const outline: LessonOutline = {
  title: 'Lesson',
  spots: [{ id: 'a', title: 'Spot A' }, { id: 'b', title: 'Spot B' }],
  headerQuestions: [{ id: 'from', question: 'What does From claim?' }],
  headerFieldCount: 11,
  claims: [{ id: 'x', claim: 'Claim X.' }, { id: 'y', claim: 'Claim Y.' }],
  levels: { 'official-record': 'Official record', disputed: 'Disputed' },
  lateral: { questions: [{ id: 'who', question: 'Who’s behind it?' }], sources: { S12: '12. The Washington Post: FBI investigating' } },
  exit: [{ id: 'e1', question: 'Question one?' }],
};

describe('parseStudentProgress', () => {
  it('turns garbage into empty work', () => {
    for (const bad of [null, '', 'not json', '[1,2]', '"str"', '{"claims": 5}']) expect(parseStudentProgress(bad)).toEqual(emptyStudentProgress());
  });

  it('keeps well-formed parts, drops malformed ones and cuts long answers', () => {
    const p = parseStudentProgress(
      JSON.stringify({
        name: 'Ana',
        spots: { a: { text: 'x'.repeat(MAX_ANSWER + 50), locked: true }, b: 'nope' },
        headers: { answers: { from: 'It says Proud Boys', bad: 3 }, marks: [4, 4, -1, 'x', 2], checked: true, firstRight: 9 },
        claims: { x: { choice: 'disputed', first: 'disputed', firstRight: false }, y: { choice: 7 } },
        lateral: { source: 'S12', answers: { who: 'A copy' }, checked: 'yes' },
        exit: { e1: 'Answer' },
      }),
    );
    expect(p.name).toBe('Ana');
    expect(p.spots.a!.text.length).toBe(MAX_ANSWER);
    expect(p.spots.b).toBeUndefined();
    expect(p.headers).toEqual({ answers: { from: 'It says Proud Boys' }, marks: [4, 2], checked: true, firstRight: 9 });
    expect(p.claims.y).toEqual({ choice: null, first: null, firstRight: null });
    expect(p.lateral.checked).toBe(false);
  });
});

describe('first-try score and plain text', () => {
  const p = emptyStudentProgress();
  p.name = 'Ana Lopez';
  p.klass = 'Period 3';
  p.spots.a = { text: 'Anyone can type a name.', locked: true };
  p.claims.x = { choice: 'disputed', first: 'official-record', firstRight: true };
  p.claims.y = { choice: 'official-record', first: 'disputed', firstRight: false };
  p.headers = { answers: { from: 'Proud Boys, typed by the sender' }, marks: [7, 4], checked: true, firstRight: 10 };
  p.lateral = { source: 'S12', answers: { who: 'A copy on daccess.net' }, checked: true };
  p.exit.e1 = 'My answer';

  it('counts the first try, not the current choice', () => {
    expect(firstTryScore(p, outline)).toEqual({ claimsRight: 1, claimsChecked: 2, claimsTotal: 2, headerRight: 10, headerTotal: 11 });
    expect(scoreLine(firstTryScore(p, outline))).toBe('Claims: 1 of 2 right on the first try (2 checked). Header: 10 of 11 lines right on the first try.');
  });

  it('writes name, class, date, score and every answer as plain text', () => {
    const text = answersText(p, outline, 'December 2, 2026');
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Lesson: my answers',
      'Name: Ana Lopez',
      'Class: Period 3',
      'Date: December 2, 2026',
      'First-try score: Claims: 1 of 2 right on the first try (2 checked). Header: 10 of 11 lines right on the first try.',
    ]);
    expect(text).toContain('1. Spot A: Anyone can type a name.');
    expect(text).toContain('2. Spot B: (no answer)');
    expect(text).toContain('Header lines I ticked as the sender’s: 5, 8');
    expect(text).toContain('1. “Claim X.” First try: Official record (right)');
    expect(text).toContain('2. “Claim Y.” First try: Disputed (not right)');
    expect(text).toContain('Activity 3: Read laterally. Source: 12. The Washington Post: FBI investigating');
    expect(text).toContain('1. Question one? My answer');
  });
});
