// Byte budgets: first-load measurement of a page from in-memory fixtures, and the pass/fail check against budgets.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkBudgets,
  classify,
  gzipSize,
  measureFirstLoad,
  staticImports,
  type FirstLoad,
  measureLazyChunk,
  measureIpTable,
} from '../../scripts/lib/budget.mjs';
import { scanTags, collectIds } from '../../scripts/lib/html.mjs';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8'));

/** Deterministic incompressible text (gzip cannot shrink it much), `n` characters long. */
function noise(n: number, seed = 7): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode(33 + ((x >>> 0) % 90));
  }
  return s.replace(/["'`\\]/g, 'a');
}

/** A fake built site: pathname → file content. */
function site(files: Record<string, string>) {
  return (pathname: string): Buffer | null => (pathname in files ? Buffer.from(files[pathname]!) : null);
}

const storyHtml = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>t</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/_astro/a.css">
<link rel="canonical" href="https://example.org/">
<style>body{margin:0}</style>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script>document.documentElement.dataset.js='1'</script>
<script type="module" src="/_astro/entry.js"></script>
</head><body>
<img src="/hero.png" alt="">
<img src="/later.png" loading="lazy" alt="">
<a href="/classroom/">x</a>
</body></html>`;

const files = {
  '/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  '/_astro/a.css': 'body{color:red}',
  '/_astro/entry.js': 'import{a as b}from"./chunk.js";import"./side.js";const l=()=>import("./lazy.js");b(l);',
  '/_astro/chunk.js': 'export const a=x=>x;',
  '/_astro/side.js': 'export{a}from"./chunk.js";',
  '/_astro/lazy.js': noise(50_000),
  '/hero.png': 'PNGDATA',
  '/later.png': noise(50_000),
};

function measure(html: string, fs: Record<string, string>, page = 'http://site.invalid/'): FirstLoad {
  return measureFirstLoad({ pageUrl: page, html, readFile: site(fs) });
}

describe('measureFirstLoad', () => {
  it('counts the HTML, eager references and the static import graph, not lazy images or dynamic imports', () => {
    const fl = measure(storyHtml, files);
    const urls = fl.resources.map((r) => r.url).sort();
    expect(urls).toEqual(['/_astro/a.css', '/_astro/chunk.js', '/_astro/entry.js', '/_astro/side.js', '/favicon.svg', '/hero.png']);
    expect(fl.missing).toEqual([]);
    expect(fl.external).toEqual([]);
    const gz = (p: string) => gzipSize(files[p as keyof typeof files]);
    const inlineJs = gzipSize("document.documentElement.dataset.js='1'");
    expect(fl.byType.js).toBe(gz('/_astro/entry.js') + gz('/_astro/chunk.js') + gz('/_astro/side.js') + inlineJs);
    expect(fl.byType.css).toBe(gz('/_astro/a.css') + gzipSize('body{margin:0}'));
    expect(fl.byType.image).toBe(gz('/favicon.svg') + gz('/hero.png'));
    // The total counts each transferred file once: the HTML (inline code included) plus every external file.
    expect(fl.total).toBe(gzipSize(storyHtml) + fl.resources.reduce((s, r) => s + r.gzip, 0));
  });

  it('resolves references relative to the page and under a base path', () => {
    const html = '<link rel="stylesheet" href="../../_astro/a.css"><script type="module" src="x.js"></script>';
    const fl = measure(html, { '/base/_astro/a.css': 'a{}', '/base/embed/map/x.js': 'let a=1' }, 'http://site.invalid/base/embed/map/');
    expect(fl.resources.map((r) => r.url).sort()).toEqual(['/base/_astro/a.css', '/base/embed/map/x.js']);
  });

  it('reports referenced files that are missing, and third-party requests', () => {
    const html = '<script src="/gone.js"></script><link rel="stylesheet" href="https://fonts.example.com/f.css">';
    const fl = measure(html, {});
    expect(fl.missing).toEqual(['/gone.js']);
    expect(fl.external).toEqual(['https://fonts.example.com/f.css']);
  });

  it('follows modulepreload and preload, and ignores JSON data scripts', () => {
    const html =
      '<link rel="modulepreload" href="/m.js"><link rel="preload" as="fetch" href="/d.json"><script type="application/json">{"a":1}</script>';
    const fl = measure(html, { '/m.js': 'import"/n.js"', '/n.js': '1', '/d.json': '{}' });
    expect(fl.resources.map((r) => [r.url, r.type])).toEqual([
      ['/m.js', 'js'],
      ['/n.js', 'js'],
      ['/d.json', 'data'],
    ]);
    expect(fl.inline.js.gzip).toBe(0);
  });
});

describe('staticImports and classify', () => {
  it('finds minified static imports and re-exports but not dynamic import()', () => {
    expect(staticImports('import{a as b}from"./c.js";import"./d.js";export*from"./e.js";import("./f.js")')).toEqual([
      './c.js',
      './d.js',
      './e.js',
    ]);
  });
  it('classifies by extension', () => {
    expect([classify('/a.js'), classify('/a.css'), classify('/a.svg'), classify('/a.json'), classify('/a.woff2')]).toEqual([
      'js',
      'css',
      'image',
      'data',
      'font',
    ]);
  });
});

describe('html scanning', () => {
  it('skips comments and script text, decodes attributes, collects ids', () => {
    const tags = scanTags('<!-- <a id="no"> --><p id="a&amp;b">x</p><script>if(a<b){"<div id=\'no2\'>"}</script><svg><g id="s"></g></svg>');
    expect([...collectIds(tags)]).toEqual(['a&b', 's']);
  });
});

describe('checkBudgets', () => {
  const measured = (jsNoise: number, extra: { path: string; html: string; fs?: Record<string, string> }[] = []) => {
    const fs = { ...files, '/_astro/chunk.js': `export const a=x=>x;/*${noise(jsNoise)}*/` };
    return {
      pages: [
        { path: '/', firstLoad: measure(storyHtml, fs) },
        ...extra.map((p) => ({ path: p.path, firstLoad: measure(p.html, p.fs ?? {}, `http://site.invalid${p.path}`) })),
      ],
      loader: null,
    };
  };

  it('passes a small story page and reports unbuilt embed pages and loader without failing', () => {
    const { results, failures } = checkBudgets(measured(0), budgets);
    expect(failures).toEqual([]);
    expect(results.filter((r) => r.note === 'not built yet').map((r) => r.label)).toEqual([
      'embed page /embed/map/ (total)',
      'embed page /embed/relay/ (total)',
      'embed page /embed/timeline/ (total)',
      'embed loader embed.js',
    ]);
  });

  it('fails a story page whose JavaScript is over budget, with the figure and the budget', () => {
    const m = measured(40_000);
    const js = m.pages[0]!.firstLoad.byType.js;
    expect(js).toBeGreaterThan(budgets.story.jsGzipKB * 1024);
    const { failures } = checkBudgets(m, budgets);
    expect(failures.map((f) => f.label)).toContain('story page JS');
    const msg = failures.find((f) => f.label === 'story page JS')!.message;
    expect(msg).toBe(`story page JS: ${(js / 1024).toFixed(1)} KB gzip > budget ${budgets.story.jsGzipKB} KB`);
    expect(msg).toMatch(/^story page JS: \d+\.\d KB gzip > budget 30 KB$/);
  });

  it('fails CSS over budget (inline <style> counts) and the total first load', () => {
    const html = storyHtml.replace('<style>body{margin:0}</style>', () => `<style>/*${noise(25_000)}*/</style>`);
    const big = { pages: [{ path: '/', firstLoad: measure(html.replace('/hero.png', '/big.png'), { ...files, '/big.png': noise(200_000) }) }], loader: null };
    const labels = checkBudgets(big, budgets).failures.map((f) => f.label);
    expect(labels).toEqual(['story page CSS', 'story page first load (total)']);
  });

  it('fails an embed page over its total budget, and an embed loader over 2 KB', () => {
    const m = measured(0, [{ path: '/embed/map/', html: '<script src="/embed/map/a.js"></script>', fs: { '/embed/map/a.js': noise(90_000) } }]);
    const withLoader = { ...m, loader: { bytes: 4000, gzip: 2100 } };
    const { failures, results } = checkBudgets(withLoader, budgets);
    expect(failures.map((f) => f.label)).toEqual(['embed page /embed/map/ (total)', 'embed loader embed.js']);
    expect(results.find((r) => r.label === 'embed page /embed/relay/ (total)')?.note).toBe('not built yet');
    expect(failures[1]!.message).toBe('embed loader embed.js: 2.1 KB gzip > budget 2 KB');
  });

  it('fails when a page references a file missing from the build, and when the story page is absent', () => {
    const m = measured(0, [{ path: '/classroom/', html: '<script src="/nope.js"></script>' }]);
    expect(checkBudgets(m, budgets).failures.map((f) => f.message)).toEqual([
      'page /classroom/: references files missing from the build: /nope.js',
    ]);
    expect(checkBudgets({ pages: [], loader: null }, budgets).failures.map((f) => f.label)).toEqual(['story page']);
  });
});

