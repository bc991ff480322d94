// Share card for the story (og:image), and the story card's thumbnail: 1200×630 PNG rasterised at build time.
import type { APIRoute } from 'astro';
import { svgToPng } from '../../lib/raster';
import { cardSvg } from '../../charts/cards';
import { cardAddress } from './[graphic].png';

export const GET: APIRoute = async ({ site }) => new Response(await svgToPng(cardSvg('story', cardAddress(site))), { headers: { 'Content-Type': 'image/png' } });
