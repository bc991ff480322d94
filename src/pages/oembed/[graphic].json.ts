// Static oEmbed responses (type "rich") for each graphic, discovered from the story and the embed pages.
import type { APIRoute } from 'astro';
import type { GraphicName } from '../../lib/data/steps';
import { withBase } from '../../lib/paths';
import { DEFAULT_EMBED_WIDTH, EMBED_GRAPHICS, EMBED_TITLES, snippetHeight } from '../../embed/meta';

export function getStaticPaths() {
  return EMBED_GRAPHICS.map((graphic) => ({ params: { graphic } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const graphic = params.graphic as GraphicName;
  const abs = (path: string): string => new URL(withBase(path), site).href;
  const height = snippetHeight(graphic);
  const title = EMBED_TITLES[graphic];
  const html = `<iframe src="${abs(`/embed/${graphic}/`)}" title="${title.replace(/"/g, '&quot;')}" width="${DEFAULT_EMBED_WIDTH}" height="${height}" style="border:0;width:100%;max-width:${DEFAULT_EMBED_WIDTH}px" loading="lazy"></iframe>`;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'The “Proud Boys” emails, explained',
    provider_url: abs('/'),
    html,
    width: DEFAULT_EMBED_WIDTH,
    height,
    thumbnail_url: abs(`/og/${graphic}.png`),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
