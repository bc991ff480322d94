// Share card for the story (og:image): 1200×630 PNG rasterised at build time from an SVG card.
import type { APIRoute } from 'astro';
import { data } from '../../lib/data';
import { svgToPng } from '../../lib/raster';
import { shareCardSvg } from '../../lib/shareCard';
import { standaloneSvg } from '../../charts/standalone';

export const GET: APIRoute = async () => {
  const png = await svgToPng(shareCardSvg({ kicker: 'Election 2020 · Explainer', title: data.article.headline, graphic: standaloneSvg('map', { width: 520, height: 450 }) }));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
