// The built site on disk: its base path, its pages (dist/**/index.html), and the file a URL path maps to.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSize, measureFirstLoad } from './budget.mjs';

/** The base path the site was built for, read like astro.config.mjs does: "/" or "/sub/path/". */
export function basePath(env = process.env) {
  const raw = env.BASE_PATH ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The public site origin, as in astro.config.mjs (absolute links to it count as internal). */
export function siteOrigin(env = process.env) {
  try {
    return new URL(env.SITE_URL ?? 'https://proud-boys-emails.example.org').origin;
  } catch {
    return null;
  }
}

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Site path (without base) of an HTML file: "index.html" → "/", "embed/map/index.html" → "/embed/map/". */
export function sitePathOfFile(relPath) {
  if (relPath === 'index.html') return '/';
  if (relPath.endsWith('/index.html')) return `/${relPath.slice(0, -'index.html'.length)}`;
  return `/${relPath}`;
}

/** The pages of the build: every index.html, as { path (without base), file (relative) }. */
export function listPages(distDir) {
  return listFiles(distDir)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((file) => ({ path: sitePathOfFile(file), file }));
}

/**
 * The file in distDir served at a URL pathname under base, like a static host does: "/" → index.html,
 * "/a/" → a/index.html, "/a" → a, then a/index.html, then a.html. Null when outside base or absent.
 */
export function fileForPathname(distDir, base, pathname) {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return null;
  const rest = pathname.slice(base.length).replace(/^\/+/, '');
  if (rest.split('/').includes('..')) return null;
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`, `${rest}.html`];
  for (const c of candidates) {
    const full = join(distDir, c);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

/** First-load figures for every page of a build, plus the embed loader when present. */
export function measureSite(distDir, base, loaderFile = 'embed.js') {
  const origin = 'http://site.invalid';
  const readFile = (pathname) => {
    const f = fileForPathname(distDir, base, pathname);
    return f ? readFileSync(f) : null;
  };
  const pages = listPages(distDir).map(({ path, file }) => ({
    path,
    file,
    firstLoad: measureFirstLoad({
      pageUrl: `${origin}${base}${path.slice(1)}`,
      html: readFileSync(join(distDir, file), 'utf8'),
      readFile,
    }),
  }));
  const loaderPath = join(distDir, loaderFile);
  let loader = null;
  if (existsSync(loaderPath)) {
    const buf = readFileSync(loaderPath);
    loader = { bytes: buf.length, gzip: gzipSize(buf) };
  }
  return { pages, loader };
}
