// Schema of data/examples.json: the constructed messages the header reader (/check-an-email/) offers to try.
import { z } from 'astro/zod';
import { CitedText, Slug } from './schemas';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** A header line as written: no tabs or carriage returns (folded lines start with spaces). */
const HeaderLine = z.string().regex(/^[^\t\r\n]*$/, 'must be one line without tabs or carriage returns');

export const HeaderExample = z
  .strictObject({
    id: Slug,
    /** What the reader picks, e.g. "A newsletter (constructed)". */
    title: nonEmpty,
    /** One or two sentences saying how the example was made, shown beside it. */
    label: nonEmpty,
    /** What in it comes from reports, each with citations (empty for wholly constructed ones). */
    reported: z.array(CitedText),
    /** What is a stand-in or made up (citations optional). */
    standIns: z.array(nonEmpty).min(1, 'must say what is made up'),
    /** The header block, one array item per line, folded lines indented. */
    headers: z.array(HeaderLine).min(3),
    /** "email" appends the email as the story shows it (data/email.json); otherwise `bodyText`. */
    body: z.literal('email').optional(),
    bodyText: nonEmpty.optional(),
  })
  .refine((e) => (e.body === undefined) !== (e.bodyText === undefined), { message: 'needs exactly one of body or bodyText', path: ['body'] });
export type HeaderExample = z.infer<typeof HeaderExample>;

export const ExamplesFile = z.strictObject({
  about: nonEmpty,
  examples: z.array(HeaderExample).min(1),
});
export type ExamplesData = z.infer<typeof ExamplesFile>;
