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

/** Inline script for <head>: sets the story layout before first paint, so nothing shifts when JS loads. */
export const SCROLL_MODE_SCRIPT = `try{document.documentElement.dataset.scrolly=localStorage.getItem(${JSON.stringify(SCROLL_PREF_KEY)})==='off'?'off':'on'}catch(e){document.documentElement.dataset.scrolly='on'}`;

/**
 * Inline script placed after the steps: when the flat layout is wanted from the start (scroll effects
 * off), turns each step's <noscript> figure into real markup before first paint. Same job as showStepFigures().
 */
export const STEP_FIGURES_SCRIPT = `if(document.documentElement.dataset.scrolly==='off')document.querySelectorAll('noscript[data-step-figure]').forEach(function(n){n.insertAdjacentHTML('afterend',n.textContent);n.remove()})`;

/** Turns the steps' <noscript> figures (kept as text while JavaScript runs) into markup: for the flat layout and for print. */
export function showStepFigures(root: ParentNode): void {
  for (const n of root.querySelectorAll('noscript[data-step-figure]')) {
    // Our own server-rendered chart markup (data escaped at build time), stored as the noscript's text.
    n.insertAdjacentHTML('afterend', n.textContent ?? '');
    n.remove();
  }
}
