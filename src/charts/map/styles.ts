// The map's SVG styles and hatch patterns: one source for page copies (via MapDefs) and standalone SVGs.

/** Hatch patterns: dense for emphasised states, sparse for marked-but-not-emphasised, per zoomed view. */
export function hatchPatterns(zooms: Record<string, number>): string {
  const variants: Array<[string, number]> = [['', 1]];
  for (const [view, k] of Object.entries(zooms)) if (Math.abs(k - 1) > 0.2) variants.push([`--${view}`, k]);
  return variants
    .map(([suffix, k]) => {
      const t = `rotate(45) scale(${Math.round((1 / k) * 1000) / 1000})`;
      return (
        `<pattern id="map-hatch${suffix}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="${t}">` +
        `<rect class="hatch-bg" width="7" height="7"/><path class="hatch-line" d="M1.5 0V7"/></pattern>` +
        `<pattern id="map-hatch-soft${suffix}" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="${t}">` +
        `<rect class="hatch-soft-bg" width="10" height="10"/><path class="hatch-soft-line" d="M1 0V10"/></pattern>`
      );
    })
    .join('');
}

/**
 * Colours come only from CSS variables (tokens.ts); renderSvg's standalone mode swaps them for the
 * palette's values. Marking never relies on colour alone: emphasised = dense hatch + solid outline,
 * marked = sparse hatch + dashed outline; counties by confidence = solid vs hatched fill and dashed vs dotted line.
 */
export const MAP_SVG_CSS = `
.map-svg{font-family:var(--font-chart)}
.map-bg{fill:var(--c-bg)}
.map-title{font-size:28px;font-weight:700;fill:var(--c-text)}
.hatch-bg{fill:var(--c-accent)}
.hatch-line{stroke:var(--c-bg);stroke-width:2.4px}
.hatch-soft-bg{fill:var(--c-accent-soft)}
.hatch-soft-line{stroke:var(--c-accent);stroke-width:1.1px}
.st{fill:var(--c-land);stroke:none}
.st--emph{fill:url(#map-hatch)}
.st--soft{fill:url(#map-hatch-soft)}
.map-svg[data-view=alaska] .st--emph{fill:url(#map-hatch--alaska)}
.map-svg[data-view=florida] .st--soft{fill:url(#map-hatch-soft--florida)}
.map-borders,.map-fl-borders{fill:none;stroke:var(--c-border);stroke-width:.75px;stroke-linejoin:round}
.map-fl-borders{stroke:var(--c-bg);stroke-width:1px}
.map-inset{fill:none;stroke:var(--c-line);stroke-width:1px;stroke-dasharray:4 3;vector-effect:non-scaling-stroke}
.ol{fill:none;stroke-linejoin:round}
.ol--emph{stroke:var(--c-text);stroke-width:1.5px}
.ol--soft{stroke:var(--c-accent);stroke-width:1.5px;stroke-dasharray:5 3}
.co{fill:var(--c-accent);stroke:var(--c-text);stroke-width:1.5px;stroke-linejoin:round}
.co--multiple-reports{stroke-dasharray:6 3}
.co--single-report{fill:url(#map-hatch);stroke-dasharray:1.5 2.5;stroke-linecap:round;stroke-width:2px}
.map-svg[data-view=florida] .co--single-report{fill:url(#map-hatch--florida)}
.co--disputed{stroke-dasharray:8 3 2 3}
.hit{fill:transparent;stroke:none;cursor:pointer;outline:none}
.hit:focus-visible,.hit[aria-expanded=true]{stroke:var(--c-focus);stroke-width:3.5px}
.map-ann{pointer-events:none}
.ann-text{fill:var(--c-text);paint-order:stroke;stroke:var(--c-bg);stroke-width:.22em;stroke-linejoin:round}
.ann--note .map-ann{pointer-events:none}
.ann-text{stroke:none}
.t-head{font-weight:700}
.t-sub{fill:var(--c-muted)}
.ann-box{fill:var(--c-surface);stroke:var(--c-line);stroke-width:1px;vector-effect:non-scaling-stroke}
.ann-leader{stroke:var(--c-text);stroke-width:1.25px;vector-effect:non-scaling-stroke}
.ann-dot{fill:var(--c-text)}
`.trim();
