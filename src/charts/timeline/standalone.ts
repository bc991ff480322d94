// Build-time: a self-contained picture of the timeline's key moments (colours inlined) for PNG rasterisation.
import { data } from '../../lib/data';
import { formatDateShort } from '../../lib/format';
import { light, scale, type Palette } from '../../styles/tokens';
import { esc } from '../../lib/svg';
import { wrap } from '../../lib/shareCard';

/** The key events (data's `key: true`) on a vertical rule, evenly spaced, with date and headline. */
export function timelineStandaloneSvg(width = 560, palette: Palette = light): string {
  const events = data.timeline.filter((e) => e.key);
  const rowH = 58;
  const height = events.length * rowH + 20;
  const rows = events
    .map((e, i) => {
      const y = 30 + i * rowH;
      const lines = wrap(e.headline, 48).slice(0, 2);
      const text = lines.map((l, j) => `<text x="120" y="${y + 4 + j * 17}" font-size="14" font-weight="${j === 0 ? 700 : 400}" fill="${palette.text}">${esc(l)}</text>`).join('');
      return `<circle cx="100" cy="${y}" r="6" fill="${palette.accent}"/><text x="86" y="${y + 4}" font-size="12" text-anchor="end" fill="${palette.muted}">${esc(formatDateShort(e.date))}</text>${text}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(scale.fontChart)}"><rect width="${width}" height="${height}" fill="${palette.bg}"/><line x1="100" y1="20" x2="100" y2="${height - 20}" stroke="${palette.line}" stroke-width="2"/>${rows}</svg>`;
}
