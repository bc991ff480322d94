// Placeholder browser controller for the relay until the chart lands: records the declared state on the root.
import type { GraphicStates, MountGraphic } from '../types';

export const mount: MountGraphic<'relay'> = (root) => {
  let current = JSON.parse(root.dataset.state ?? '{}') as GraphicStates['relay'];
  const label = root.querySelector('.placeholder-label');
  return {
    get state() {
      return current;
    },
    setState(state) {
      current = state;
      root.dataset.view = state.view;
      root.dataset.state = JSON.stringify(state);
      if (label) label.textContent = `Relay: ${state.view}`;
    },
    destroy() {},
  };
};
