// Build-time: the small JSON the browser needs to re-run layout (shape bounds and anchors, the four states' names and places).
import type { Dataset } from '../../lib/data';
import { MAP_VIEWS, type MapState } from '../../lib/data/steps';
import { mapInput } from './copy';
import { mapGeometry } from './geo';
import { layout, type MapGeo, type MapInput, type MapPayload } from './layout';

export { PAYLOAD_ID } from './layout';

/** The payload, trimmed: no paths, no state names, only the Florida counties the data names. */
export function mapPayload(data: Dataset): MapPayload {
  const { geo } = mapGeometry();
  const input = mapInput(data);
  const named = new Set(input.states.flatMap((s) => s.places.map((p) => p.fips).filter(Boolean)));
  return {
    geo: {
      width: geo.width,
      height: geo.height,
      states: geo.states.map((s) => ({ ...s, name: '' })),
      counties: geo.counties.filter((c) => named.has(c.id)),
    },
    input,
  };
}

/** The zoom factor of each view (for the zoom-compensated hatch patterns). */
export function viewZooms(geo: MapGeo, input: MapInput): Record<string, number> {
  return Object.fromEntries(MAP_VIEWS.map((view) => [view, layout(geo, input, { view } as MapState).zoom.k]));
}

/** JSON safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
