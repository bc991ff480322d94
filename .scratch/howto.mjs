import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
await page.goto('http://127.0.0.1:4400/check-an-email/');
await page.locator('#how-gmail > summary').click();
await page.locator('#how-gmail').screenshot({ path: '/tmp/gmail.png' });
await browser.close();
