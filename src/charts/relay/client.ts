// Browser controller of a relay copy: re-lays out on width change, draws declared states, sends the email token.
import { onWidthChange } from '../../lib/scrolly';
import { createMemo } from '../../lib/memo';
import { prefersReducedMotion } from '../../lib/motion';
import type { GraphicStates, MountGraphic } from '../types';
import { layout, warmUpInput, type RelayInput, type Scene } from './layout';
import { createUpdater } from './update';
import { setupCards } from './cards';

/** How long the email takes to travel its path (an illustration, played once; never loops). */
const TOKEN_MS = 2600;

export const mount: MountGraphic<'relay'> = (root) => {
  let current = JSON.parse(root.dataset.state ?? '{"view":"full"}') as GraphicStates['relay'];
  const svg = root.querySelector<SVGSVGElement>('svg.relay-svg');
  const payloadEl = root.querySelector('script[data-relay-payload]');
  const input = payloadEl?.textContent ? (JSON.parse(payloadEl.textContent) as RelayInput) : null;
  const record = (state: GraphicStates['relay']): void => {
    root.dataset.view = state.view;
    root.dataset.state = JSON.stringify(state);
  };
  if (!svg || !input) {
    // A copy without data (should not happen): still record the declared state.
    return {
      get state() {
        return current;
      },
      setState(state) {
        current = state;
        record(state);
      },
      destroy() {},
    };
  }

  const updater = createUpdater(svg);
  const tokenEl = svg.querySelector<SVGGElement>('.relay-token');
  let width = Number(svg.dataset.width) || 800;
  let scene: Scene | null = null;
  let travel: Animation | null = null;

  const placeToken = (next: Scene, previous: Scene | null, delay: number, relaid: boolean): void => {
    if (!tokenEl) return;
    const frames = next.token?.keyframes;
    const end = frames?.at(-1);
    if (!frames || !end) {
      travel?.cancel();
      travel = null;
      tokenEl.classList.add('is-hidden');
      return;
    }
    tokenEl.removeAttribute('transform');
    tokenEl.style.transform = `translate(${end[0]}px, ${end[1]}px)`;
    tokenEl.classList.remove('is-hidden');
    // It travels when it first appears; a re-layout or reduced motion puts it straight at the end.
    const appears = !previous?.token;
    if (!appears && !relaid) return;
    travel?.cancel();
    travel = null;
    if (!appears || prefersReducedMotion() || typeof tokenEl.animate !== 'function') return;
    travel = tokenEl.animate(
      frames.map(([x, y]) => ({ transform: `translate(${x}px, ${y}px)` })),
      { duration: TOKEN_MS, delay, easing: 'ease-in-out', fill: 'backwards' },
    );
  };

  // The stage's copy sits in a frame of limited height: its layout frames at most that much, at full size.
  const frameEl = root.querySelector<HTMLElement>('.relay-frame');
  let room = 0;
  const measureRoom = (): number => {
    if (frameEl) room = Math.round(frameEl.getBoundingClientRect().height) || room;
    return room;
  };
  // Layouts by size and state: the warm-up below and prepare() work them out before they are drawn.
  const layouts = createMemo<Scene>(4);
  const layoutAt = (w: number, state = current): Scene => {
    const h = frameEl ? room || measureRoom() : 0;
    return layouts.get(`${w}x${h}|${JSON.stringify(state)}`, () => layout(input, h > 0 ? { width: w, height: h } : { width: w }, state));
  };
  const measure = (): number => {
    const measured = Math.round(root.getBoundingClientRect().width);
    if (measured > 0) width = measured;
    measureRoom();
    return width;
  };

  /** Draws the current state at width `w` (measured now unless given). */
  const draw = (duration: number, relaid: boolean, w = measure()): void => {
    const next = layoutAt(w);
    updater.apply(next, duration);
    placeToken(next, scene, duration, relaid);
    scene = next;
  };

  // The stage copy is mounted ahead of its first step, off screen: a layout of a small slice of the
  // data (the code runs for the first time, and compiles), then its first full layout, then the text
  // of half its nodes, then the other half, then the rest of its first draw each get a task of their
  // own, with a frame between them, so a phone scrolling meanwhile meets short tasks and frames rather
  // than one long one. All use the width the resize observer first reports, so none forces the browser
  // to lay out the page. A state asked for sooner draws at once. The explore copy draws now: it is on
  // screen and ready means laid out.
  let warmUp = 0;
  let warmFrame = 0;
  const stage = root.dataset.variant === 'stage';
  /** Runs `fn` in a task of its own after the next frame has been drawn. */
  const afterFrame = (fn: () => void): void => {
    warmFrame = requestAnimationFrame(() => {
      warmUp = window.setTimeout(fn, 0);
    });
  };
  const warm = (reported: number): void => {
    if (reported > 0) width = Math.round(reported);
    const warmStep = (steps: Array<() => void>): void => {
      const [next, ...rest] = steps;
      if (!next || scene) return;
      next();
      if (rest.length) afterFrame(() => warmStep(rest));
    };
    // Halves of the nodes the first state shows (the only ones whose text is written), so each task has work.
    const ids = (half: 0 | 1): Set<string> =>
      new Set(layoutAt(width).nodes.filter((n) => n.visible).filter((_, i) => i % 2 === half).map((n) => n.id));
    warmUp = window.setTimeout(() => {
      warmStep([
        () => layout(warmUpInput(input), { width }, current),
        () => layoutAt(width),
        () => updater.writeTexts(layoutAt(width), ids(0)),
        () => updater.writeTexts(layoutAt(width), ids(1)),
        () => draw(0, false, width),
      ]);
    }, 0);
  };
  if (!stage) draw(0, false);
  const stopWidth = onWidthChange(root, () => draw(0, true), stage ? { first: warm } : {});
  const stopCards = root.dataset.variant === 'explore' ? setupCards(root, svg) : () => {};

  return {
    get state() {
      return current;
    },
    setState(state, { duration }) {
      const same = JSON.stringify(state) === JSON.stringify(current);
      current = state;
      record(state);
      if (same && scene && Math.round(root.getBoundingClientRect().width) === width) return;
      draw(duration, false);
    },
    prepare(state) {
      layoutAt(width, state);
    },
    destroy() {
      clearTimeout(warmUp);
      cancelAnimationFrame(warmFrame);
      stopWidth();
      stopCards();
      updater.cancel();
      travel?.cancel();
    },
  };
};
