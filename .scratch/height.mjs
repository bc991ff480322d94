import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h] of [[390,844],[1440,900]]) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto('http://127.0.0.1:4400/');
await p.waitForTimeout(800);
console.log(w, await p.evaluate(() => ({ H: document.documentElement.scrollHeight, sources: document.getElementById('sources').getBoundingClientRect().top + scrollY })));
// tab count to first source link (following no skip links)
let n = 0; let found = false;
while (n < 800) { await p.keyboard.press('Tab'); n++; const inS = await p.evaluate(() => !!document.activeElement?.closest('#sources')); if (inS) { found = true; break; } }
console.log('tabs to sources', n, found);
}
await b.close();
