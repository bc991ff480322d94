// Sizes of the compact chart: the server-rendered size (a phone stage) and the limits of the browser re-layout.

/** Size of the server-rendered SVG: about a phone's sticky stage, so no-JS readers on phones get real text sizes. */
export const SSR_SIZE = { width: 380, height: 340 } as const;

/** The stage is never laid out smaller than this (text stays readable; the SVG then scales down). */
export const MIN_SIZE = { width: 300, height: 280 } as const;

/**
 * Size of the static step copies (flat layout, no JS, print): laid out for the narrowest phone column
 * (a 320 px screen), so on any wider column they only scale up and their text never drops under 12 px.
 */
export const STEP_SIZE = { width: 288, height: 420 } as const;
