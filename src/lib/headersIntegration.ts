// Astro integration: the built _headers file with every path under the base path (its rules are root-anchored, so a
// sub-path build would otherwise lose CORS on its scripts and the framing rules of its pages).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHeaders } from '../../scripts/lib/headers.mjs';

export function rebasedHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'rebased-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (base !== '/' && existsSync(file)) writeFileSync(file, rebaseHeaders(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
