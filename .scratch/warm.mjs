import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.addInitScript(() => {
  window.__frame = 0; window.__tf = [];
  const tick = () => { window.__frame++; requestAnimationFrame(tick); }; requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => {
    const items = document.querySelector('[data-stage-slot="relay"] .relay-items');
    new MutationObserver((rs) => { for (const r of rs) if (r.type === 'childList' && r.target.classList.contains('relay-node')) window.__tf.push([window.__frame, r.target.dataset.id]); }).observe(items, { childList: true, subtree: true });
  });
});
await p.goto('http://127.0.0.1:4400/#alaska-communities');
await p.waitForTimeout(3000);
console.log(await p.evaluate(() => window.__tf)); console.log(await p.evaluate(() => ({ frame: document.querySelector("[data-stage-slot=relay] .relay-frame").getBoundingClientRect().height, nodes: [...document.querySelectorAll("[data-stage-slot=relay] .relay-node")].filter(n=>!n.classList.contains("is-hidden")).map(n=>n.dataset.id+":"+n.textContent.slice(0,30)) })));
await b.close();
