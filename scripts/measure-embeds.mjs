// Measures every embed page (each registry entry and state, from dist/embed/embeds.json) in Chromium at the common
// column widths, in a frame as a host gives it, and writes src/embed/heights.json. Run after `npm run build`:
// npm run measure:embeds. The loader's first height, the iframe-only snippet's frame and oEmbed's size come from it;
// a browser test fails when the committed figures drift from the pages as built.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve.mjs';
import { basePath } from './lib/site.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, process.argv[2] ?? 'dist');
const PORT = Number(process.env.MEASURE_PORT ?? 4399);
const out = join(root, 'src/embed/heights.json');
const { widths } = JSON.parse(readFileSync(out, 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'embed/embeds.json'), 'utf8'));

// The host page: on "localhost", another origin than the embeds' "127.0.0.1" (a real one: Chromium blocks a page
// that came from nowhere, or about:blank, from framing a local server).
const hostDir = mkdtempSync(join(tmpdir(), 'measure-embeds-'));
writeFileSync(
  join(hostDir, 'index.html'),
  `<!doctype html><body style="margin:0"><iframe id="f" style="display:block;border:0;width:280px;height:600px"></iframe><script>document.getElementById('f').src=new URLSearchParams(location.search).get('src')</script>`,
);
const server = await startStaticServer({ root: dist, port: PORT, base: basePath(), mounts: { '/__measure/': hostDir } });
const origin = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const heights = {};
  for (const embed of manifest.embeds) {
    heights[embed.id] = {};
    for (const p of embed.pages) {
      await page.goto(`http://localhost:${PORT}/__measure/?src=${encodeURIComponent(origin + p.path)}`);
      const frame = await (await page.$('#f')).contentFrame();
      await frame.waitForLoadState('networkidle');
      const row = [];
      for (const w of widths) {
        await page.$eval('#f', (el, width) => (el.style.width = `${width}px`), w);
        row.push(await settledHeight(frame));
      }
      heights[embed.id][p.state ?? 'default'] = row;
      console.log(`${p.path}: ${row.join(' ')}`);
    }
  }
  writeFileSync(out, `${JSON.stringify({ widths, heights })}\n`.replace(/\],"/g, '],\n    "').replace(/\{"widths"/, '{\n  "widths"'));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(hostDir, { recursive: true, force: true });
}

/** The frame's page height once it has stopped changing (charts re-lay out after a width change). */
async function settledHeight(frame) {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 40 && same < 3; i++) {
    await frame.waitForTimeout(100);
    const h = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    same = h === last ? same + 1 : 0;
    last = h;
  }
  return last;
}
