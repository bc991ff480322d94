// The examples the header reader offers, as the text a reader would paste (headers, a blank line, the body).
import type { HeaderExample } from '../data/examples';
import { shownPrinting, type EmailData } from '../data/email';

/** Header lines joined, then the body: the email as the story shows it, or the example's own text. */
export function exampleText(example: HeaderExample, email: EmailData): string {
  const body = example.body === 'email' ? shownPrinting(email).printing.parts.join(' ') : (example.bodyText ?? '');
  return `${example.headers.join('\n')}\n\n${body.trimEnd()}\n`;
}
