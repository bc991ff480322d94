// Build-time: the relay diagram as one self-contained SVG (colours and dash patterns inlined) for PNG rasterisation.
import { data } from '../../lib/data';
import type { ConfidenceId } from '../../lib/data/schemas';
import type { RelayState } from '../../lib/data/steps';
import { light, scale, type Palette } from '../../styles/tokens';
import { esc } from '../../lib/svg';
import { layout } from './layout';
import { relayInput } from './payload';

/** Stroke colour and dash pattern per confidence level: the same code the page's CSS uses. */
function confidenceStroke(c: ConfidenceId, p: Palette): { color: string; dash: string } {
  switch (c) {
    case 'official-record':
      return { color: p.official, dash: 'none' };
    case 'multiple-reports':
      return { color: p.multiple, dash: '7 4' };
    case 'single-report':
      return { color: p.single, dash: '1.5 4' };
    case 'disputed':
      return { color: p.disputed, dash: '9 3.5 1.5 3.5' };
  }
}

/** The relay in a declared state as a standalone SVG string (librsvg-safe: no CSS variables or classes). */
export function relayStandaloneSvg(state: RelayState = { view: 'full' }, width = 1000, palette: Palette = light): string {
  const scene = layout(relayInput(data.relay, data.confidence), { width }, state);
  const [vx, vy, vw, vh] = scene.viewBox;
  const edges = scene.edges
    .filter((e) => e.visible)
    .map((e) => {
      const s = confidenceStroke(e.confidence, palette);
      return `<path d="${e.d}" fill="none" stroke="${s.color}" stroke-width="1.6" stroke-linecap="round" stroke-dasharray="${s.dash}"/><path d="${e.arrow}" fill="${s.color}"/>`;
    })
    .join('');
  const nodes = scene.nodes
    .filter((n) => n.visible)
    .map((n) => {
      const s = confidenceStroke(n.confidence, palette);
      const cx = n.box.w / 2;
      const lines = n.lines
        .map((l, i) => {
          const text = l.spans.map((x) => x.text).join('');
          const small = i > 0 && l.spans[0]?.role !== 'label';
          return `<text x="${cx}" y="${l.y}" text-anchor="middle" font-size="${small ? scene.fontSize - 1 : scene.fontSize}" font-weight="${small ? 400 : 700}" fill="${small ? palette.muted : palette.text}">${esc(text)}</text>`;
        })
        .join('');
      return `<g transform="translate(${n.box.x},${n.box.y})"><rect width="${n.box.w}" height="${n.box.h}" rx="4" fill="${palette.surface}" stroke="${s.color}" stroke-width="1.6" stroke-dasharray="${s.dash}"/>${lines}</g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vy} ${vw} ${vh}" width="${vw}" height="${vh}" font-family="${esc(scale.fontChart)}"><rect x="${vx}" y="${vy}" width="${vw}" height="${vh}" fill="${palette.bg}"/>${edges}${nodes}</svg>`;
}
