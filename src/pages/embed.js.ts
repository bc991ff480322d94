// Serves the host-page loader at /embed.js, compiled and minified from src/embed/loader.ts at build time, with what it
// needs to know (titles, states, measured heights, the site's address) baked in from the registry.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { withBase } from '../lib/paths';
import { loaderConfig } from '../embed/loaderConfig';

export const GET: APIRoute = async ({ site }) => {
  const config = loaderConfig(new URL(withBase('/'), site).href);
  const result = await build({
    // Built from the project root (where astro build runs), not relative to this bundled module.
    entryPoints: [resolve(process.cwd(), 'src/embed/loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
    define: { __PB_EMBEDS__: JSON.stringify(config) },
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
