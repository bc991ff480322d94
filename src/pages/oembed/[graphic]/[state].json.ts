// oEmbed for each embed's other states (/embed/<id>/<state>/): /oembed/<id>/<state>.json, discovered from that page.
import type { APIRoute } from 'astro';
import { embedEntry, embedPages } from '../../../embed/registry';
import { oembedBody, siteOf } from '../../../embed/oembed';
import { withBase } from '../../../lib/paths';

export function getStaticPaths() {
  return embedPages()
    .filter((p) => !p.isDefault && p.state)
    .map((p) => ({ params: { graphic: p.entry.id, state: p.state! } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(oembedBody(siteOf(withBase, site), embedEntry(params.graphic ?? ''), params.state ?? null), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
