import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h] of [[390,844],[1440,900]]) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto('http://127.0.0.1:4400/');
await p.waitForTimeout(500);
const r = await p.evaluate(async () => { const out = {}; for (const el of document.querySelectorAll('.explore-slot')) { el.style.contentVisibility='visible'; } await new Promise(r=>setTimeout(r,300)); for (const el of document.querySelectorAll('.explore-slot')) out[el.dataset.exploreFor]=el.getBoundingClientRect().height; return out; });
console.log(w, JSON.stringify(r));
}
await b.close();
