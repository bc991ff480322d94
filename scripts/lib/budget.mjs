// Byte budgets: what a page transfers on first load (gzip), by type, and the check of those figures against budgets.json.
// Pure apart from gzip: files are read through an injected function, so tests can use in-memory fixtures.
import { gzipSync } from 'node:zlib';
import { scanTags } from './html.mjs';

/** Compression used for every figure (deterministic; close to what a static host or CDN sends). */
export const GZIP_LEVEL = 9;

/** gzip size in bytes of a string or buffer. */
export function gzipSize(content) {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return gzipSync(buf, { level: GZIP_LEVEL }).length;
}

/** @typedef {'html' | 'css' | 'js' | 'image' | 'data' | 'font' | 'other'} ResourceType */

/** The type of a resource from its path (and the preload `as`, when given). */
export function classify(pathname, as = '') {
  if (as === 'script') return 'js';
  if (as === 'style') return 'css';
  if (as === 'font') return 'font';
  if (as === 'image') return 'image';
  if (as === 'fetch') return 'data';
  const ext = (/\.([a-z0-9]+)$/i.exec(pathname)?.[1] ?? '').toLowerCase();
  if (['js', 'mjs'].includes(ext)) return 'js';
  if (ext === 'css') return 'css';
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico'].includes(ext)) return 'image';
  if (['json', 'geojson', 'topojson', 'csv', 'tsv', 'txt'].includes(ext)) return 'data';
  if (['woff', 'woff2', 'ttf', 'otf', 'eot'].includes(ext)) return 'font';
  if (['html', 'htm'].includes(ext) || pathname.endsWith('/')) return 'html';
  return 'other';
}

const NON_JS_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules', 'text/template']);

/** Whether a <script type=…> holds JavaScript that runs. */
export function isJsScriptType(type = '') {
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript' || !NON_JS_SCRIPT_TYPES.has(t) && t.includes('javascript');
}

/** Static import specifiers of an ES module (import … from "x", import "x", export … from "x"); not dynamic import(). */
export function staticImports(code) {
  const out = [];
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(re)) out.push(m[2]);
  return out;
}

/** `@import` targets of a stylesheet. */
export function cssImports(css) {
  const out = [];
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g)) out.push(m[2]);
  return out;
}

/**
 * @typedef {{ url: string, type: ResourceType, bytes: number, gzip: number, via: string, missing?: boolean, external?: boolean }} LoadedResource
 * @typedef {{ bytes: number, gzip: number }} Size
 * @typedef {{
 *   page: string,
 *   html: Size,
 *   inline: { js: Size, css: Size },
 *   resources: LoadedResource[],
 *   byType: Record<ResourceType, number>,
 *   total: number,
 *   missing: string[],
 *   external: string[],
 * }} FirstLoad
 */

/**
 * What a page loads before any interaction: the HTML, its render-blocking and eager references, and the
 * static import graph of its module scripts. Inline <script>/<style> are part of the HTML file; their
 * gzip size is also reported under JS/CSS so the per-type budgets see them.
 * @param {{ pageUrl: string, html: string, readFile: (pathname: string) => Buffer | null }} input
 *   pageUrl: absolute URL of the page (any origin); readFile: the file served at a same-origin pathname, or null.
 * @returns {FirstLoad}
 */
