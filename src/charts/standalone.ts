// Self-contained SVG of each graphic's default view (colours inlined from the light palette), for PNG rasterisation.
import type { GraphicName } from '../lib/data/steps';
import { light } from '../styles/tokens';
import { esc } from '../lib/svg';
import { mapStandaloneSvg } from './map/standalone';

/** A standalone SVG element fitting in `box`. Charts without a standalone renderer yet draw a labelled frame. */
export function standaloneSvg(graphic: GraphicName, box: { width: number; height: number }): string {
  if (graphic === 'map') {
    // Nest the map's own standalone SVG, scaled into the box.
    const inner = mapStandaloneSvg({ view: 'targeted' });
    const sized = inner.replace(/^<svg\b([^>]*)>/, (_m, a: string) => `<svg${a.replace(/\s(width|height)="[^"]*"/g, '')} width="${box.width}" height="${box.height}">`);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}">${sized}</svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}"><rect x="1" y="1" width="${box.width - 2}" height="${box.height - 2}" fill="${light.surface}" stroke="${light.line}"/><text x="${box.width / 2}" y="${box.height / 2}" text-anchor="middle" font-size="28" font-family="DejaVu Sans, sans-serif" fill="${light.muted}">${esc(graphic)}</text></svg>`;
}
