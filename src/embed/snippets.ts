// The code a newsroom pastes, built from the registry and the measured heights: the loader snippet (auto-height, with a
// <noscript> picture), the iframe-only snippet (a fixed frame that holds the graphic at every column width), the AMP
// snippet, and the oEmbed html. Every value from data is escaped.
import { esc } from '../lib/svg';
import { FRAME_SANDBOX } from './protocol';
import { embedPath, type EmbedEntry } from './registry';
import { fixedFrameOf, frameHeightAt, frameHeightCss, heightAt, MAX_EMBED_WIDTH } from './sizing';

/** What a snippet needs to know about the site: absolute URLs of its paths. */
export interface SnippetSite {
  abs: (path: string) => string;
}

/** The share image standing for an entry (a no-script picture, a thumbnail, AMP's placeholder). */
export function imagePath(entry: EmbedEntry): string {
  return entry.kind === 'card' ? '/og/story.png' : `/og/${entry.id}.png`;
}

/** The loader snippet: a div the loader turns into an auto-height frame, with a picture for readers without scripts. */
export function loaderSnippet(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  const stateAttr = state && state !== entry.states[0] ? ` data-state="${esc(state)}"` : '';
  const reserve = heightAt(entry, state, 640);
  const picture = `<noscript><a href="${esc(site.abs(embedPath(entry, state)))}"><img src="${esc(site.abs(imagePath(entry)))}" alt="${esc(entry.title)}" width="1200" height="630" style="width:100%;height:auto"></a></noscript>`;
  return `<div data-pb-embed="${esc(entry.id)}"${stateAttr} style="min-height:${reserve}px">${picture}</div>\n<script async src="${esc(site.abs('/embed.js'))}"></script>`;
}

/** The address a fixed frame loads: the page, told to fit its frame (?fit). */
export function fixedFrameUrl(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  return `${site.abs(embedPath(entry, state))}?fit`;
}

/**
 * The iframe-only snippet, for hosts that strip scripts: a fixed frame whose height follows the column's width as the
 * graphic's does (measured), from a padding (a share of the width). Hosts that keep only the iframe (WordPress) get
 * its width and height attributes, and WordPress then sizes it from our messages.
 */
export function iframeSnippet(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  const frame = fixedFrameOf(entry, state);
  const iframe = `<iframe src="${esc(fixedFrameUrl(site, entry, state))}" title="${esc(entry.title)}" width="${frame.width}" height="${frame.height}" frameborder="0" style="position:absolute;inset:0;width:100%;height:100%;border:0" loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return `<div style="max-width:${MAX_EMBED_WIDTH}px"><div style="position:relative;padding-top:${frameHeightCss(frame)}">${iframe}</div></div>`;
}

/** The AMP snippet: amp-iframe, resizable (the page sends AMP's embed-size), with the picture as its placeholder. */
export function ampSnippet(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  const frame = fixedFrameOf(entry, state);
  const image = esc(site.abs(imagePath(entry)));
  return [
    `<amp-iframe title="${esc(entry.title)}" src="${esc(site.abs(embedPath(entry, state)))}" width="${frame.width}" height="${frame.height}" layout="responsive" sandbox="${FRAME_SANDBOX}" resizable frameborder="0">`,
    `  <button overflow type="button">Show the whole ${esc(entry.noun)}</button>`,
    `  <amp-img placeholder layout="fill" src="${image}" alt="${esc(entry.title)}"></amp-img>`,
    `</amp-iframe>`,
  ].join('\n');
}

/** The oEmbed html: the fixed frame (WordPress keeps src, width, height and title, and resizes it from our messages). */
export function oembedHtml(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  return iframeSnippet(site, entry, state);
}

/** The fixed frame's height at a width (what the iframe-only snippet gives a column of that width). */
export function snippetHeightAt(entry: EmbedEntry, state: string | null, width: number): number {
  return frameHeightAt(fixedFrameOf(entry, state), width);
}
