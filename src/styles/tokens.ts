// Design tokens: the one source of colours, type, spacing and motion for the CSS and the charts.

/** A colour scheme: every colour the site and its charts use. */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Raised surfaces: cards, boxes, the sticky stage. */
  surface: string;
  /** Body text (≥ 12:1 on bg). */
  text: string;
  /** Secondary text (≥ 4.5:1 on bg and surface). */
  muted: string;
  /** Hairlines and borders (≥ 3:1 on bg where they carry meaning). */
  line: string;
  /** Links and focus ring. */
  link: string;
  /** Focus ring. */
  focus: string;
  /** Highlight: targeted states, the active path. */
  accent: string;
  /** Lighter tint of the accent for fills behind text. */
  accentSoft: string;
  /** Neutral map land. */
  land: string;
  /** Map borders. */
  border: string;
  /** Secondary highlight (context: swing states, side channels). */
  context: string;
  /** Confidence levels (also told apart by line pattern and by words). */
  official: string;
  multiple: string;
  single: string;
  disputed: string;
  /** Timeline actor types (also told apart by shape). */
  actorAgency: string;
  actorPolitical: string;
  actorForeign: string;
  actorLocal: string;
  actorGroup: string;
  actorMedia: string;
  actorTech: string;
}

export const light: Palette = {
  bg: '#ffffff',
  surface: '#f4f2ee',
  text: '#1b1b1b',
  muted: '#545454',
  line: '#8a8a8a',
  link: '#0b57a4',
  focus: '#0b57a4',
  accent: '#b3261e',
  accentSoft: '#f6d9d6',
  land: '#e4e1da',
  border: '#ffffff',
  context: '#6b4fa0',
  official: '#1d5c3a',
  multiple: '#24598f',
  single: '#8a4b00',
  disputed: '#8f1d5b',
  actorAgency: '#24598f',
  actorPolitical: '#6b4fa0',
  actorForeign: '#8a4b00',
  actorLocal: '#1d5c3a',
  actorGroup: '#b3261e',
  actorMedia: '#545454',
  actorTech: '#006c75',
};

export const dark: Palette = {
  bg: '#15171a',
  surface: '#1f2226',
  text: '#ededeb',
  muted: '#b0b3b8',
  line: '#7c8088',
  link: '#8cc2ff',
  focus: '#8cc2ff',
  accent: '#ff8a7e',
  accentSoft: '#4a2522',
  land: '#3a3e45',
  border: '#15171a',
  context: '#c6a8ff',
  official: '#7fd6a2',
  multiple: '#8cc2ff',
  single: '#f5b560',
  disputed: '#f59ac8',
  actorAgency: '#8cc2ff',
  actorPolitical: '#c6a8ff',
  actorForeign: '#f5b560',
  actorLocal: '#7fd6a2',
  actorGroup: '#ff8a7e',
  actorMedia: '#c4c7cc',
  actorTech: '#6fd8e0',
};

/** Type, spacing and layout tokens (CSS values). */
export const scale = {
  fontBody: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSerif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  /** Text inside charts: Arial metrics, which chart layouts assume when they estimate text widths. */
  fontChart: 'Arial, "Liberation Sans", "Helvetica Neue", Helvetica, Roboto, system-ui, sans-serif',
  fontMono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  /** Fluid body size: 17px on phones to 19px on desktops. */
  textBase: 'clamp(1.0625rem, 1rem + 0.3vw, 1.1875rem)',
  textSmall: '0.875rem',
  textXs: '0.8125rem',
  textH1: 'clamp(1.9rem, 1.4rem + 2.6vw, 3.1rem)',
  textH2: 'clamp(1.4rem, 1.2rem + 1vw, 1.9rem)',
  textH3: '1.2rem',
  measure: '36rem',
  wide: '72rem',
  radius: '6px',
  space1: '0.25rem',
  space2: '0.5rem',
  space3: '1rem',
  space4: '1.5rem',
  space5: '2.5rem',
  space6: '4rem',
} as const;

/** Motion: every transition duration comes from here (0 under prefers-reduced-motion). */
export const motion = {
  /** Chart state change, ms (issue: at most 600). */
  chartMs: 500,
  /** Small UI fades, ms. */
  uiMs: 150,
} as const;

function kebab(name: string): string {
  // textH1 → text-h1, space3 → space-3, accentSoft → accent-soft
  return name.replace(/(?<=[a-z])\d+/g, (d) => `-${d}`).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function paletteVars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--c-${kebab(k)}:${v};`)
    .join('');
}

/**
 * The tokens as CSS custom properties. Light by default, dark under prefers-color-scheme,
 * and forced by `data-theme="light|dark"` on <html> (used by embeds' ?theme=). Print always uses the light palette.
 */
export function tokensCss(): string {
  const scaleVars = Object.entries(scale)
    .map(([k, v]) => `--${kebab(k)}:${v};`)
    .join('');
  return [
    `:root{${scaleVars}--motion-chart:${motion.chartMs}ms;--motion-ui:${motion.uiMs}ms;color-scheme:light dark;${paletteVars(light)}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${paletteVars(dark)}}}`,
    `:root[data-theme=dark]{color-scheme:dark;${paletteVars(dark)}}`,
    `:root[data-theme=light]{color-scheme:light}`,
    `@media (prefers-reduced-motion:reduce){:root{--motion-chart:0ms;--motion-ui:0ms}}`,
    // Paper is white: print in the light palette whatever the screen's theme (beats both dark rules above).
    `@media print{:root:root:root{color-scheme:light;${paletteVars(light)}}}`,
  ].join('\n');
}

/** Name of the CSS variable for a palette key, for chart code that sets colours by variable. */
export function colorVar(key: keyof Palette): string {
  return `var(--c-${kebab(key)})`;
}
