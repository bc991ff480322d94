// Static server for the host-page fixtures, on its own port (so hosts and embeds have different origins).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..', '..');
const port = Number(process.argv[2] ?? 4521);
const files = {
  '/pym.v1.min.js': join(root, 'node_modules/pym.js/dist/pym.v1.min.js'),
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = files[path] ?? join(here, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  try {
    let body = await readFile(file);
    if (extname(file) === '.html') {
      // Fixtures name the embed site and graphic as {{SITE}} / {{GRAPHIC}}, filled from the query string.
      const q = new URL(req.url ?? '/', 'http://x').searchParams;
      body = Buffer.from(
        body
          .toString('utf8')
          .replaceAll('{{SITE}}', (q.get('site') ?? '').replace(/[^\w:/.-]/g, ''))
          .replaceAll('{{GRAPHIC}}', (q.get('graphic') ?? 'map').replace(/[^a-z]/g, '')),
      );
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
