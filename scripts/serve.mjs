// Tiny static file server with gzip (node:http + node:zlib), like a static host: for the browser tests, the bench and
// local checks. It sends the headers of the build's `_headers` file, as Netlify and Cloudflare Pages do.
// Usage: node scripts/serve.mjs [dir=dist] [port=4415]   (BASE_PATH as for the build; SERVE_HEADERS=0 ignores _headers)
// As a module: startStaticServer({ root, port, base, mounts, headers }) → { url, close() }.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './lib/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|vnd\.ms-fontobject)|image\/svg\+xml|font\/ttf)/;

/** Maps a request path to a file under dir ("/a/" → a/index.html; "/a" → a, a/index.html, a.html); null if none. */
function findFile(dir, rest) {
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`, `${rest}.html`];
  for (const c of candidates) {
    const full = resolve(dir, c);
    if (full !== dir && !full.startsWith(dir + sep)) return null; // no escaping the folder
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

/**
 * Starts the server. `mounts` maps extra URL prefixes ("/vendor/") to folders; `root` is served under `base`.
 * `headers` (default true) applies `root/_headers` when there is one.
 * @param {{ root: string, port: number, host?: string, base?: string, mounts?: Record<string, string>, log?: boolean, headers?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export function startStaticServer({ root, port, host = '127.0.0.1', base = '/', mounts = {}, log = false, headers: useHeaders = true }) {
  const table = [...Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]), [base, resolve(root)]].sort(
    (a, b) => b[0].length - a[0].length,
  );
  /** @type {Map<string, Buffer>} */
  const gzCache = new Map();
  const requests = [];
  const notFoundPage = findFile(resolve(root), '404.html');
  const headersFile = resolve(root, '_headers');
  const rules = useHeaders && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(pathname);
    if (log) console.log(req.method, pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = null;
    for (const [prefix, dir] of table) {
      if (pathname.startsWith(prefix)) {
        file = findFile(dir, pathname.slice(prefix.length));
        break;
      }
      if (`${pathname}/` === prefix) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
    }
    // Directory without trailing slash: redirect like static hosts do.
    if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const path = file ?? notFoundPage;
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    let body = readFileSync(path);
    const headers = {
      ...headersFor(rules, pathname),
      'content-type': type,
      'cache-control': /[/\\]_astro[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${path}:${statSync(path).mtimeMs}`;
      let gz = gzCache.get(key);
      if (!gz) {
        gz = gzipSync(body, { level: 9 });
        gzCache.set(key, gz);
      }
      body = gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolvePromise({
        url: `http://${host}:${port}${base}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 4415);
  const { basePath } = await import('./lib/site.mjs');
  const base = basePath();
  const { url } = await startStaticServer({ root, port, base, log: !!process.env.SERVE_LOG, headers: process.env.SERVE_HEADERS !== '0' });
  console.log(`Serving ${root} with gzip at ${url} (Ctrl+C to stop)`);
}
