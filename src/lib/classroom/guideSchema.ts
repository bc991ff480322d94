// Zod schema of data/classroom-guide.json: the teacher guide's essential question, objectives, facilitation notes,
// family note, rubric, differentiation, standards and the Google Classroom share link.
import { z } from 'astro/zod';
import { HttpsUrl, Slug, SourceId } from '../data/schemas';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const RubricLevelId = z.enum(['proficient', 'developing', 'beginning']);

export const GuideFile = z.strictObject({
  essentialQuestion: nonEmpty,
  /** 3 or 4 objectives, each practised and assessed by parts of the lesson arc (ids in data/classroom.json › arc). */
  objectives: z
    .array(z.strictObject({ id: Slug, text: nonEmpty, practised: z.array(Slug).min(1), assessed: z.array(Slug).min(1) }))
    .min(3, 'must list 3 or 4 objectives')
    .max(4, 'must list 3 or 4 objectives'),
  facilitation: z.array(nonEmpty).min(1),
  facilitationSources: z.array(SourceId),
  familyNote: nonEmpty,
  familyNoteSources: z.array(SourceId),
  rubric: z.strictObject({
    levels: z.array(z.strictObject({ id: RubricLevelId, label: nonEmpty })).length(3),
    samplesNote: nonEmpty,
    /** One rubric per open task (an arc id), with one row per level. */
    tasks: z
      .array(
        z.strictObject({
          id: Slug,
          task: nonEmpty,
          rows: z.array(z.strictObject({ level: RubricLevelId, descriptor: nonEmpty, sample: nonEmpty })).length(3),
        }),
      )
      .min(1),
  }),
  sentenceFrames: z.array(nonEmpty).min(1),
  differentiation: z.array(nonEmpty).min(1),
  standards: z.strictObject({
    /** What is listed and what is left out, and why. */
    note: nonEmpty,
    /** Only codes checked against the official text, which `url` shows. */
    items: z.array(
      z.strictObject({
        framework: nonEmpty,
        code: nonEmpty,
        /** The standard's words, exactly as the official page gives them. */
        text: nonEmpty,
        url: HttpsUrl,
        /** An official page that shows the number, if `url` does not. */
        numberedAt: HttpsUrl.optional(),
        /** Arc ids of the parts that address it. */
        where: z.array(Slug).min(1),
      }),
    ),
  }),
  share: z.strictObject({ classroomUrl: HttpsUrl, note: nonEmpty, seenAt: HttpsUrl }),
});
export type GuideData = z.infer<typeof GuideFile>;
