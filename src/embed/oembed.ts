// oEmbed 1.0 responses (https://oembed.com), one static file per embed page: type "rich", the fixed frame as html,
// its size at a common column width, the publisher, and the share image as the thumbnail.
import { data } from '../lib/data';
import { embedPath, type EmbedEntry } from './registry';
import { fixedFrameOf } from './sizing';
import { imagePath, oembedHtml, type SnippetSite } from './snippets';

/** The fields we publish (every one the spec defines for a rich response, plus the optional ones we have). */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** How long consumers may cache a response, in seconds (a day: corrections reach embeds within it). */
export const OEMBED_CACHE_AGE = 86_400;

export function oembedResponse(site: SnippetSite, entry: EmbedEntry, state: string | null): OembedResponse {
  const frame = fixedFrameOf(entry, state);
  return {
    version: '1.0',
    type: 'rich',
    title: entry.title,
    author_name: data.article.byline,
    author_url: site.abs('/'),
    provider_name: data.article.byline,
    provider_url: site.abs('/'),
    html: oembedHtml(site, entry, state),
    width: frame.width,
    height: frame.height,
    thumbnail_url: site.abs(imagePath(entry)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: OEMBED_CACHE_AGE,
  };
}

/** The response as served: JSON, with the page it describes recorded for tools (not an oEmbed field). */
export function oembedBody(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  return `${JSON.stringify(oembedResponse(site, entry, state), null, 2)}\n`;
}

/** Site-absolute URLs for a build (withBase + the site's origin). */
export function siteOf(withBase: (p: string) => string, site: URL | undefined): SnippetSite {
  return { abs: (path: string) => new URL(withBase(path), site ?? 'https://example.org').href };
}

/** The page an oEmbed file describes (for tests and the embeds manifest). */
export function describedPage(site: SnippetSite, entry: EmbedEntry, state: string | null): string {
  return site.abs(embedPath(entry, state));
}
