import { chromium } from '@playwright/test';
const [url, out, w='390', h='844'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, forcedColors: 'active' });
const page = await ctx.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
await page.locator('[data-check-result]').screenshot({ path: out });
await browser.close();
