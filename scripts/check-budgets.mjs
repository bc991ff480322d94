// CI byte budgets: measures what each built page loads first (gzip) and fails when a figure exceeds scripts/budgets.json.
// Usage: node scripts/check-budgets.mjs [distDir]   (default dist/; BASE_PATH as for the build)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudgets, kb } from './lib/budget.mjs';
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
for (const r of results) console.log(`${r.note ? '–' : r.pass ? '✓' : '✗'} ${r.message}`);
if (failures.length) {
  console.error(`\n${failures.length} budget${failures.length > 1 ? 's' : ''} broken:`);
  for (const f of failures) console.error(`  ${f.message}`);
  process.exit(1);
}
console.log('\nAll byte budgets met.');
