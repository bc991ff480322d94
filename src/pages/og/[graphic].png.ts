// Share cards of each graphic and tool (og:image, the embeds' no-script picture, oEmbed thumbnails), rasterised at build time.
import type { APIRoute } from 'astro';
import { svgToPng } from '../../lib/raster';
import { cardSvg } from '../../charts/cards';
import { EMBEDS } from '../../embed/registry';
import { withBase } from '../../lib/paths';

export function getStaticPaths() {
  return EMBEDS.filter((e) => e.kind !== 'card').map((e) => ({ params: { graphic: e.id } }));
}

/** The address printed on a card: the site's host and path, without the scheme. */
export function cardAddress(site: URL | undefined): string {
  return new URL(withBase('/'), site ?? 'https://example.org').href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await svgToPng(cardSvg(params.graphic ?? '', cardAddress(site))), { headers: { 'Content-Type': 'image/png' } });
