import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
const [,, file, prefix, scale = '1', only] = process.argv;
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
for (let i = 1; i <= doc.numPages; i++) {
  if (only && !only.split(',').includes(String(i))) continue;
  const page = await doc.getPage(i);
  const vp = page.getViewport({ scale: +scale });
  const cf = doc.canvasFactory;
  const { canvas } = cf.create(vp.width, vp.height);
  await page.render({ canvas, viewport: vp }).promise;
  writeFileSync(`${prefix}-${i}.png`, canvas.toBuffer('image/png'));
}
console.log('rendered', doc.numPages);