describe('measureLazyChunk and measureIpTable', () => {
  it('counts a lazy chunk with every module it imports statically, once each, and not what it imports dynamically', () => {
    const files: Record<string, string> = {
      'reader.abc.js': 'import{a}from"./svg.x.js";import{b}from"./render.y.js";const c=()=>import("./late.z.js");export{c as readInto};',
      'render.y.js': 'import{a}from"./svg.x.js";export const b=1;',
      'svg.x.js': 'export const a=1;',
      'late.z.js': 'x'.repeat(5000),
      'other.js': 'x',
    };
    const m = measureLazyChunk((n: string) => files[n] ?? null, Object.keys(files), 'reader');
    expect(m?.files.sort()).toEqual(['reader.abc.js', 'render.y.js', 'svg.x.js']);
    expect(m?.bytes).toBe(files['reader.abc.js']!.length + files['render.y.js']!.length + files['svg.x.js']!.length);
    expect(measureLazyChunk(() => null, ['a.js'], 'reader')).toBeNull();
  });

  it('one IP lookup costs the index and the largest chunk', () => {
    const files = new Map<string, Buffer>([
      ['index.json', Buffer.from('{"format":1}')],
      ['v4-000.bin', Buffer.from('a'.repeat(100))],
      ['v4-001.bin', Buffer.from(Array.from({ length: 4000 }, (_, i) => i % 251))],
    ]);
    const t = measureIpTable(files);
    expect(t.files).toBe(3);
    expect(t.perLookupGzip).toBe(gzipSize(files.get('index.json')!) + gzipSize(files.get('v4-001.bin')!));
    expect(t.totalGzip).toBeGreaterThan(t.perLookupGzip);
  });
});
