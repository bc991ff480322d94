// Bench: builds, serves with gzip, and measures every page and a TimelineJS peer (Lighthouse, bytes, phone scroll walk).
// Usage: npm run bench [-- --no-build] [-- --runs 5] [-- --skip-lighthouse] [-- --only story,peer] [-- --report-only]
// Writes bench-results/ (JSON + Markdown, gitignored), docs/bench.md, and the figures block of README.md "Performance".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, type as osType, arch } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve.mjs';
import { measureFirstLoad } from './lib/budget.mjs';
import { basePath, fileForPathname, listPages, measureSite } from './lib/site.mjs';
import { peerPageHtml } from '../bench/peer/to-timelinejs.mjs';
import { formatMarkdown, readmeBlock, evaluateTargets } from './lib/bench-report.mjs';
import { SITE_PAGES } from './lib/site-pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const OUT_DIR = join(root, 'dist-bench');
const RESULTS_DIR = join(root, 'bench-results');
const PORT = Number(process.env.BENCH_PORT ?? 4415);
const PEER_PORT = PORT + 1;
// Lighthouse and the phone walk run this many times per page; the report takes the median run.
const RUNS = Math.max(1, Number(option('runs', process.env.BENCH_RUNS ?? 3)));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-dev-shm-usage';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const EXPECTED = SITE_PAGES;
const ONLY = option('only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const base = basePath();

const log = (...m) => console.log('[bench]', ...m);

/** Page id and label from a site path. */
function describePage(path) {
  if (path === '/') return { id: 'story', label: 'Story' };
  const parts = path.split('/').filter(Boolean);
  // An embed's own page (/embed/timeline/) and each of its states' (/embed/timeline/before/): ids of their own.
  if (parts[0] === 'embed' && parts[1]) return { id: `embed-${parts.slice(1).join('-')}`, label: `Embed: ${parts.slice(1).join(' / ')}` };
  return { id: parts.join('-'), label: parts.map((p) => p[0]?.toUpperCase() + p.slice(1)).join(' / ') };
}

function build() {
  log(`building into ${OUT_DIR} (base ${base})`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', OUT_DIR], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) {
    console.error('[bench] the build failed; nothing to measure.');
    process.exit(1);
  }
}

function machine() {
  const v = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  const chromium = ((v.stdout || '').trim().split('\n').pop() || 'unknown').replace(/ built on .*/, '');
  const lhPkg = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'));
  const tlPkg = JSON.parse(readFileSync(join(root, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8'));
  let osName = `${osType()} ${release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) osName = `${pretty} (${osType()} ${release()})`;
  } catch {
    /* not Linux */
  }
  return {
    os: `${osName} ${arch()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    lighthouse: lhPkg.version,
    timelinejs: tlPkg.version,
  };
}

/** Runs the Lighthouse CLI once; resolves with the parsed result (lhr) or an error. */
function lighthouseOnce(url, formFactor, outPath) {
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  const argv = [
    cli,
    url,
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${outPath}`,
    '--quiet',
    '--max-wait-for-load=60000',
  ];
  if (formFactor === 'desktop') argv.push('--preset=desktop');
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(outPath)) {
        done({ error: `lighthouse exited ${code}: ${stderr.split('\n').filter((l) => /error/i.test(l)).slice(-3).join(' | ')}` });
        return;
      }
      done({ lhr: JSON.parse(readFileSync(outPath, 'utf8')) });
    });
  });
}

/** The figures the report uses from one Lighthouse result. */
function summariseLhr(lhr, origin) {
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const audit = (id) => lhr.audits[id];
  const num = (id) => audit(id)?.numericValue ?? null;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
  const byType = {};
  for (const item of audit('resource-summary')?.details?.items ?? []) {
    byType[item.resourceType] = { requests: item.requestCount, transfer: item.transferSize };
  }
  const requests = audit('network-requests')?.details?.items ?? [];
  const offOrigin = requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .filter((a) => CATEGORIES.slice(1).some((c) => lhr.categories[c]?.auditRefs?.some((r) => r.id === a.id && r.weight > 0)))
    .map((a) => a.id);
  return {
    scores,
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    speedIndex: num('speed-index'),
    transfer: byType.total ?? null,
    byType,
    offOrigin,
    failingAudits: failing,
    warnings: lhr.runWarnings ?? [],
  };
}

async function lighthouse(page, formFactor) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(RESULTS_DIR, 'lighthouse', `${page.id}-${formFactor}${RUNS > 1 ? `-${i + 1}` : ''}.json`);
    const r = await lighthouseOnce(page.url, formFactor, out);
    if (r.error) return { error: r.error };
    runs.push(r.lhr);
  }
  let lhr = runs[0];
  if (runs.length > 1) {
    const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
    lhr = computeMedianRun(runs);
  }
  return summariseLhr(lhr, new URL(page.url).origin);
}

/** Injected before any page script: records long tasks, layout shifts and when the first graphic became live. */
function installProbes() {
  const b = { longtasks: [], shifts: [], ready: null, readyBy: null };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      // The story step active when the task was reported (approximate: the observer runs just after the task).
      const step = document.querySelector('.story')?.getAttribute('data-active-step') || null;
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration, step });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.noLongtask = true;
  }
  const describe = (n) => {
    if (!n || n.nodeType !== 1) return n ? n.nodeName : '';
    const el = n;
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.shifts.push({ start: e.startTime, value: e.value, input: e.hadRecentInput, sources: (e.sources ?? []).map((s) => describe(s.node)) });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    b.noLayoutShift = true;
  }
  // The first graphic is live when a script first writes the story's active step or a graphic's state
  // (the chart controllers are mounted by then), or when the page marks 'graphics-ready'.
  new MutationObserver((records, observer) => {
    for (const r of records) {
      const el = r.target;
      const story = r.attributeName === 'data-active-step' && el.classList.contains('story');
      const graphic = r.attributeName === 'data-state' && el.classList.contains('graphic');
      if (story || graphic) {
        b.ready = performance.now();
        b.readyBy = story ? '.story[data-active-step] set' : '.graphic[data-state] set';
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step', 'data-state'] });
}

/** Phone walk: 390×844 at 4× CPU slowdown; load, then scroll the whole page (the peer: also step through its slides). */
async function phoneWalk(browser, page) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const origin = new URL(page.url).origin;
  const blocked = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^https?:/.test(u) && new URL(u).origin !== origin) {
      blocked.push(u);
      return route.abort();
    }
    return route.continue();
  });
  await context.addInitScript(installProbes);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
    await tab.waitForTimeout(2000);
    const ready = await tab.evaluate(() => {
      const mark = performance.getEntriesByName('graphics-ready')[0];
      const b = window.__bench;
      if (mark) return { ms: mark.startTime, by: "performance mark 'graphics-ready'" };
      if (b.ready != null) return { ms: b.ready, by: b.readyBy };
      // Controllers that write nothing at mount (embed pages): module scripts, which mount them, have all run
      // by the end of DOMContentLoaded.
      const nav = performance.getEntriesByType('navigation')[0];
      if (document.querySelector('.graphic') && nav) return { ms: nav.domContentLoadedEventEnd, by: 'DOMContentLoaded end (module scripts run)' };
      return { ms: null, by: 'no graphic on this page' };
    });
    const walkStart = await tab.evaluate(() => performance.now());
    let walk = 'scroll';
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    // Scroll half a screen at a time, as a reader flicking through, until the bottom.
    for (let guard = 0; guard < 400; guard++) {
      const atBottom = await tab.evaluate(() => {
        window.scrollBy({ top: Math.round(window.innerHeight * 0.5), behavior: 'instant' });
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await tab.waitForTimeout(120);
      if (atBottom) break;
    }
    if (page.kind === 'peer') {
      // TimelineJS tells its story slide by slide: press → through every event.
      walk = 'scroll + → through every slide';
      const slides = await tab.evaluate(() => window.timeline?.config?.events?.length ?? 0);
      await tab.locator('#timeline-embed').focus();
      for (let i = 0; i < slides; i++) {
        await tab.keyboard.press('ArrowRight');
        await tab.waitForTimeout(250);
      }
    }
    await tab.waitForTimeout(1500);
    const probe = await tab.evaluate(() => window.__bench);
    const inWalk = probe.longtasks.filter((t) => t.start >= walkStart);
    const inLoad = probe.longtasks.filter((t) => t.start < walkStart);
    const blocking = (list) => list.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    const shifts = probe.shifts.filter((s) => !s.input);
    return {
      walk,
      pageHeight: height,
      readyMs: ready.ms,
      readyBy: ready.by,
      load: { longTasks: inLoad.length, maxLongTask: Math.max(0, ...inLoad.map((t) => t.duration)), blocking: blocking(inLoad) },
      scroll: { longTasks: inWalk.length, maxLongTask: Math.max(0, ...inWalk.map((t) => t.duration)), blocking: blocking(inWalk), tasks: inWalk },
      cls: shifts.reduce((s, e) => s + e.value, 0),
      shifts: shifts.slice(0, 10),
      blocked,
      unsupported: [probe.noLongtask && 'longtask', probe.noLayoutShift && 'layout-shift'].filter(Boolean),
    };
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * How far the Sources are for a keyboard reader on a phone (390×844, no slowdown): Tab presses from the
 * top until focus is in the Sources, straight through the page, and by the page's own "Skip to the
 * Sources" link (Tab to it, Enter, then one Tab). Story page only.
 */
async function keyboardReach(browser, page) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(500);
    const inSources = () => tab.evaluate(() => !!document.activeElement?.closest('#sources'));
    let straight = null;
    for (let n = 1; n <= 800; n++) {
      await tab.keyboard.press('Tab');
      if (await inSources()) {
        straight = n;
        break;
      }
    }
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(500);
    let skip = null;
    for (let n = 1; n <= 20; n++) {
      await tab.keyboard.press('Tab');
      const onSkip = await tab.evaluate(() => document.activeElement?.getAttribute('href') === '#sources');
      if (!onSkip) continue;
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      if (await inSources()) skip = n + 1;
      break;
    }
    return { straight, skip };
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** The two sliders compared: our compact timeline embed and TimelineJS, how each is read and driven. */
const SLIDERS = {
  ours: {
    ready: () => document.querySelector('.tl-slider[data-ready]') !== null,
    next: '[data-tl-next]',
    current: () => document.querySelector('.tl-slider')?.dataset.current ?? '',
    count: () => Number(/of (\d+)/.exec(document.querySelector('[data-tl-pos]')?.textContent ?? '')?.[1] ?? 0),
  },
  peer: {
    ready: () => performance.getEntriesByName('graphics-ready').length > 0,
    next: '.tl-slidenav-next',
    current: () => window.timeline?.current_id ?? '',
    // Its title slide, then one slide per event.
    count: () => (window.timeline?.config?.events?.length ?? 0) + 1,
  },
};

/**
 * The compact timeline beside TimelineJS's slider, in a 640 × 650 px frame-sized window (TimelineJS's embed is
 * 650 px tall): Tab presses from the top to the "next" control, how many events Enter on it reaches, whether its
 * focus is visible, and axe-core's WCAG 2.2 AA violations (run in the page, CSP bypassed to inject it).
 */
async function sliderWalk(browser, page) {
  const kind = page.kind === 'peer' ? SLIDERS.peer : SLIDERS.ours;
  const context = await browser.newContext({ viewport: { width: 640, height: 650 }, bypassCSP: true });
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
    await tab.waitForFunction(kind.ready, null, { timeout: 30_000 });
    const events = await tab.evaluate(kind.count);
    let tabs = null;
    for (let i = 1; i <= 60; i++) {
      await tab.keyboard.press('Tab');
      if (await tab.evaluate((sel) => document.activeElement?.closest(sel) != null, kind.next)) {
        tabs = i;
        break;
      }
    }
    const focusVisible =
      tabs != null &&
      (await tab.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      }));
    const seen = new Set([await tab.evaluate(kind.current)]);
    for (let i = 0; tabs != null && i < events + 3; i++) {
      await tab.keyboard.press('Enter');
      await tab.waitForTimeout(page.kind === 'peer' ? 700 : 60);
      seen.add(await tab.evaluate(kind.current));
    }
    await tab.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const axe = await tab.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return { violations: r.violations.length, nodes: r.violations.reduce((n, v) => n + v.nodes.length, 0), rules: r.violations.map((v) => v.id) };
    });
    const height = await tab.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return { events, tabsToNext: tabs, reachedByEnter: seen.size, focusVisible, axe, height };
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** A header block of about `bytes` (a Gmail-style sample, its lines repeated as a long relay chain would). */
function headerSample(bytes) {
  const sample = readFileSync(join(root, 'tests/unit/email/fixtures/gmail-newsletter.eml'), 'utf8');
  const [head] = sample.split('\n\n');
  const filler = 'X-Relay-Note: relayed by mx{n}.example.net with ESMTPS id 4CFk2R5Vz2z9sSb{n}; Tue, 20 Oct 2020 14:01:00 +0000\n';
  let out = '';
  for (let n = 0; out.length + head.length < bytes; n++) out += filler.replaceAll('{n}', String(n));
  return `${out}${head}\n`;
}

/**
 * The header reader on a phone at 4× CPU slowdown: how long reading takes (parse, report and route, as the
 * page does it on paste) for a 10 KB header block and a 1 MB paste (that block, then a 1 MB body). Median of runs.
 */
async function readerTiming(browser, page) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const ten = headerSample(10 * 1024);
  const big = `${ten}\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkw\n'.repeat(Math.ceil((1024 * 1024) / 45))}`;
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    const chunk = readdirSync(join(OUT_DIR, '_astro')).find((n) => n.startsWith('reader.') && n.endsWith('.js'));
    await tab.evaluate(async (src) => {
      window.__reader = await import(src);
    }, `${new URL(page.url).origin}${base}_astro/${chunk}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The page's own User Timing measures: "check-read" (reading the input, as on paste) and "check-render"
    // (the report and the route drawn after it).
    const time = (text) =>
      tab.evaluate(async (t) => {
        performance.clearMeasures();
        const result = document.querySelector('[data-check-result]');
        const status = document.querySelector('[data-check-status]');
        await window.__reader.readInto(result, status, { text: t }, () => true);
        const d = (name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? null;
        return { read: d('check-read'), render: d('check-render') };
      }, text);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    await time(ten); // the first read compiles the code
    const runs = Math.max(5, RUNS);
    const tenRuns = [];
    const bigRuns = [];
    for (let i = 0; i < runs; i++) tenRuns.push(await time(ten));
    for (let i = 0; i < runs; i++) bigRuns.push(await time(big));
    const reads = (list) => list.map((x) => x.read);
    return {
      tenKbMs: median(reads(tenRuns)),
      oneMbMs: median(reads(bigRuns)),
      renderMs: median(tenRuns.map((x) => x.render)),
      tenKbRuns: reads(tenRuns),
      oneMbRuns: reads(bigRuns),
      tenKbBytes: ten.length,
      oneMbBytes: big.length,
    };
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * The median of several walks (by blocking time in the walk, then the longest task), with every
 * walk's figures kept beside it, so one noisy run neither hides nor invents a long task.
 */
function medianWalk(walks) {
  const ok = walks.filter((w) => !w.error);
  if (!ok.length) return walks[0];
  const key = (w) => [w.scroll.blocking, w.scroll.maxLongTask, w.cls];
  const sorted = [...ok].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    runs: walks.map((w) =>
      w.error ? { error: w.error } : { longTasks: w.scroll.longTasks, maxLongTask: w.scroll.maxLongTask, blocking: w.scroll.blocking, cls: w.cls },
    ),
  };
}

/** Writes the Markdown report (bench-results/, docs/bench.md) and the README figures block from a result. */
function writeReports(result) {
  const stamp = result.date.replace(/[:.]/g, '-');
  const md = formatMarkdown(result);
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.md`), md);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), md);
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs/bench.md'), md);

  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const hasMarkers = readme.includes(start) && readme.includes(end);
  if (hasMarkers) {
    const before = readme.slice(0, readme.indexOf(start) + start.length);
    const after = readme.slice(readme.indexOf(end));
    writeFileSync(readmePath, `${before}\n${readmeBlock(result)}\n${after}`);
  } else log('README.md has no bench markers; figures not written there');
  console.log(`\n${md}`);
  log(`wrote bench-results/latest.{json,md}, docs/bench.md${hasMarkers ? ' and README.md (Performance)' : ''}`);
}

async function main() {
  if (flag('report-only')) {
    // Re-renders the reports from the last run's JSON (after a change to the report format), measuring nothing.
    writeReports(JSON.parse(readFileSync(join(RESULTS_DIR, 'latest.json'), 'utf8')));
    return;
  }
  mkdirSync(join(RESULTS_DIR, 'lighthouse'), { recursive: true });
  mkdirSync(join(RESULTS_DIR, 'peer'), { recursive: true });
  if (!existsSync(CHROMIUM)) {
    console.error(`[bench] no Chromium at ${CHROMIUM}; set CHROMIUM_PATH.`);
    process.exit(1);
  }
  if (!flag('no-build')) build();
  else log(`--no-build: measuring the existing ${OUT_DIR}`);

  writeFileSync(join(RESULTS_DIR, 'peer', 'index.html'), peerPageHtml());
  const timelineDist = join(root, 'node_modules/@knight-lab/timelinejs/dist');
  const site = await startStaticServer({ root: OUT_DIR, port: PORT, base });
  const peerServer = await startStaticServer({ root: join(RESULTS_DIR, 'peer'), port: PEER_PORT, mounts: { '/timelinejs/': timelineDist } });
  log(`serving ${site.url} and the peer at ${peerServer.url}`);

  const bytes = measureSite(OUT_DIR, base);
  const discovered = listPages(OUT_DIR).map((p) => p.path);
  const paths = [...EXPECTED, ...discovered.filter((p) => !EXPECTED.includes(p))];
  const pages = paths.map((path) => {
    const d = describePage(path);
    const built = discovered.includes(path);
    return { ...d, path, kind: 'ours', built, url: `${site.url}${path.slice(1)}`, bytes: built ? bytes.pages.find((p) => p.path === path)?.firstLoad : null };
  });
  const peerFirstLoad = measureFirstLoad({
    pageUrl: peerServer.url,
    html: readFileSync(join(RESULTS_DIR, 'peer', 'index.html'), 'utf8'),
    readFile: (pathname) => {
      const f = pathname.startsWith('/timelinejs/') ? fileForPathname(timelineDist, '/timelinejs/', pathname) : fileForPathname(join(RESULTS_DIR, 'peer'), '/', pathname);
      return f ? readFileSync(f) : null;
    },
  });
  pages.push({ id: 'peer-timelinejs', label: `TimelineJS ${machine().timelinejs} (peer)`, path: '/', kind: 'peer', built: true, url: peerServer.url, bytes: peerFirstLoad });
  const selected = pages.filter((p) => !ONLY.length || ONLY.includes(p.id) || (ONLY.includes('peer') && p.kind === 'peer'));

  for (const p of selected.filter((x) => !x.built)) log(`${p.path}: not built yet`);
  const measured = selected.filter((p) => p.built);

  if (!flag('skip-lighthouse')) {
    for (const p of measured) {
      for (const ff of ['mobile', 'desktop']) {
        const t0 = Date.now();
        p[ff] = await lighthouse(p, ff);
        log(`lighthouse ${ff} ${p.label}: ${p[ff].error ?? `${Object.values(p[ff].scores).join('/')} LCP ${Math.round(p[ff].lcp)} ms TBT ${Math.round(p[ff].tbt)} ms CLS ${p[ff].cls.toFixed(3)}`} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  }

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const p of measured) {
      const walks = [];
      for (let i = 0; i < RUNS; i++) walks.push(await phoneWalk(browser, p));
      p.phone = medianWalk(walks);
      if (p.path === '/check-an-email/') {
        p.reader = await readerTiming(browser, p);
        log(`reader ${p.label}: ${p.reader.error ?? `reads 10 KB in ${p.reader.tenKbMs.toFixed(1)} ms, 1 MB in ${p.reader.oneMbMs.toFixed(0)} ms; report and route drawn in ${p.reader.renderMs.toFixed(1)} ms (medians, 4× CPU)`}`);
      }
      if (p.id === 'embed-timeline' || p.kind === 'peer') {
        p.slider = await sliderWalk(browser, p);
        const sw = p.slider;
        log(`slider ${p.label}: ${sw.error ?? `${sw.reachedByEnter} of ${sw.events} slides by Enter on Next, ${sw.tabsToNext ?? '–'} Tab presses to it, focus ${sw.focusVisible ? 'visible' : 'not visible'}, axe ${sw.axe.violations} violations (${sw.axe.nodes} nodes)`}`);
      }
      if (p.id === 'story') {
        p.keyboard = await keyboardReach(browser, p);
        log(`keyboard ${p.label}: Sources after ${p.keyboard.straight ?? '–'} Tab presses straight through, ${p.keyboard.skip ?? '–'} by the skip link`);
      }
      log(`phone walk ${p.label}: ${p.phone.error ?? `ready ${p.phone.readyMs == null ? 'n/a' : `${Math.round(p.phone.readyMs)} ms`}, long tasks in walk ${p.phone.scroll.longTasks} (max ${Math.round(p.phone.scroll.maxLongTask)} ms), CLS ${p.phone.cls.toFixed(3)}`}`);
    }
  } finally {
    await browser.close();
    await site.close();
    await peerServer.close();
  }

  const peerPage = selected.find((x) => x.kind === 'peer');
  for (const p of selected) p.targets = p.built ? evaluateTargets(p, peerPage) : null;
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    settings: {
      runs: RUNS,
      base,
      server: 'scripts/serve.mjs (node:http, gzip -9)',
      lighthouse: `CLI, ${CHROME_FLAGS}; mobile = default (simulated: slow 4G, 4× CPU, Moto G Power screen); desktop = --preset=desktop`,
      phoneWalk: 'Playwright + system Chromium, 390×844 @3x, touch, CDP Emulation.setCPUThrottlingRate 4; half-screen scroll steps every 120 ms to the bottom; off-origin requests aborted and listed',
      bytes: 'gzip -9 of the HTML and of every file the HTML references for first load (scripts and their static imports, stylesheets, icons, preloads, eager images)',
    },
    pages: selected.map(({ url, ...rest }) => ({ ...rest, url })),
  };
  const stamp = result.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(result, null, 2));
  writeReports(result);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
