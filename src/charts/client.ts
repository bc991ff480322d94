// Browser registry of chart controllers: mounts the right chart on each server-rendered graphic root.
import type { GraphicName } from '../lib/data/steps';
import type { GraphicController, MountGraphic } from './types';
import { mount as mountMap } from './map/client';
import { mount as mountRelay } from './relay/client';
import { mount as mountTimeline } from './timeline/client';

const MOUNTS: { [G in GraphicName]: MountGraphic<G> } = { map: mountMap, relay: mountRelay, timeline: mountTimeline };

/** Mounts the controller for a `.graphic[data-graphic]` root. */
export function mountGraphic(root: HTMLElement): GraphicController | null {
  const name = root.dataset.graphic as GraphicName | undefined;
  if (!name || !(name in MOUNTS)) return null;
  return (MOUNTS[name] as MountGraphic)(root);
}
