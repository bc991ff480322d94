// Internal link checking over a built site held in memory: every href/src must reach a built file, every #fragment an id.
import { collectIds, scanTags, tagUrls } from './html.mjs';

/** @typedef {{ page: string, url: string, reason: string }} BrokenLink */

const LOCAL_ORIGIN = 'http://site.invalid';

/** The URL a built HTML file is served at (path under base): "a/index.html" → "/base/a/", "404.html" → "/base/404.html". */
export function pageUrlPath(relPath, base) {
  if (relPath === 'index.html') return base;
  if (relPath.endsWith('/index.html')) return `${base}${relPath.slice(0, -'index.html'.length)}`;
  return `${base}${relPath}`;
}

/** The built file (relative path) a pathname resolves to, as a static host would serve it; null if none. */
export function resolveFile(pathname, base, files) {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return null;
  const rest = pathname.slice(base.length).replace(/^\/+/, '');
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`, `${rest}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/**
 * Finds broken internal links.
 * @param {{ files: Iterable<string>, html: Map<string, string>, base: string, siteOrigin?: string | null }} site
 *   files: every built file (relative paths, forward slashes); html: the text of each HTML file to check, by
 *   relative path; base: "/" or "/sub/"; siteOrigin: the public origin (absolute links to it are internal).
 * @returns {{ broken: BrokenLink[], checked: number }}
 */
export function findBrokenLinks({ files, html, base, siteOrigin = null }) {
  const fileSet = new Set(files);
  /** @type {Map<string, Set<string>>} */
  const idCache = new Map();
  const idsOf = (rel) => {
    let ids = idCache.get(rel);
    if (!ids) {
      ids = collectIds(scanTags(html.get(rel) ?? ''));
      idCache.set(rel, ids);
    }
    return ids;
  };
  /** @type {BrokenLink[]} */
  const broken = [];
  let checked = 0;

  for (const [rel, text] of html) {
    const pagePath = pageUrlPath(rel, base);
    const pageUrl = new URL(pagePath, LOCAL_ORIGIN);
    const tags = scanTags(text);
    const baseTag = tags.find((t) => t.name === 'base' && t.attrs.href !== undefined);
    const docBase = baseTag ? new URL(baseTag.attrs.href ?? '', pageUrl) : pageUrl;
    for (const tag of tags) {
      for (const raw of tagUrls(tag)) {
        const ref = raw.trim();
        if (!ref || /^(mailto|tel|javascript|data|blob|sms):/i.test(ref)) continue;
        let url;
        try {
          url = new URL(ref, docBase);
        } catch {
          broken.push({ page: pagePath, url: ref, reason: 'not a valid URL' });
          continue;
        }
        if (!/^https?:$/.test(url.protocol)) continue;
        const internal = url.origin === LOCAL_ORIGIN || (siteOrigin && url.origin === siteOrigin);
        if (!internal) continue;
        checked++;
        let pathname;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          broken.push({ page: pagePath, url: ref, reason: 'malformed percent-encoding' });
          continue;
        }
        if (!pathname.startsWith(base) && `${pathname}/` !== base) {
          broken.push({ page: pagePath, url: ref, reason: `outside the base path ${base}` });
          continue;
        }
        const target = resolveFile(pathname, base, fileSet);
        if (!target) {
          broken.push({ page: pagePath, url: ref, reason: 'no such file in the build' });
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !/\.html?$/.test(target)) continue;
        let id;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        // "#top" scrolls to the top of any document (HTML spec), even without an element of that id.
        if (id.toLowerCase() === 'top' && !idsOf(target).has(id)) continue;
        if (!html.has(target)) {
          broken.push({ page: pagePath, url: ref, reason: `cannot check #${id}: ${target} not loaded` });
        } else if (!idsOf(target).has(id)) {
          broken.push({ page: pagePath, url: ref, reason: `no id="${id}" in ${pageUrlPath(target, base)}` });
        }
      }
    }
  }
  return { broken, checked };
}
