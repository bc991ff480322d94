// @ts-check
// Astro configuration: a static site. SITE and BASE can be set at build time for any host or sub-path.
import { defineConfig } from 'astro/config';
import { dataJsonGuard } from './src/lib/data/jsonGuard.ts';
import { ipCountryTable } from './src/integrations/ipCountry.ts';

const site = process.env.SITE_URL ?? 'https://proud-boys-emails.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A data file that is not valid JSON stops the build naming the file, line and column; the header reader's
  // IP-to-country table is built into /ip-country/.
  integrations: [dataJsonGuard(), ipCountryTable()],
  // Never inline bundled scripts: our Content-Security-Policy allows scripts from our origin (and hashed
  // inline snippets we write ourselves), not arbitrary inline code.
  vite: { build: { assetsInlineLimit: 0, minify: process.env.NO_MINIFY ? false : 'esbuild' } },
});
