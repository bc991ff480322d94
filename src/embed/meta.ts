// What each embeddable graphic is called and how tall its frame starts, shared by pages, oEmbed and snippets.
import type { GraphicName } from '../lib/data/steps';
import heights from './heights.json' with { type: 'json' };

export const EMBED_GRAPHICS: readonly GraphicName[] = ['map', 'relay', 'timeline'];

export const EMBED_TITLES: Record<GraphicName, string> = {
  map: 'Map: the four states where voters reported the spoofed “Proud Boys” emails',
  relay: 'Diagram: how the spoofed “Proud Boys” email travelled',
  timeline: 'Timeline: reactions to the spoofed “Proud Boys” emails',
};

export const EMBED_DESCRIPTIONS: Record<GraphicName, string> = {
  map: 'Where voters reported the October 2020 spoofed “Proud Boys” emails, with what was reported in each state and who said so.',
  relay: 'The path of the October 2020 spoofed “Proud Boys” emails, from the operators to voters’ inboxes, with how sure each link is.',
  timeline: 'How agencies, politicians and governments reacted to the October 2020 spoofed “Proud Boys” emails, August 2020 to 2023.',
};

/** Default embed width for oEmbed and the iframe-only snippet, px. */
export const DEFAULT_EMBED_WIDTH = 600;

/**
 * Page height at the default width, measured in Chromium by `npm run measure:embeds` and committed
 * (a browser test fails if it drifts by more than a few pixels, so it cannot go stale unnoticed).
 */
export function measuredHeight(graphic: GraphicName): number {
  return (heights as Record<string, number>)[graphic] ?? 700;
}

/** Tallest fixed frame the iframe-only snippet and oEmbed ask for; longer content scrolls inside it. */
export const MAX_SNIPPET_HEIGHT = 900;

/** Height for fixed-height embeds (iframe-only snippet, oEmbed): the measured page, capped. */
export function snippetHeight(graphic: GraphicName): number {
  return Math.min(measuredHeight(graphic), MAX_SNIPPET_HEIGHT);
}
