// Fixed-height frames (?fit, as in the iframe-only snippet and oEmbed): when the frame is shorter than the page, the
// graphic (the one SVG that scales) gives up height so that nothing scrolls inside the frame; when the host makes
// room, it takes it back. Returns the height the page needs (what the host should make the frame).

/** The graphic that may shrink: an SVG with a viewBox, scaled to its width. */
const FLEX = 'main[data-embed] .graphic svg.chart-svg';
/** The graphic never shrinks below this (px): past it, the page scrolls rather than showing a postage stamp. */
const MIN_PX = 120;

/** Sets the graphic's room from the frame's height; returns the page's natural height (whole px). */
export function applyFit(doc: Document = document): number {
  const root = doc.documentElement;
  const svg = doc.querySelector<SVGSVGElement>(FLEX);
  // Measured as the page would be with all the room it wants (a layout, in fixed frames only).
  root.style.removeProperty('--embed-fit-height');
  const pageHeight = root.getBoundingClientRect().height;
  if (!svg) return Math.ceil(pageHeight);
  const natural = svg.getBoundingClientRect().height;
  const room = (doc.defaultView?.innerHeight ?? pageHeight) - (pageHeight - natural);
  if (room < natural - 0.5) root.style.setProperty('--embed-fit-height', `${Math.max(Math.floor(room), MIN_PX)}px`);
  return Math.ceil(pageHeight);
}
