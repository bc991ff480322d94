// The contract every chart follows: pure layout → scene, SSR markup from the scene, browser update of a mounted SVG.
import type { GraphicName, MapState, RelayState, TimelineState } from '../lib/data/steps';

/** The state a step can declare, per graphic. */
export interface GraphicStates {
  map: MapState;
  relay: RelayState;
  timeline: TimelineState;
}

/** Options passed to a browser update. */
export interface UpdateOptions {
  /** Transition length in ms (0 = jump). Interrupts any transition under way. */
  duration: number;
}

/** What a chart's browser module returns when mounted on its server-rendered figure. */
export interface GraphicController<G extends GraphicName = GraphicName> {
  /** Draws the declared state. Idempotent: calling it twice with the same state changes nothing. */
  setState(state: GraphicStates[G], options: UpdateOptions): void;
  /**
   * Works out ahead, while the browser is idle, what drawing `state` will take at the current size
   * (layout, markup), so that a later `setState` to it only writes to the page. Draws nothing.
   */
  prepare?(state: GraphicStates[G]): void;
  /** The state drawn last. */
  readonly state: GraphicStates[G];
  /** Removes listeners. */
  destroy(): void;
}

/** A chart's browser entry: mounts on the root element that its Astro component rendered. */
export type MountGraphic<G extends GraphicName = GraphicName> = (root: HTMLElement) => GraphicController<G>;

/** A graphic name with a state for it (a discriminated union, so `graphic` narrows `state`). */
export type GraphicSpec = { [G in keyof GraphicStates]: { graphic: G; state: GraphicStates[G] } }[keyof GraphicStates];
