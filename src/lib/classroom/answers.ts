// What the student page loads only when a student checks an answer: every reveal, answer and explanation,
// as plain text with citation links. Served as one JSON file; the student page's HTML holds none of it.
import type { Dataset } from '../data/validate';
import type { ConfidenceId } from '../data/schemas';
import { richLine, type CiteContext, type RichLine } from './cites';
import { lateralNotes, type LateralNotes } from './lateral';
import type { Classroom } from './validate';

export interface ClaimKey {
  level: ConfidenceId;
  label: string;
  definition: string;
  why: RichLine;
  plain: string;
  /** What the story's data says, with its sources. */
  story: RichLine;
  note: RichLine | null;
}

export interface StudentAnswers {
  spots: Record<string, RichLine[]>;
  headers: {
    /** One per header field, in order. */
    fields: Array<{ sender: boolean; who: string; shows: string }>;
    answers: Record<string, RichLine>;
  };
  claims: Record<string, ClaimKey>;
  lateral: Record<string, LateralNotes>;
}

export function studentAnswers(lesson: Classroom, d: Dataset, ctx: CiteContext): StudentAnswers {
  const level = new Map(d.confidence.map((c) => [c.id, c]));
  return {
    spots: Object.fromEntries(lesson.spots.map((s) => [s.id, s.reveal.map((l) => richLine(l, ctx))])),
    headers: {
      fields: lesson.headerKey.fields.map(({ sender, who, shows }) => ({ sender, who, shows })),
      answers: Object.fromEntries(lesson.headers.questions.map((q) => [q.id, richLine(q.answer, ctx)])),
    },
    claims: Object.fromEntries(
      lesson.claims.map((c) => [
        c.id,
        {
          level: c.answer.confidence,
          label: level.get(c.answer.confidence)?.label ?? c.answer.confidence,
          definition: level.get(c.answer.confidence)?.explanation ?? '',
          why: richLine(c.why, ctx),
          plain: c.plain,
          story: richLine({ text: c.answer.text, sources: c.answer.sources }, ctx),
          note: c.note ? richLine(c.note, ctx) : null,
        },
      ]),
    ),
    lateral: lateralNotes(d, lesson.lateral),
  };
}
