import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
await p.addInitScript(() => { window.__log = []; const o = Element.prototype.scrollIntoView; Element.prototype.scrollIntoView = function (...a) { window.__log.push(['siv', this.id || this.className, new Error().stack.split('\n').slice(1,4).join(' | ')]); return o.apply(this, a); }; const st = window.scrollTo; window.scrollTo = function (...a) { window.__log.push(['scrollTo', JSON.stringify(a), new Error().stack.split('\n').slice(1,4).join(' | ')]); return st.apply(this, a); }; addEventListener('scroll', () => { const a = document.querySelector('#event-presser-ratcliffe-wray .tl-event'); window.__log.push([Math.round(performance.now()), scrollY, a ? Math.round(a.getBoundingClientRect().top) : null, document.documentElement.scrollHeight]); }, { passive: true }); });
await p.goto('http://127.0.0.1:4400/#event-presser-ratcliffe-wray');
await p.waitForTimeout(1500);
console.log(await p.evaluate(() => window.__log));
await b.close();