export function measureFirstLoad({ pageUrl, html, readFile }) {
  const page = new URL(pageUrl);
  /** @type {LoadedResource[]} */
  const resources = [];
  const seen = new Set();
  const missing = [];
  const external = [];
  const inlineJs = [];
  const inlineCss = [];

  /** Adds one referenced file (and what it statically pulls in) to the first load. */
  const add = (ref, base, via, type, follow) => {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return;
    let url;
    try {
      url = new URL(ref, base);
    } catch {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    url.hash = '';
    const key = url.href;
    if (seen.has(key)) return;
    seen.add(key);
    if (url.origin !== page.origin) {
      external.push(key);
      resources.push({ url: key, type: type ?? classify(url.pathname), bytes: 0, gzip: 0, via, external: true });
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const content = readFile(pathname);
    const kind = type ?? classify(pathname);
    if (!content) {
      missing.push(url.pathname);
      resources.push({ url: url.pathname, type: kind, bytes: 0, gzip: 0, via, missing: true });
      return;
    }
    resources.push({ url: url.pathname, type: kind, bytes: content.length, gzip: gzipSize(content), via });
    if (follow === 'js') for (const spec of staticImports(content.toString('utf8'))) addModule(spec, url, url.pathname);
    if (follow === 'css') for (const spec of cssImports(content.toString('utf8'))) add(spec, url, url.pathname, 'css', 'css');
  };
  // Bare specifiers cannot load in a browser without an import map; only relative/absolute ones are files.
  const addModule = (spec, base, via) => {
    if (/^(\.{0,2}\/|https?:)/.test(spec)) add(spec, base, via, 'js', 'js');
  };

  const tags = scanTags(html);
  const baseTag = tags.find((t) => t.name === 'base' && t.attrs.href !== undefined);
  const docBase = baseTag ? new URL(baseTag.attrs.href ?? '', page) : page;
  for (const t of tags) {
    const a = t.attrs;
    if (t.name === 'script') {
      if (!isJsScriptType(a.type)) continue;
      if (a.src !== undefined) add(a.src, docBase, '<script src>', 'js', 'js');
      else if (t.text && t.text.trim()) {
        inlineJs.push(t.text);
        if ((a.type ?? '').toLowerCase() === 'module') for (const spec of staticImports(t.text)) addModule(spec, docBase, 'inline module');
      }
    } else if (t.name === 'style') {
      if (t.text && t.text.trim()) {
        inlineCss.push(t.text);
        for (const spec of cssImports(t.text)) add(spec, docBase, 'inline @import', 'css', 'css');
      }
    } else if (t.name === 'link' && a.href !== undefined) {
      const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rels.includes('stylesheet') && !rels.includes('alternate')) add(a.href, docBase, '<link rel=stylesheet>', 'css', 'css');
      else if (rels.includes('modulepreload')) add(a.href, docBase, '<link rel=modulepreload>', 'js', 'js');
      else if (rels.includes('preload')) {
        const type = classify(new URL(a.href, docBase).pathname, (a.as ?? '').toLowerCase());
        add(a.href, docBase, '<link rel=preload>', type, type === 'js' ? 'js' : undefined);
      } else if (rels.includes('icon')) add(a.href, docBase, '<link rel=icon>', 'image');
    } else if (t.name === 'img' && a.src !== undefined) {
      if ((a.loading ?? '').toLowerCase() !== 'lazy') add(a.src, docBase, '<img>', 'image');
    }
  }

  const htmlSize = { bytes: Buffer.byteLength(html), gzip: gzipSize(html) };
  const inline = {
    js: inlineJs.length ? { bytes: Buffer.byteLength(inlineJs.join('\n')), gzip: gzipSize(inlineJs.join('\n')) } : { bytes: 0, gzip: 0 },
    css: inlineCss.length ? { bytes: Buffer.byteLength(inlineCss.join('\n')), gzip: gzipSize(inlineCss.join('\n')) } : { bytes: 0, gzip: 0 },
  };
  /** @type {Record<ResourceType, number>} */
  const byType = { html: htmlSize.gzip, css: inline.css.gzip, js: inline.js.gzip, image: 0, data: 0, font: 0, other: 0 };
  let total = htmlSize.gzip;
  for (const r of resources) {
    byType[r.type] += r.gzip;
    total += r.gzip;
  }
  return { page: page.pathname, html: htmlSize, inline, resources, byType, total, missing, external };
}

/** Kilobytes as the budgets count them (1 KB = 1024 bytes), one decimal. */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * @typedef {{ label: string, actual: number | null, limit: number, pass: boolean, note?: string, message: string }} BudgetResult
 * @typedef {{
 *   story?: { path: string, jsGzipKB: number, cssGzipKB: number, totalGzipKB: number },
 *   embedPages?: { pathPattern: string, expected: string[], totalGzipKB: number },
 *   embedLoader?: { file: string, gzipKB: number },
 *   otherPages?: { totalGzipKB: number },
 * }} Budgets
 * @typedef {{ path: string, firstLoad: FirstLoad }} MeasuredPage
 */

/** Whether a site path (without base) matches a pattern where `*` stands for one path segment. */
export function matchesPattern(path, pattern) {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  return re.test(path);
}

/**
 * Checks measured pages against the budgets. Pages are keyed by their path without the base ("/", "/embed/map/").
 * A missing embed page or loader is reported as "not built yet" and does not fail; a figure over budget, or a page
 * that references a file missing from the build, fails.
 * @param {{ pages: MeasuredPage[], loader: Size | null }} measured
 * @param {Budgets} budgets
 * @returns {{ results: BudgetResult[], failures: BudgetResult[] }}
 */
export function checkBudgets(measured, budgets) {
  /** @type {BudgetResult[]} */
  const results = [];
  const limitBytes = (k) => k * 1024;
  const check = (label, actual, limitKB) => {
    const limit = limitBytes(limitKB);
    const pass = actual <= limit;
    results.push({
      label,
      actual,
      limit,
      pass,
      message: `${label}: ${kb(actual)} gzip ${pass ? '≤' : '>'} budget ${limitKB} KB`,
    });
  };
  const notBuilt = (label, limitKB) =>
    results.push({ label, actual: null, limit: limitBytes(limitKB), pass: true, note: 'not built yet', message: `${label}: not built yet (budget ${limitKB} KB)` });
  const checkMissing = (label, fl) => {
    if (fl.missing.length)
      results.push({
        label: `${label} references`,
        actual: null,
        limit: 0,
        pass: false,
        message: `${label}: references files missing from the build: ${fl.missing.join(', ')}`,
      });
  };

  const claimed = new Set();
  if (budgets.story) {
    const b = budgets.story;
    const story = measured.pages.find((p) => p.path === b.path);
    if (!story) {
      results.push({ label: 'story page', actual: null, limit: 0, pass: false, message: `story page: ${b.path} not found in the build` });
    } else {
      claimed.add(story.path);
      check('story page JS', story.firstLoad.byType.js, b.jsGzipKB);
      check('story page CSS', story.firstLoad.byType.css, b.cssGzipKB);
      check('story page first load (total)', story.firstLoad.total, b.totalGzipKB);
      checkMissing('story page', story.firstLoad);
    }
  }
  if (budgets.embedPages) {
    const b = budgets.embedPages;
    const embeds = measured.pages.filter((p) => matchesPattern(p.path, b.pathPattern));
    for (const p of embeds) {
      claimed.add(p.path);
      check(`embed page ${p.path} (total)`, p.firstLoad.total, b.totalGzipKB);
      checkMissing(`embed page ${p.path}`, p.firstLoad);
    }
    for (const path of b.expected) if (!embeds.some((p) => p.path === path)) notBuilt(`embed page ${path} (total)`, b.totalGzipKB);
  }
  if (budgets.embedLoader) {
    const b = budgets.embedLoader;
    if (measured.loader) check(`embed loader ${b.file}`, measured.loader.gzip, b.gzipKB);
    else notBuilt(`embed loader ${b.file}`, b.gzipKB);
  }
  if (budgets.otherPages) {
    for (const p of measured.pages) {
      if (claimed.has(p.path)) continue;
      check(`page ${p.path} (total)`, p.firstLoad.total, budgets.otherPages.totalGzipKB);
      checkMissing(`page ${p.path}`, p.firstLoad);
    }
  }
  return { results, failures: results.filter((r) => !r.pass) };
}

/**
 * A chunk that loads later (a dynamic import) with every module it imports statically, as the build wrote them.
 * @param {(name: string) => string | null} readAsset reads a file of the assets folder by name, null when missing
 * @param {string[]} names every file name in the assets folder
 * @param {string} prefix the chunk's name before its hash, e.g. "reader"
 * @returns {{ files: string[], bytes: number, gzip: number } | null}
 */
export function measureLazyChunk(readAsset, names, prefix) {
  const entry = names.find((n) => n.startsWith(`${prefix}.`) && n.endsWith('.js'));
  if (!entry) return null;
  const seen = new Set();
  const queue = [entry];
  let bytes = 0;
  let gzip = 0;
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readAsset(name);
    if (code === null) continue;
    bytes += Buffer.byteLength(code);
    gzip += gzipSize(code);
    for (const spec of staticImports(code)) if (spec.startsWith('./')) queue.push(spec.slice(2));
  }
  return { files: [...seen], bytes, gzip };
}

/**
 * The IP-to-country table: what one lookup fetches at most (index.json and the largest chunk) and the whole table.
 * @param {Map<string, Buffer>} files the table's files by name
 */
export function measureIpTable(files) {
  let largest = 0;
  let total = 0;
  let index = 0;
  for (const [name, data] of files) {
    const g = gzipSize(data);
    total += g;
    if (name === 'index.json') index = g;
    else largest = Math.max(largest, g);
  }
  return { files: files.size, perLookupGzip: index + largest, totalGzip: total };
}
