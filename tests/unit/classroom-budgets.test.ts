// Every classroom page has a first-load budget of its own (160 KB gzip, issue 20), so a page that goes missing from
// the build fails the budget check, and the bench measures each one (Lighthouse ×4 and its first load).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateTargets } from '../../scripts/lib/bench-report.mjs';
import { SITE_PAGES } from '../../scripts/lib/site-pages.mjs';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8'));

/** Site paths of the classroom pages in src/pages/classroom (index.astro files). */
function classroomPages(dir = 'src/pages/classroom', path = '/classroom/'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...classroomPages(full, `${path}${name}/`));
    else if (name === 'index.astro') out.push(path);
  }
  return out;
}

describe('classroom pages in the budgets and the bench', () => {
  const pages = classroomPages();
  it('finds the teacher guide, the student page, the projector and four printouts', () => {
    expect(pages).toHaveLength(7);
  });
  it('gives each its own first-load budget of at most 160 KB gzip', () => {
    for (const p of pages) expect(budgets.pages?.[p]?.totalGzipKB, p).toBeLessThanOrEqual(160);
  });
  it('lists each in the bench, which reports its first load against 160 KB and Lighthouse 100 ×4', () => {
    for (const p of pages) expect(SITE_PAGES, p).toContain(p);
    const page = { id: 'classroom-student', path: '/classroom/student/', kind: 'ours', bytes: { total: 161 * 1024 }, mobile: { scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, lcp: 900, tbt: 0, cls: 0 } };
    const targets = evaluateTargets(page);
    expect(targets.find((t) => t.id === 'first-load')).toMatchObject({ pass: false, label: 'First load ≤ 160 KB gzip' });
    expect(targets.find((t) => t.id === 'lh100')?.pass).toBe(true);
    expect(evaluateTargets({ ...page, bytes: { total: 100 * 1024 } }).find((t) => t.id === 'first-load')?.pass).toBe(true);
  });
});
