import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4400/');
await p.evaluate(() => { const d = document.querySelector('.explore-slot[data-explore-for=relay] details'); d.open = true; });
await p.waitForTimeout(800);
const edge = p.locator('.explore--relay .relay-edge[data-id="spoofed-sender-to-server-estonia"]');
await edge.scrollIntoViewIfNeeded();
console.log(await edge.locator('.edge-line').evaluate((path) => {
  const m = path.getScreenCTM(); const total = path.getTotalLength(); const out = [];
  for (let k = 0; k < 1; k += 0.1) { const pt = path.getPointAtLength(total * k); const x = pt.x * m.a + pt.y * m.c + m.e; const y = pt.x * m.b + pt.y * m.d + m.f; const el = document.elementFromPoint(x, y); out.push([Math.round(x), Math.round(y), el?.tagName, el?.getAttribute('class'), el?.parentElement?.dataset?.id]); }
  return { cls: path.parentElement.getAttribute('class'), out };
}));
await b.close();
