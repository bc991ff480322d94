// Build-time: a self-contained map SVG (paths and colours inlined) for PNG rasterisation and other sites.
import { data } from '../../lib/data';
import type { MapState } from '../../lib/data/steps';
import type { Palette } from '../../styles/tokens';
import { mapInput } from './copy';
import { mapGeometry } from './geo';
import { layout, type Tier } from './layout';
import { renderSvg } from './render';

/** The map in a declared state as one standalone SVG string (1000 units wide). */
export function mapStandaloneSvg(state: MapState = { view: 'targeted' }, options: { tier?: Tier; palette?: Palette; title?: string } = {}): string {
  const geometry = mapGeometry();
  return renderSvg(layout(geometry.geo, mapInput(data), state), { mode: 'standalone', paths: geometry, ...options });
}
