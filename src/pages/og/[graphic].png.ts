// Static PNG of each graphic's default view (share cards, embed previews, app fallbacks), rasterised at build time.
import type { APIRoute } from 'astro';
import type { GraphicName } from '../../lib/data/steps';
import { svgToPng } from '../../lib/raster';
import { shareCardSvg } from '../../lib/shareCard';
import { EMBEDS, embedEntry } from '../../embed/registry';
import { standaloneSvg } from '../../charts/standalone';

export function getStaticPaths() {
  return EMBEDS.filter((e) => e.kind === 'graphic').map((e) => ({ params: { graphic: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const entry = embedEntry(params.graphic ?? '');
  const svg = shareCardSvg({ kicker: 'The “Proud Boys” emails', title: entry.title, graphic: standaloneSvg(entry.id as GraphicName, { width: 520, height: 450 }) });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
