// Download: the timeline events as JSON (every field, readable labels, full sources), generated at build time.
import type { APIRoute } from 'astro';
import { toJson } from '../../charts/timeline/export';
import { timelineExportInput } from './_timelineInput';

export const GET: APIRoute = ({ site }) =>
  new Response(toJson(timelineExportInput(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
