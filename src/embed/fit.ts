// Fixed-height frames (?fit, as in the iframe-only snippet and oEmbed): when the frame is shorter than the page, the
// graphic (the one SVG that scales) gives up height so that nothing scrolls inside the frame; when the host makes
// room, it takes it back. Returns the height the page needs (what the host should make the frame).

/** The graphic that may shrink: an SVG with a viewBox, scaled to its width. */
const FLEX = 'main[data-embed] .graphic svg.chart-svg';
/** The graphic never shrinks below this (px): past it, the page scrolls rather than showing a postage stamp. */
const MIN_PX = 120;

/** The height an SVG takes at its width when nothing constrains it (its viewBox's proportions). */
function naturalSvgHeight(svg: SVGSVGElement): number | null {
  const vb = svg.viewBox.baseVal;
  if (!vb || vb.width <= 0 || vb.height <= 0) return null;
  return (svg.clientWidth * vb.height) / vb.width;
}

/** Sets the graphic's room from the frame's height; returns the page's natural height (whole px). */
export function applyFit(doc: Document = document): number {
  const root = doc.documentElement;
  const pageHeight = root.getBoundingClientRect().height;
  const svg = doc.querySelector<SVGSVGElement>(FLEX);
  const natural = svg ? naturalSvgHeight(svg) : null;
  if (!svg || natural === null) return Math.ceil(pageHeight);
  const drawn = svg.getBoundingClientRect().height;
  const needed = pageHeight - drawn + natural;
  const room = (doc.defaultView?.innerHeight ?? needed) - (needed - natural);
  if (room < natural - 0.5) root.style.setProperty('--embed-fit-height', `${Math.max(Math.floor(room), MIN_PX)}px`);
  else root.style.removeProperty('--embed-fit-height');
  return Math.ceil(needed);
}
