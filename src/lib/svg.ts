// Helpers for building SVG markup as strings: escaping (every data text goes through esc) and transforms.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text or an attribute value for SVG/HTML markup. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** `translate(x, y)`, rounded to 0.1 px: the one way to build a translate (no swapped arguments). */
export function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

/** Rounds to one decimal, for compact markup. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Builds an attribute string from a record, escaping values and skipping undefined/false. */
export function attrs(record: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? k : `${k}="${esc(v as string | number)}"`))
    .join(' ');
}
