// The reader's "scroll effects" choice, remembered in localStorage (and read before first paint by ScrollModeScript).

export const SCROLL_PREF_KEY = 'pb-scroll-effects';

/** True unless the reader turned scroll effects off. */
export function readScrollPreference(): boolean {
  try {
    return localStorage.getItem(SCROLL_PREF_KEY) !== 'off';
  } catch {
    return true; // storage blocked: default to on
  }
}

export function writeScrollPreference(on: boolean): void {
  try {
    localStorage.setItem(SCROLL_PREF_KEY, on ? 'on' : 'off');
  } catch {
    /* storage blocked: the choice lasts for this page view only */
  }
}

/**
 * Screens too short for a sticky graphic and readable text at once (a phone on its side, a desktop at
 * 200 % or 400 % zoom): the story is shown flat there, each step with its own figure, whatever the switch says.
 */
export const SHORT_SCREEN_QUERY = '(max-height: 34.99rem)';

/**
 * The layout the story uses: "on" (scroll effects), "off" (the reader turned them off) or "flat"
 * (scroll effects wanted, but the screen is too short for them).
 */
export type ScrollMode = 'on' | 'off' | 'flat';

/** The mode for a preference and a screen. */
export function scrollMode(wanted: boolean, short: boolean): ScrollMode {
  return !wanted ? 'off' : short ? 'flat' : 'on';
}

/** Inline script for <head>: sets the story layout before first paint, so nothing shifts when JS loads. */
export const SCROLL_MODE_SCRIPT = `(function(d){var off=false;try{off=localStorage.getItem(${JSON.stringify(SCROLL_PREF_KEY)})==='off'}catch(e){}d.dataset.scrolly=off?'off':matchMedia(${JSON.stringify(SHORT_SCREEN_QUERY)}).matches?'flat':'on'})(document.documentElement)`;

/**
 * Inline script placed after the steps: when the flat layout is wanted from the start (scroll effects
 * off, or a short screen), turns each step's <noscript> figure into real markup before first paint. Same job as showStepFigures().
 */
export const STEP_FIGURES_SCRIPT = `if(document.documentElement.dataset.scrolly!=='on')document.querySelectorAll('noscript[data-step-figure]').forEach(function(n){n.insertAdjacentHTML('afterend',n.textContent);n.remove()})`;

/** Turns <noscript> markup (kept as text while JavaScript runs) into real markup in its place. */
export function showNoscript(n: Element): void {
  // Our own server-rendered chart markup (data escaped at build time), stored as the noscript's text.
  n.insertAdjacentHTML('afterend', n.textContent ?? '');
  n.remove();
}

/** Turns the steps' <noscript> figures into markup: for the flat layout and for print. */
export function showStepFigures(root: ParentNode): void {
  root.querySelectorAll('noscript[data-step-figure]').forEach(showNoscript);
}

/** Turns an explore slot's <noscript> figure into markup (when the reader opens it, or a link points into it). */
export function showExploreFigure(slot: ParentNode): void {
  slot.querySelectorAll('noscript[data-explore-figure]').forEach(showNoscript);
}

/** The explore slot whose figure (still text) holds the element with this id, if any. */
export function exploreSlotHolding(root: ParentNode, id: string): HTMLElement | null {
  const needle = `id="${id.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}"`;
  for (const n of root.querySelectorAll('noscript[data-explore-figure]')) {
    if ((n.textContent ?? '').includes(needle) || (n.textContent ?? '').includes(`id="${id}"`)) return n.closest<HTMLElement>('.explore-slot');
  }
  return null;
}
