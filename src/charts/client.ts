// Browser registry of chart controllers: loads a chart's code only when its graphic is needed, then mounts it.
import type { GraphicName } from '../lib/data/steps';
import type { GraphicController, MountGraphic } from './types';

/*
 * Each chart's browser code is its own chunk, fetched on first use: the story's first paint needs
 * none of it (every graphic is server-rendered SVG), and a reader who never reaches the timeline
 * never downloads it.
 */
const LOADERS: { [G in GraphicName]: () => Promise<{ mount: MountGraphic<G> }> } = {
  map: () => import('./map/client'),
  relay: () => import('./relay/client'),
  timeline: () => import('./timeline/client'),
};

/** Charts with a variant of their own code: "<graphic>:<variant>" (the embeds' compact timeline). */
const VARIANT_LOADERS: Record<string, () => Promise<{ mount: MountGraphic }>> = {
  'timeline:slider': () => import('./timeline/slider') as Promise<{ mount: MountGraphic }>,
};

/** Starts fetching a chart's code (no-op if already fetched). */
export function preloadGraphic(name: GraphicName): void {
  void LOADERS[name]();
}

/** Mounts the controller for a `.graphic[data-graphic]` root, loading its chart code first. */
export async function mountGraphic(root: HTMLElement): Promise<GraphicController | null> {
  const name = root.dataset.graphic as GraphicName | undefined;
  if (!name || !(name in LOADERS)) return null;
  const variant = VARIANT_LOADERS[`${name}:${root.dataset.variant ?? ''}`];
  const { mount } = (await (variant ?? LOADERS[name])()) as { mount: MountGraphic };
  return mount(root);
}
