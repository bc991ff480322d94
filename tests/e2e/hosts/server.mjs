// Static server for the host-page fixtures, on its own port (so hosts and embeds have different origins).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..', '..');
const port = Number(process.argv[2] ?? 4521);
// Libraries a newsroom's page would load: Pym.js, @newswire/frames, and TimelineJS (for the export test).
const files = {
  '/pym.v1.min.js': join(root, 'node_modules/pym.js/dist/pym.v1.min.js'),
  '/frames.umd.js': join(root, 'node_modules/@newswire/frames/dist/frames.umd.js'),
};
const mounts = { '/timelinejs/': join(root, 'node_modules/@knight-lab/timelinejs/dist/') };
// A copy of our loader that a newsroom put on its own server under another name (filled in by the test).
let copiedLoader = '';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function fileFor(path) {
  if (files[path]) return files[path];
  for (const [prefix, dir] of Object.entries(mounts)) if (path.startsWith(prefix)) return join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
  return join(here, normalize(path).replace(/^(\.\.[/\\])+/, ''));
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  if (path === '/lib/copied-loader.js') {
    if (req.method === 'PUT') {
      let body = '';
      for await (const chunk of req) body += chunk;
      copiedLoader = body;
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(copiedLoader);
    return;
  }
  const file = fileFor(path);
  try {
    let body = await readFile(file);
    if (extname(file) === '.html') {
      // Fixtures name the embed site and graphic as {{SITE}} / {{GRAPHIC}}, filled from the query string.
      const q = url.searchParams;
      body = Buffer.from(
        body
          .toString('utf8')
          .replaceAll('{{SITE}}', (q.get('site') ?? '').replace(/[^\w:/.-]/g, ''))
          .replaceAll('{{GRAPHIC}}', (q.get('graphic') ?? 'map').replace(/[^a-z-]/g, ''))
          .replaceAll('{{COL}}', String(Number(q.get('col') ?? 640) || 640)),
      );
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
