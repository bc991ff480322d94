// usage: node shot.mjs url out.png width height [selector] [--dark] [--nojs] [--full]
import { chromium } from '@playwright/test';
const [url, out, w = '390', h = '844', sel, ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: 1, colorScheme: flags.includes('--dark') ? 'dark' : 'light', javaScriptEnabled: !flags.includes('--nojs') });
const page = await ctx.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
if (sel && sel !== '-') { const el = page.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await el.screenshot({ path: out }); }
else await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
