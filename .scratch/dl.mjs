import { chromium } from '@playwright/test';
const [id='four-states', w='390', h='844'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(`http://127.0.0.1:4400/#${id}`);
for (const t of [0, 300, 1500]) { await p.waitForTimeout(t);
console.log(t, await p.evaluate((id) => { const el = document.getElementById(id); const s = getComputedStyle(el); return { top: el.getBoundingClientRect().top, smt: s.scrollMarginTop, y: scrollY, active: document.querySelector('#story').dataset.activeStep, mode: document.documentElement.dataset.scrolly, pic: document.querySelector('[data-stage-slot]').getBoundingClientRect().bottom }; }, id)); }
await b.close();
