// The in-browser header reader (/check-an-email/): Activity 1B opens it with the lesson's reconstructed header loaded.
import { withBase } from '../paths';

/** The reader with one of its examples loaded (the reader reads ?example=). */
export function readerHref(example: string): string {
  return `${withBase('/check-an-email/')}?example=${encodeURIComponent(example)}`;
}
