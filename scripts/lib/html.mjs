// Minimal, dependency-free HTML scanning for our own built pages: tags with attributes, inline script/style text, ids.
// Not a general HTML parser: it handles what Astro emits (comments, raw-text elements, quoted attributes).

/** @typedef {{ name: string, attrs: Record<string, string>, text?: string }} Tag */

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTR_RE = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (m, ref) => {
    const r = ref.toLowerCase();
    if (r === 'amp') return '&';
    if (r === 'lt') return '<';
    if (r === 'gt') return '>';
    if (r === 'quot') return '"';
    if (r === 'apos') return "'";
    if (r === 'nbsp') return '\u00a0';
    const code = r.startsWith('#x') ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

/** Parses the attribute part of a start tag into a lower-cased name → decoded value map. */
export function parseAttrs(source) {
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const m of source.matchAll(ATTR_RE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!name || name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * Every start tag in document order, with its attributes; script/style/textarea/title carry their raw text.
 * @param {string} html
 * @returns {Tag[]}
 */
export function scanTags(html) {
  /** @type {Tag[]} */
  const tags = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = (m[1] ?? '').toLowerCase();
    // Find the end of the start tag, skipping '>' inside quoted attribute values.
    let j = lt + m[0].length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const attrs = parseAttrs(html.slice(lt + m[0].length, j).replace(/\/$/, ''));
    /** @type {Tag} */
    const tag = { name, attrs };
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}[\\s>]`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      const end = close ? close.index : html.length;
      tag.text = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** The set of fragment targets in a page: every id, plus name= on <a> (legacy anchors). */
export function collectIds(tags) {
  const ids = new Set();
  for (const t of tags) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

/** The URL-bearing attributes of a tag (href, src, srcset candidates, poster, data on <object>, action). */
export function tagUrls(tag) {
  const out = [];
  const a = tag.attrs;
  if (a.href !== undefined && ['a', 'area', 'link', 'use', 'image', 'base'].includes(tag.name)) out.push(a.href);
  if (a['xlink:href'] !== undefined) out.push(a['xlink:href']);
  if (a.src !== undefined && ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'].includes(tag.name))
    out.push(a.src);
  if (a.srcset !== undefined) {
    for (const part of a.srcset.split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) out.push(url);
    }
  }
  if (a.poster !== undefined) out.push(a.poster);
  if (tag.name === 'object' && a.data !== undefined) out.push(a.data);
  if (tag.name === 'form' && a.action !== undefined) out.push(a.action);
  return out;
}
