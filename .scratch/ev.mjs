import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
await p.goto('http://127.0.0.1:4400/#event-presser-ratcliffe-wray');
for (const t of [100, 500, 1500]) { await p.waitForTimeout(t); console.log(t, await p.evaluate(() => { const a = document.querySelector('#event-presser-ratcliffe-wray .tl-event'); const r = a.getBoundingClientRect(); return { top: r.top, h: r.height, y: scrollY, focused: document.activeElement === a, open: a.closest('details').open }; })); }
await b.close();
