// Date formatting for readers: ISO strings in, plain English out, with no time-zone drift.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-10-21" → "October 21, 2020"; "2022-10" → "October 2022"; "2023" → "2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** "2020-10-21" → "Oct. 21, 2020" (short, for tight spaces). */
export function formatDateShort(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = (MONTHS[Number(m) - 1] ?? m).slice(0, 3);
  const dot = month === 'May' ? '' : '.';
  return d ? `${month}${dot} ${Number(d)}, ${y}` : `${month}${dot} ${y}`;
}
