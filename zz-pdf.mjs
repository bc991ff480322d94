import { chromium } from 'playwright';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, path, scheme] of [['handout', '/classroom/print/handout/', 'light'], ['handout-dark', '/classroom/print/handout/', 'dark'], ['exit', '/classroom/print/exit-ticket/', 'light'], ['key', '/classroom/print/key/', 'light'], ['guide', '/classroom/print/guide/', 'light']]) {
  const page = await browser.newPage({ colorScheme: scheme });
  await page.goto('http://127.0.0.1:6400' + path, { waitUntil: 'networkidle' });
  for (const format of ['A4', 'Letter']) {
    const buf = await page.pdf({ format });
    writeFileSync(`/tmp/scratch20/${name}-${format}.pdf`, buf);
    const doc = await pdfjs.getDocument({ data: new Uint8Array(buf) }).promise;
    let out = 0; let items = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const p = await doc.getPage(i); const vp = p.getViewport({ scale: 1 });
      const tc = await p.getTextContent();
      for (const it of tc.items) { if (!('str' in it) || !it.str.trim()) continue; items++; const x = it.transform[4], y = it.transform[5]; if (x < 0 || x + it.width > vp.width + 0.5 || y < 0 || y > vp.height) out++; }
    }
    console.log(name, format, 'pages', doc.numPages, 'items', items, 'outside', out);
  }
  await page.close();
}
await browser.close();
