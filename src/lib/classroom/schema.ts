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
  /** What the teacher does, step by step. */
  teacher: z.array(nonEmpty).min(1),
  /** What the teacher says, word for word (the hook script). */
  say: nonEmpty.optional(),
  /** What students do. */
  students: nonEmpty,
  /** The line that leads into the next part. */
  transition: nonEmpty.optional(),
  /** How the 20-minute version differs. */
  shortNote: nonEmpty.optional(),
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
  /** The story step that gives the claim's evidence: it must be in the guided reading. */
  step: Slug,
  /** Which paragraphs of that step (0-based) the claim card and the handout quote. */
  excerpt: z.array(z.number().int().min(0)).min(1),
  /** In the 20-minute version: its step must then be in the short reading. */
  short: z.boolean().optional(),
  /** Who says so, and how they know: what students judge from. */
  evidence: z.array(CitedLine).min(1),
  /** Why the story gives it this level (the answer key). */
  why: CitedLine,
  /** The same in plain words, at about a grade 8 reading level. */
  plain: nonEmpty,
  /** Optional teaching note shown with the answer. */
  note: CitedLine.optional(),
});
export type Claim = z.infer<typeof Claim>;

/** Activity 1B: one header field (its first line and any folded lines) of the reconstructed email, in order. */
export const HeaderField = z.strictObject({
  /** The field name, as in data/examples.json (checked). */
  name: nonEmpty,
  /** True when the sender writes or chooses it: the line students should tick. */
  sender: z.boolean(),
  /** Who writes the line. */
  who: nonEmpty,
  /** What it shows. */
  shows: nonEmpty,
});
export type HeaderField = z.infer<typeof HeaderField>;

export const LateralTier = z.enum(['official', 'copy', 'partisan']);

export const ClassroomFile = z.strictObject({
  title: nonEmpty,
  description: nonEmpty.max(200, 'must be at most 200 characters (meta description)'),
  header: z.strictObject({
    subjects: z.array(nonEmpty).min(1),
    gradeBand: nonEmpty,
    fullMinutes: z.number().int().positive(),
    shortMinutes: z.number().int().positive(),
    /** Spare minutes left in each version for logins and changeovers (the arc plus these make the total). */
    fullSlack: z.number().int().min(0),
    shortSlack: z.number().int().min(0),
    prepare: z.array(nonEmpty).min(1),
    tech: z.array(nonEmpty).min(1),
  }),
  arc: z.array(ArcPart).min(1),
  activities: z.strictObject({
    email: z.strictObject({ title: nonEmpty, intro: nonEmpty }),
    headers: z.strictObject({ title: nonEmpty }),
    claims: z.strictObject({ title: nonEmpty, intro: nonEmpty }),
    lateral: z.strictObject({ title: nonEmpty }),
  }),
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
  headers: z.strictObject({
    /** The example in data/examples.json whose header students read. */
    example: Slug,
    intro: nonEmpty,
    questions: z.array(z.strictObject({ id: Slug, question: nonEmpty, answer: CitedLine })).min(1),
    markPrompt: nonEmpty,
    /** One entry per header field of the example, in order. */
    fields: z.array(HeaderField).min(1),
  }),
  claims: z.array(Claim).min(1),
  lateral: z.strictObject({
    intro: nonEmpty,
    introSources: z.array(CitableId).optional(),
    /** The worked example (must be one of `sources`). */
    example: SourceId,
    /** Why the paper version uses source cards. */
    paperNote: nonEmpty,
    /** What the answer key tells teachers to look for. */
    keyNote: nonEmpty,
    questions: z.array(z.strictObject({ id: Slug, question: nonEmpty, prompts: z.array(nonEmpty).min(1) })).min(1),
    tiers: z.array(z.strictObject({ id: LateralTier, label: nonEmpty, hint: nonEmpty })).length(3),
    /** The curated set: 6 to 8 sources from data/sources.json, across the three tiers. */
    sources: z
      .array(z.strictObject({ id: SourceId, tier: LateralTier, lookFor: nonEmpty }))
      .min(6, 'must list 6 to 8 sources')
      .max(8, 'must list 6 to 8 sources'),
    /** The answer key's worked example: one answer per question. */
    worked: z.strictObject({ source: SourceId, who: CitedLine, evidence: CitedLine, others: CitedLine }),
  }),
  discussion: z.array(z.strictObject({ id: Slug, question: nonEmpty, step: Slug, listenFor: CitedLine })).min(1),
  exitTicket: z.array(z.strictObject({ id: Slug, question: nonEmpty, answer: CitedLine })).min(1),
  extension: z.array(CitedLine.extend({ step: Slug.optional(), reader: z.boolean().optional() })).min(1),
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
