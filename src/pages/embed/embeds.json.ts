// /embed/embeds.json: every embed and its pages (one per state), oEmbed files and snippets' frame, for tools (the
// height measurements, the bench) and for newsrooms' own.
import type { APIRoute } from 'astro';
import { EMBEDS, embedPath, oembedPath } from '../../embed/registry';
import { fixedFrameOf } from '../../embed/sizing';
import { withBase } from '../../lib/paths';

export const GET: APIRoute = () => {
  const body = {
    embeds: EMBEDS.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      states: e.states,
      pages: (e.states.length ? e.states : [null]).map((state) => ({
        state,
        path: withBase(embedPath(e, state)),
        oembed: withBase(oembedPath(e, state)),
        frame: fixedFrameOf(e, state),
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
