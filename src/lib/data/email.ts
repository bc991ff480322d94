// Schema of data/email.json: the "Proud Boys" email as publishers printed it, version by version, each with its sources.
import { z } from 'astro/zod';
import { CitedText, Slug, SourceId } from './schemas';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const sourceList = z.array(SourceId).min(1, 'must cite at least one source');

/** One publisher's printing of a version: its exact words, in the pieces the publisher quoted them. */
export const EmailPrinting = z.strictObject({
  source: SourceId,
  /** Verbatim pieces, in order; a publisher that breaks the quotation ("the message stated") gives several. */
  parts: z.array(nonEmpty).min(1, 'must hold the printed text'),
  /** How this printing differs, or how the publisher framed it. */
  note: nonEmpty.optional(),
});
export type EmailPrinting = z.infer<typeof EmailPrinting>;

export const EmailVersion = z.strictObject({
  id: Slug,
  /** Short name a reader sees, e.g. "As Florida voters received it". */
  label: nonEmpty,
  /** Where this version comes from, with citations. */
  about: CitedText,
  printings: z.array(EmailPrinting).min(1),
});
export type EmailVersion = z.infer<typeof EmailVersion>;

export const EmailFile = z.strictObject({
  /** The From line as recipients saw it. */
  sender: z.strictObject({ display: nonEmpty, address: z.string().regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/, 'must be an email address'), sources: sourceList }),
  subject: z.strictObject({ text: nonEmpty, sources: sourceList }),
  /** How publishers redacted names and addresses. */
  redaction: CitedText,
  /** The printing the story shows as a recipient saw it: one continuous text. */
  shown: z.strictObject({ version: Slug, source: SourceId }),
  versions: z.array(EmailVersion).min(1),
  /** Where the versions differ, with citations. */
  differences: z.array(CitedText),
});
export type EmailData = z.infer<typeof EmailFile>;

/** The printing the story shows (validated to exist, with one part). */
export function shownPrinting(email: EmailData): { version: EmailVersion; printing: EmailPrinting } {
  for (const version of email.versions) {
    if (version.id !== email.shown.version) continue;
    const printing = version.printings.find((p) => p.source === email.shown.source);
    if (printing) return { version, printing };
  }
  throw new Error(`data/email.json: shown printing ${email.shown.version}/${email.shown.source} does not exist`);
}

/** Every verbatim text of the email: subject, sender line and each printed part. Quotations must come from these. */
export function emailTexts(email: EmailData): string[] {
  const line = `${email.sender.display} <${email.sender.address}>`;
  return [email.subject.text, line, ...email.versions.flatMap((v) => v.printings.flatMap((p) => p.parts))];
}

/** Quotation marks and apostrophes in their typographic and typewriter forms count as the same character. */
export function normaliseQuote(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** A quotation without the comma or full stop that American style puts inside the closing quotation mark. */
function withoutClosingPunctuation(quote: string): string {
  return quote.replace(/[,.;:]+$/, '');
}

/**
 * True when a quotation is found verbatim in one of the texts. An ellipsis ("…" or "...") in the quotation marks
 * words left out: each piece must appear, in order, in the same text.
 */
export function isVerbatimIn(quote: string, texts: readonly string[]): boolean {
  const pieces = withoutClosingPunctuation(normaliseQuote(quote))
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return false;
  return texts.some((t) => {
    const hay = normaliseQuote(t);
    let from = 0;
    for (const piece of pieces) {
      const at = hay.indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return true;
  });
}
