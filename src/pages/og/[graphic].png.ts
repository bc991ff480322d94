// Static PNG of each graphic's default view (share cards, embed previews, app fallbacks), rasterised at build time.
import type { APIRoute } from 'astro';
import type { GraphicName } from '../../lib/data/steps';
import { svgToPng } from '../../lib/raster';
import { shareCardSvg } from '../../lib/shareCard';
import { EMBED_GRAPHICS, EMBED_TITLES } from '../../embed/meta';
import { standaloneSvg } from '../../charts/standalone';

export function getStaticPaths() {
  return EMBED_GRAPHICS.map((graphic) => ({ params: { graphic } }));
}

export const GET: APIRoute = async ({ params }) => {
  const graphic = params.graphic as GraphicName;
  const svg = shareCardSvg({ kicker: 'The “Proud Boys” emails', title: EMBED_TITLES[graphic], graphic: standaloneSvg(graphic, { width: 520, height: 450 }) });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
