// Zod schema of data/classroom.json: the lesson's header, arc, activities, vocabulary and its own extra sources.
import { z } from 'astro/zod';
import { ARCHIVE_LINK_RULE, HttpsUrl, Slug, SourceId } from '../data/schemas';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A source the lesson cites that is not in data/sources.json (e.g. First Draft): L1, L2… */
export const LessonSourceId = z.string().regex(/^L\d+$/, 'must look like L1');
/** Any citable id: a dataset source (S16) or a lesson source (L1). */
export const CitableId = z.union([SourceId, LessonSourceId], { message: 'must be a source id like S16 or a lesson source id like L1' });

/** A sentence or two, with the sources it rests on (none for pure teaching advice). */
export const CitedLine = z.strictObject({ text: nonEmpty, sources: z.array(CitableId).optional() });
export type CitedLine = z.infer<typeof CitedLine>;

/**
 * Where a claim's answer comes from. The confidence and sources are read from this entry at build time,
 * so the lesson can never disagree with the story.
 */
export const ClaimRef = z.discriminatedUnion('file', [
  z.strictObject({ file: z.literal('relay'), kind: z.enum(['node', 'edge']), id: Slug }),
  z.strictObject({ file: z.literal('timeline'), id: Slug }),
  z.strictObject({
    file: z.literal('states'),
    id: z.string().regex(/^[A-Z]{2}$/, 'must be a 2-letter state code'),
    /** A sourced item inside the state: "arrived" or e.g. "counts[0]"; the state as a whole when absent. */
    item: z
      .string()
      .regex(/^(arrived|(places|counts|statements|context)\[\d+\])$/, 'must be "arrived" or like "counts[0]"')
      .optional(),
  }),
]);
export type ClaimRef = z.infer<typeof ClaimRef>;

export const ArcPart = z.strictObject({
  id: Slug,
  part: nonEmpty,
  /** Minutes in the 45-minute version (0 = not in class). */
  full: z.number().int().min(0),
  /** Minutes in the 20-minute version (0 = skipped or homework). */
  short: z.number().int().min(0),
  text: nonEmpty,
  /** Story steps to read (ids in data/steps.json). */
  steps: z.array(Slug).optional(),
  /** The subset read in the short version. */
  shortSteps: z.array(Slug).optional(),
});
export type ArcPart = z.infer<typeof ArcPart>;

export const Spot = z.strictObject({
  id: Slug,
  title: nonEmpty,
  prompt: nonEmpty,
  reveal: z.array(CitedLine).min(1),
});
export type Spot = z.infer<typeof Spot>;

export const Claim = z.strictObject({
  id: Slug,
  claim: nonEmpty,
  ref: ClaimRef,
  /** Optional teaching note shown with the answer. */
  note: CitedLine.optional(),
});
export type Claim = z.infer<typeof Claim>;

export const ClassroomFile = z.strictObject({
  title: nonEmpty,
  description: nonEmpty.max(200, 'must be at most 200 characters (meta description)'),
  header: z.strictObject({
    subjects: z.array(nonEmpty).min(1),
    gradeBand: nonEmpty,
    fullMinutes: z.number().int().positive(),
    shortMinutes: z.number().int().positive(),
    prepare: z.array(nonEmpty).min(1),
    tech: z.array(nonEmpty).min(1),
  }),
  /** Each completes the sentence "Students will…". */
  objectives: z.array(nonEmpty).min(1),
  arc: z.array(ArcPart).min(1),
  /** Activity titles and instructions. */
  activities: z.strictObject({
    email: z.strictObject({ title: nonEmpty, intro: nonEmpty }),
    claims: z.strictObject({ title: nonEmpty, intro: nonEmpty }),
    lateral: z.strictObject({ title: nonEmpty }),
  }),
  /** The email itself comes from data/email.json (the printing the story shows); the lesson only marks spots in it. */
  email: z.strictObject({
    notice: z.array(CitedLine).min(1),
    /** The To: line as the newspaper redacted it, e.g. "(NAME)". */
    to: nonEmpty,
    /** Which spot each part of the email's header points to. */
    spotAt: z.strictObject({ fromName: Slug, domain: Slug, subject: Slug, headers: Slug }),
    /** Phrases of the email's text to mark, each found verbatim in it, with the spot it points to. */
    marks: z.array(z.strictObject({ phrase: nonEmpty, spot: Slug })).min(1),
  }),
  spots: z.array(Spot).min(1),
  claims: z.array(Claim).min(1),
  lateral: z.strictObject({
    intro: nonEmpty,
    introSources: z.array(CitableId).optional(),
    /** The source shown first (and the worked example without JavaScript). */
    example: SourceId,
    /** What the answer key tells teachers to look for. */
    keyNote: nonEmpty,
    questions: z.array(z.strictObject({ id: Slug, question: nonEmpty, prompts: z.array(nonEmpty).min(1) })).min(1),
  }),
  discussion: z.array(z.strictObject({ id: Slug, question: nonEmpty, step: Slug, listenFor: CitedLine })).min(1),
  exitTicket: z.array(z.strictObject({ id: Slug, question: nonEmpty, answer: CitedLine })).min(1),
  extension: z.array(CitedLine.extend({ step: Slug.optional() })).min(1),
  vocabulary: z.array(z.strictObject({ id: Slug, term: nonEmpty, definition: nonEmpty, sources: z.array(CitableId) })).min(1),
  sources: z.array(
    z
      .strictObject({
        id: LessonSourceId,
        publisher: nonEmpty,
        title: nonEmpty,
        url: HttpsUrl,
        archiveUrl: HttpsUrl,
        supports: nonEmpty,
        note: nonEmpty.optional(),
      })
      .refine(...ARCHIVE_LINK_RULE),
  ),
});
export type ClassroomData = z.infer<typeof ClassroomFile>;
export type LessonSource = ClassroomData['sources'][number];
