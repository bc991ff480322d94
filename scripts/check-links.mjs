// CI link check: every internal href/src in the built HTML reaches a built file, and every #fragment an id there.
// Usage: node scripts/check-links.mjs [distDir]   (default dist/; BASE_PATH and SITE_URL as for the build)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from './lib/links.mjs';
import { basePath, listFiles, siteOrigin } from './lib/site.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = resolve(root, process.argv[2] ?? 'dist');
const base = basePath();

const files = listFiles(distDir);
const htmlFiles = files.filter((f) => /\.html?$/.test(f));
if (!htmlFiles.length) {
  console.error(`check-links: no HTML files in ${distDir}. Run the build first.`);
  process.exit(1);
}
const html = new Map(htmlFiles.map((f) => [f, readFileSync(join(distDir, f), 'utf8')]));
const { broken, checked } = findBrokenLinks({ files, html, base, siteOrigin: siteOrigin() });

if (broken.length) {
  console.error(`check-links: ${broken.length} broken internal link${broken.length > 1 ? 's' : ''} (of ${checked} checked in ${htmlFiles.length} pages, base ${base}):`);
  // The same broken link repeated on a page (e.g. one <use href> per map copy) is listed once, with a count.
  const grouped = new Map();
  for (const b of broken) {
    const key = `${b.page} → ${b.url}: ${b.reason}`;
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  const lines = [...grouped].map(([key, n]) => `  ${key}${n > 1 ? ` (×${n})` : ''}`);
  const LIMIT = 80;
  for (const line of lines.slice(0, LIMIT)) console.error(line);
  if (lines.length > LIMIT) console.error(`  … and ${lines.length - LIMIT} more distinct broken links`);
  process.exit(1);
}
console.log(`check-links: ${checked} internal links and fragments resolve in ${htmlFiles.length} HTML files (base ${base}).`);
