// usage: node check1.mjs example out.png width height [--dark]
import { chromium } from '@playwright/test';
const [example, out, w = '390', h = '844', ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: 1, colorScheme: flags.includes('--dark') ? 'dark' : 'light' });
const page = await ctx.newPage();
const reqs = [];
page.on('request', (r) => reqs.push(r.url()));
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:4400/check-an-email/?example=${example}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
console.log(await page.locator('[data-check-status]').textContent());
await page.locator('[data-check-result]').screenshot({ path: out }).catch((e) => console.log('shot', e.message));
console.log(reqs.filter((u) => !u.includes('/_astro/') || true).join('\n'));
await browser.close();
