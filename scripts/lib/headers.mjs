// Reads a `_headers` file (the Netlify / Cloudflare Pages format) and answers which headers a URL path gets,
// so the local servers (tests, bench) send what those hosts send. Also rebases the file for a sub-path build.

/**
 * Parses `_headers`: a path line (no indent), then indented `Name: value` lines; `#` starts a comment.
 * @param {string} text
 * @returns {Array<{ path: string, headers: Array<[string, string]> }>}
 */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { path: line.trim(), headers: [] };
      rules.push(current);
      continue;
    }
    const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!m || !current) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    current.headers.push([m[1], m[2]]);
  }
  return rules;
}

/** True when a rule's path matches a URL path: `*` matches anything (also "/"), `:name` one segment. */
export function pathMatches(pattern, pathname) {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(pathname);
}

/**
 * The headers for a path: every matching rule, in file order; a header set by two rules gets both
 * values joined with ", " (what Netlify and Cloudflare Pages do).
 * @returns {Record<string, string>} lower-case names
 */
export function headersFor(rules, pathname) {
  const out = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** The file with every path prefixed by a base path ("/sub/"): rules are root-anchored, a sub-path build is not. */
export function rebaseHeaders(text, base) {
  if (base === '/') return text;
  const prefix = base.replace(/\/$/, '');
  return text
    .split(/\r?\n/)
    .map((line) => (/^\//.test(line) ? `${prefix}${line}` : line))
    .join('\n');
}
