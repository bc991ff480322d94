// @ts-check
// Astro configuration: a static site. SITE and BASE can be set at build time for any host or sub-path.
import { defineConfig } from 'astro/config';

const site = process.env.SITE_URL ?? 'https://proud-boys-emails.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
