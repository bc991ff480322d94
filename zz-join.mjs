import sharp from 'sharp';
const [,, out, ...files] = process.argv;
const metas = await Promise.all(files.map((f) => sharp(f).metadata()));
const w = metas.reduce((a, m) => a + m.width, 0), h = Math.max(...metas.map((m) => m.height));
let left = 0; const comp = [];
for (const [i, f] of files.entries()) { comp.push({ input: f, left, top: 0 }); left += metas[i].width; }
await sharp({ create: { width: w, height: h, channels: 3, background: '#888' } }).composite(comp).png().toFile(out);
