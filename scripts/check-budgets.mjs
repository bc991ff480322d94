// CI byte budgets: measures what each built page loads first (gzip) and fails when a figure exceeds scripts/budgets.json.
// Usage: node scripts/check-budgets.mjs [distDir]   (default dist/; BASE_PATH as for the build)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { checkBudgets, kb, measureIpTable, measureLazyChunk } from './lib/budget.mjs';
import { basePath, measureSite } from './lib/site.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = resolve(root, process.argv[2] ?? 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8'));
const base = basePath();

const measured = measureSite(distDir, base, budgets.embedLoader?.file);
if (!measured.pages.length) {
  console.error(`check-budgets: no pages (index.html) in ${distDir}. Run the build first.`);
  process.exit(1);
}

console.log(`Byte budgets (gzip -9, 1 KB = 1024 B) for ${distDir}, base ${base}\n`);
console.log('page                      HTML      CSS       JS        img+data  total');
for (const p of measured.pages) {
  const t = p.firstLoad.byType;
  const cols = [t.html, t.css, t.js, t.image + t.data + t.font + t.other, p.firstLoad.total].map((n) => kb(n).padEnd(10));
  console.log(`${p.path.padEnd(26)}${cols.join('')}`);
}
console.log('(CSS and JS include inline <style>/<script>, which the HTML figure also contains; total counts each file once.)\n');

const { results, failures } = checkBudgets(measured, budgets);
const record = (label, actual, limitKB) => {
  const r = { label, actual, pass: actual !== null && actual <= limitKB * 1024 };
  r.message = actual === null ? `${label}: not found in the build` : `${label}: ${kb(actual)} gzip ${r.pass ? '≤' : '>'} budget ${limitKB} KB`;
  results.push(r);
  if (!r.pass) failures.push(r);
};
// Pages with a budget of their own (tighter than otherPages).
for (const [path, b] of Object.entries(budgets.pages ?? {})) {
  const page = measured.pages.find((p) => p.path === path);
  record(`page ${path} first load (own budget)`, page ? page.firstLoad.total : null, b.totalGzipKB);
}
// Code that loads later, with all it imports.
const assets = join(distDir, '_astro');
const assetNames = existsSync(assets) ? readdirSync(assets) : [];
const readAsset = (name) => (existsSync(join(assets, name)) ? readFileSync(join(assets, name), 'utf8') : null);
for (const c of budgets.lazyChunks ?? []) {
  const m = measureLazyChunk(readAsset, assetNames, c.prefix);
  record(`${c.label} [${m ? m.files.join(', ') : c.prefix}]`, m ? m.gzip : null, c.gzipKB);
}
// The IP-to-country table: one lookup, and the whole table.
if (budgets.ipTable) {
  const dir = join(distDir, budgets.ipTable.dir);
  const files = existsSync(dir) ? new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))])) : new Map();
  const t = files.size ? measureIpTable(files) : null;
  record(`IP table: one lookup (index + largest chunk)`, t ? t.perLookupGzip : null, budgets.ipTable.perLookupGzipKB);
  record(`IP table: all ${t?.files ?? 0} files`, t ? t.totalGzip : null, budgets.ipTable.totalGzipKB);
}
for (const r of results) console.log(`${r.note ? '–' : r.pass ? '✓' : '✗'} ${r.message}`);
if (failures.length) {
  console.error(`\n${failures.length} budget${failures.length > 1 ? 's' : ''} broken:`);
  for (const f of failures) console.error(`  ${f.message}`);
  process.exit(1);
}
console.log('\nAll byte budgets met.');
