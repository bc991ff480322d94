// Serves the host-page loader at /embed.js, compiled and minified from src/embed/loader.ts at build time.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const GET: APIRoute = async () => {
  const result = await build({
    // Built from the project root (where astro build runs), not relative to this bundled module.
    entryPoints: [resolve(process.cwd(), 'src/embed/loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
