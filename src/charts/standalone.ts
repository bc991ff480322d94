// Self-contained SVG of each graphic's default view (colours inlined from the light palette), for PNG rasterisation.
import type { GraphicName } from '../lib/data/steps';
import { mapStandaloneSvg } from './map/standalone';
import { relayStandaloneSvg } from './relay/standalone';
import { timelineStandaloneSvg } from './timeline/standalone';

/** Resizes a standalone SVG's outer box to `box`, keeping its viewBox (so it scales to fit). */
function fitInto(svg: string, box: { width: number; height: number }): string {
  const sized = svg.replace(/^<svg\b([^>]*)>/, (_m, a: string) => `<svg${a.replace(/\s(width|height)="[^"]*"/g, '')} width="${box.width}" height="${box.height}">`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}">${sized}</svg>`;
}

/** A standalone SVG of a graphic's default view, fitted into `box`. */
export function standaloneSvg(graphic: GraphicName, box: { width: number; height: number }): string {
  if (graphic === 'map') return fitInto(mapStandaloneSvg({ view: 'targeted' }), box);
  if (graphic === 'relay') return fitInto(relayStandaloneSvg({ view: 'full' }, 1000), box);
  return fitInto(timelineStandaloneSvg(), box);
}
