// Download: the timeline in Knight Lab TimelineJS3 JSON format, for teachers to load into TimelineJS.
import type { APIRoute } from 'astro';
import { toTimelineJs } from '../../charts/timeline/export';
import { timelineExportInput } from './_timelineInput';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(toTimelineJs(timelineExportInput(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
