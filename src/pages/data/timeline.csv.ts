// Download: the timeline events as CSV (one row per event, sources as " | "-separated lists), generated at build time.
import type { APIRoute } from 'astro';
import { toCsv } from '../../charts/timeline/export';
import { timelineExportInput } from './_timelineInput';

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(timelineExportInput(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
