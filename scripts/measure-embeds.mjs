// Measures each embed page's height at the default embed width in Chromium and writes src/embed/heights.json.
// Run after `npm run build`: npm run measure:embeds. A browser test fails when the committed figures drift.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const PORT = 4399;
const WIDTH = 600;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}`;
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  const heights = {};
  for (const graphic of ['map', 'relay', 'timeline']) {
    await page.goto(`${base}/embed/${graphic}/`);
    await page.waitForLoadState('networkidle');
    heights[graphic] = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  }
  await browser.close();
  writeFileSync(new URL('../src/embed/heights.json', import.meta.url), `${JSON.stringify(heights, null, 2)}\n`);
  console.log('src/embed/heights.json:', heights);
} finally {
  process.kill(-server.pid);
}
