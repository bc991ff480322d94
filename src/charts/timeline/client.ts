// Placeholder browser controller for the timeline until the chart lands: records the declared state on the root.
import type { GraphicStates, MountGraphic } from '../types';

export const mount: MountGraphic<'timeline'> = (root) => {
  let current = JSON.parse(root.dataset.state ?? '{}') as GraphicStates['timeline'];
  const label = root.querySelector('.placeholder-label');
  return {
    get state() {
      return current;
    },
    setState(state) {
      current = state;
      root.dataset.view = state.view;
      root.dataset.state = JSON.stringify(state);
      if (label) label.textContent = `Timeline: ${state.view}`;
    },
    destroy() {},
  };
};
