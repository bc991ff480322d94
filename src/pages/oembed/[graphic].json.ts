// oEmbed for each embed's default page (/embed/<id>/): /oembed/<id>.json, discovered from that page.
import type { APIRoute } from 'astro';
import { EMBEDS, embedEntry } from '../../embed/registry';
import { oembedBody, siteOf } from '../../embed/oembed';
import { withBase } from '../../lib/paths';

export function getStaticPaths() {
  return EMBEDS.map((e) => ({ params: { graphic: e.id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(oembedBody(siteOf(withBase, site), embedEntry(params.graphic ?? ''), null), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
