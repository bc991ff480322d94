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
