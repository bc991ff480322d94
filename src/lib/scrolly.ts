// The one typed wrapper around scrollama: the active step is derived from geometry, never from event order.
import scrollama from 'scrollama';

/*
 * Our own types for the parts of scrollama we use. The bundled index.d.ts types `offset` as a
 * decimal literal union (no "NNNpx" strings) and omits options the runtime has, so we declare
 * what the 3.2.0 runtime really accepts and cast once, here.
 */
interface ScrollamaCallbackArg {
  element: HTMLElement;
  index: number;
  direction: 'up' | 'down';
}
interface ScrollamaInstance {
  setup(options: { step: HTMLElement[]; offset: number | `${number}px`; debug?: boolean }): ScrollamaInstance;
  onStepEnter(cb: (arg: ScrollamaCallbackArg) => void): ScrollamaInstance;
  onStepExit(cb: (arg: ScrollamaCallbackArg) => void): ScrollamaInstance;
  resize(): ScrollamaInstance;
  destroy(): void;
}
const createScrollama = scrollama as unknown as () => ScrollamaInstance;

export interface ScrollyOptions {
  /** The step elements, in document order. */
  steps: HTMLElement[];
  /** Where the trigger line sits, in px from the top of the viewport. Re-read on width changes. */
  triggerPx: () => number;
  /** Draw scrollama's trigger line (for ?debug). */
  debug?: boolean;
  /** Called whenever the active step changes (index -1: above the first step). */
  onChange: (index: number, previous: number) => void;
}

export interface Scrolly {
  /** Index of the active step, -1 when the reader is above the first step. */
  readonly active: number;
  /** Recomputes the active step from geometry now (after a jump or a layout change). */
  refresh(): void;
  /** Rebuilds the trigger line (after a width change). */
  resize(): void;
  /** Removes every observer and listener. */
  destroy(): void;
}

/**
 * The active step is the last step whose top edge is at or above the trigger line. Computing it
 * from geometry (rather than trusting enter/exit order) makes fast scrolls, anchor jumps and
 * reloads mid-page land on the right step; scrollama's callbacks only tell us when to look.
 */
export function activeIndexFromGeometry(tops: readonly number[], triggerPx: number): number {
  let active = -1;
  for (let i = 0; i < tops.length; i++) {
    if ((tops[i] ?? Infinity) <= triggerPx) active = i;
    else break;
  }
  return active;
}

export function createScrolly(options: ScrollyOptions): Scrolly {
  const { steps, onChange } = options;
  let active = -1;
  let frame = 0;
  let scroller: ScrollamaInstance | null = null;

  const compute = (): void => {
    frame = 0;
    const trigger = options.triggerPx();
    const next = activeIndexFromGeometry(
      steps.map((s) => s.getBoundingClientRect().top),
      trigger,
    );
    if (next !== active) {
      const previous = active;
      active = next;
      onChange(next, previous);
    }
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(compute);
  };

  const build = (): void => {
    scroller?.destroy();
    scroller = createScrollama()
      .setup({ step: steps, offset: `${Math.round(options.triggerPx())}px`, debug: options.debug ?? false })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  };

  build();
  // Fallbacks for what IntersectionObserver can miss: the end of a long jump, hash navigation.
  addEventListener('scrollend', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  compute();

  return {
    get active() {
      return active;
    },
    refresh: compute,
    resize() {
      build();
      schedule();
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      scroller?.destroy();
      scroller = null;
      removeEventListener('scrollend', schedule);
      removeEventListener('hashchange', schedule);
    },
  };
}

/**
 * Calls `fn` after the element's width has stopped changing for `ms`; height-only changes are ignored.
 * The width to compare with is the observer's first report (made after the next layout), not a
 * measurement now: reading layout while setting up would force it in the middle of a task. `first`
 * receives that first width (free to read: the browser has just laid out).
 */
export function onWidthChange(
  el: Element,
  fn: (width: number) => void,
  { ms = 150, first }: { ms?: number; first?: (width: number) => void } = {},
): () => void {
  let width = -1;
  let timer = 0;
  const ro = new ResizeObserver((entries) => {
    const w = entries[0]?.contentRect.width ?? width;
    if (width < 0) {
      width = w;
      first?.(w);
      return;
    }
    if (w === 0 || Math.abs(w - width) < 1) return;
    width = w;
    clearTimeout(timer);
    timer = window.setTimeout(() => fn(width), ms);
  });
  ro.observe(el);
  return () => {
    clearTimeout(timer);
    ro.disconnect();
  };
}
