// The in-browser header reader (/check-an-email/), built separately: the lesson links to it only once its page exists,
// so the link checker never finds a dead link and the paper version works either way.
import { withBase } from '../paths';

const pages = import.meta.glob(['/src/pages/check-an-email.astro', '/src/pages/check-an-email/index.astro']);

/** True when this build has the header reader page. */
export const READER_BUILT = Object.keys(pages).length > 0;

/** The reader with one of its examples loaded (the reader reads ?example=). */
export function readerHref(example: string): string {
  return `${withBase('/check-an-email/')}?example=${encodeURIComponent(example)}`;
}
