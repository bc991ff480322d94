// Bench report: pass/fail of the performance targets per page, and the Markdown for bench-results/, docs/bench.md and README.
import { kb } from './budget.mjs';

/** Performance targets (reported, never fail the bench process). */
export const TARGETS = {
  lighthouseScore: 100,
  lcpMs: 1500,
  tbtMs: 50,
  cls: 0,
  longTaskMs: 50,
  /** The story's LCP at most this share of the peer's, in the same run. */
  lcpPeerRatio: 0.8,
  /** The story page at 390 px with its long parts collapsed. */
  storyHeightPx: 40_000,
  /** Tab presses from the top of the story to the Sources. */
  tabsToSources: 60,
  /** The header reader (/check-an-email/), median at 4× CPU: a 10 KB header block and a 1 MB paste. */
  readerTenKbMs: 10,
  readerOneMbMs: 300,
  /** Its first load before anything is pasted, gzip. */
  readerFirstLoadKB: 60,
  /** Every classroom page's first load, gzip (issue 20). */
  classroomFirstLoadKB: 160,
};

const CATEGORY_SHORT = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };

/** CLS counts as 0 when it rounds to 0.000 (Lighthouse shows it the same way). */
const clsZero = (v) => v < 0.0005;

/**
 * Pass/fail per target for one measured page; null where the figure was not measured.
 * @returns {{ id: string, label: string, pass: boolean | null, detail: string }[]}
 */
export function evaluateTargets(page, peer = null) {
  const m = page.mobile && !page.mobile.error ? page.mobile : null;
  const w = page.phone && !page.phone.error ? page.phone : null;
  const below = m ? Object.entries(m.scores).filter(([, s]) => s !== TARGETS.lighthouseScore) : [];
  const story = page.id === 'story' ? storyTargets(page, m, w, peer) : [];
  const reader = page.path === '/check-an-email/' ? readerTargets(page) : [];
  const slider = page.id === 'embed-timeline' ? sliderTargets(page, peer) : [];
  const classroom = page.kind === 'ours' && page.path.startsWith('/classroom/') ? [firstLoadTarget(page, TARGETS.classroomFirstLoadKB)] : [];
  return [
    ...story,
    ...reader,
    ...slider,
    ...classroom,
    {
      id: 'lh100',
      label: 'Lighthouse 100 ×4 (mobile)',
      pass: m ? below.length === 0 : null,
      detail: m ? (below.length ? below.map(([c, s]) => `${CATEGORY_SHORT[c] ?? c} ${s}`).join(', ') : 'all 100') : 'not measured',
    },
    { id: 'lcp', label: 'LCP ≤ 1.5 s (mobile)', pass: m ? m.lcp <= TARGETS.lcpMs : null, detail: m ? ms(m.lcp) : 'not measured' },
    { id: 'tbt', label: 'TBT ≤ 50 ms (mobile)', pass: m ? m.tbt <= TARGETS.tbtMs : null, detail: m ? ms(m.tbt) : 'not measured' },
    { id: 'cls', label: 'CLS 0 (mobile)', pass: m ? clsZero(m.cls) : null, detail: m ? m.cls.toFixed(3) : 'not measured' },
    {
      id: 'walk-cls',
      label: 'CLS 0 (phone walk)',
      pass: w ? clsZero(w.cls) : null,
      detail: w ? `${w.cls.toFixed(3)}${w.shifts.length ? ` (${[...new Set(w.shifts.flatMap((s) => s.sources))].slice(0, 3).join(', ')})` : ''}` : 'not measured',
    },
    {
      id: 'walk-longtask',
      label: 'No long task > 50 ms (phone walk)',
      pass: w ? w.scroll.longTasks === 0 : null,
      detail: w ? (w.scroll.longTasks ? `${w.scroll.longTasks}, longest ${ms(w.scroll.maxLongTask)}` : 'none') : 'not measured',
    },
  ];
}

/** The story's own targets: LCP against the peer's in the same run, page height and keyboard reach. */
function storyTargets(page, m, w, peer) {
  const pm = peer?.mobile && !peer.mobile.error ? peer.mobile : null;
  const k = page.keyboard && !page.keyboard.error ? page.keyboard : null;
  const reach = k ? Math.min(...[k.straight, k.skip].filter((n) => n != null)) : null;
  return [
    {
      id: 'lcp-peer',
      label: `LCP ≤ ${TARGETS.lcpPeerRatio}× the peer's (mobile)`,
      pass: m && pm ? m.lcp <= TARGETS.lcpPeerRatio * pm.lcp : null,
      detail: m && pm ? `${ms(m.lcp)} vs ${ms(pm.lcp)} (${ratio(m.lcp, pm.lcp)})` : 'not measured',
    },
    {
      id: 'height',
      label: `Page ≤ ${TARGETS.storyHeightPx.toLocaleString('en-US')} px at 390 px`,
      pass: w ? w.pageHeight <= TARGETS.storyHeightPx : null,
      detail: w ? `${w.pageHeight.toLocaleString('en-US')} px` : 'not measured',
    },
    {
      id: 'tabs',
      label: `Sources ≤ ${TARGETS.tabsToSources} Tab presses`,
      pass: reach == null ? null : reach <= TARGETS.tabsToSources,
      detail: k ? `${k.skip ?? '–'} by the skip link, ${k.straight ?? '–'} straight through` : 'not measured',
    },
  ];
}

/** The header reader's own targets: reading time for 10 KB and 1 MB, and its first load. */
function readerTargets(page) {
  const r = page.reader && !page.reader.error ? page.reader : null;
  return [
    {
      id: 'read-10kb',
      label: `Reads 10 KB of headers in ≤ ${TARGETS.readerTenKbMs} ms (4× CPU)`,
      pass: r ? r.tenKbMs <= TARGETS.readerTenKbMs : null,
      detail: r ? `${r.tenKbMs.toFixed(1)} ms (runs ${r.tenKbRuns.map((x) => x.toFixed(1)).join(', ')}); report and route then drawn in ${r.renderMs.toFixed(1)} ms` : 'not measured',
    },
    {
      id: 'read-1mb',
      label: `Reads a 1 MB paste in ≤ ${TARGETS.readerOneMbMs} ms (4× CPU)`,
      pass: r ? r.oneMbMs <= TARGETS.readerOneMbMs : null,
      detail: r ? `${Math.round(r.oneMbMs)} ms (runs ${r.oneMbRuns.map((x) => Math.round(x)).join(', ')})` : 'not measured',
    },
    { ...firstLoadTarget(page, TARGETS.readerFirstLoadKB), id: 'reader-first-load' },
  ];
}

/** The compact timeline beside TimelineJS's slider, as Markdown lines. */
function sliderSection(ours, peer) {
  const row = (p) => {
    const m = p.mobile && !p.mobile.error ? p.mobile : null;
    const sw = p.slider && !p.slider.error ? p.slider : null;
    return [
      p.label,
      p.bytes ? kb(p.bytes.total) : '–',
      m ? Object.keys(CATEGORY_SHORT).map((c) => m.scores[c] ?? '–').join(' / ') : '–',
      sw ? String(sw.tabsToNext ?? 'never') : '–',
      sw ? `${sw.reachedByEnter} of ${sw.events}` : '–',
      sw ? (sw.focusVisible ? 'yes' : 'no') : '–',
      sw ? `${sw.axe.violations} (${sw.axe.nodes} nodes${sw.axe.rules.length ? `: ${sw.axe.rules.join(', ')}` : ''})` : '–',
      sw ? `${sw.height} px` : '–',
    ];
  };
  return [
    '### The compact timeline embed beside TimelineJS’s slider',
    '',
    'Both in a 640 × 650 px window (TimelineJS’s embed height): Tab presses from the top of the page to the “next” control, the slides Enter on it reaches, whether its focus is visible, and axe-core’s WCAG 2.2 AA violations.',
    '',
    table(['Page', 'First load (gzip)', 'Lighthouse mobile (Perf/A11y/BP/SEO)', 'Tab presses to Next', 'Slides reached by Enter', 'Focus visible', 'axe violations', 'Page height'], [row(ours), row(peer)]),
    '',
  ];
}

/** The compact timeline embed against TimelineJS's slider (the same events): bytes, Lighthouse, keyboard, axe. */
function sliderTargets(page, peer) {
  const ours = page.slider && !page.slider.error ? page.slider : null;
  const theirs = peer?.slider && !peer.slider.error ? peer.slider : null;
  const m = page.mobile && !page.mobile.error ? page.mobile : null;
  const pm = peer?.mobile && !peer.mobile.error ? peer.mobile : null;
  const lower = m && pm ? Object.keys(CATEGORY_SHORT).filter((c) => (m.scores[c] ?? 0) < (pm.scores[c] ?? 0)) : [];
  return [
    {
      id: 'slider-bytes',
      label: 'First load smaller than TimelineJS’s (gzip)',
      pass: page.bytes && peer?.bytes ? page.bytes.total < peer.bytes.total : null,
      detail: page.bytes && peer?.bytes ? `${kb(page.bytes.total)} vs ${kb(peer.bytes.total)} (${ratio(page.bytes.total, peer.bytes.total)})` : 'not measured',
    },
    {
      id: 'slider-lighthouse',
      label: 'Lighthouse (mobile) at least TimelineJS’s in every category',
      pass: m && pm ? lower.length === 0 : null,
      detail: m && pm ? Object.keys(CATEGORY_SHORT).map((c) => `${CATEGORY_SHORT[c]} ${m.scores[c] ?? '–'} vs ${pm.scores[c] ?? '–'}`).join(', ') : 'not measured',
    },
    {
      id: 'slider-keyboard',
      label: 'Every event by keyboard, focus visible, Next in no more Tab presses than TimelineJS’s',
      pass: ours ? ours.reachedByEnter === ours.events && ours.focusVisible && (theirs?.tabsToNext == null || (ours.tabsToNext ?? Infinity) <= theirs.tabsToNext) : null,
      detail: ours
        ? `${ours.reachedByEnter} of ${ours.events} events, ${ours.tabsToNext ?? '–'} Tab presses to Next, focus ${ours.focusVisible ? 'visible' : 'not visible'}${theirs ? `; TimelineJS ${theirs.reachedByEnter} of ${theirs.events} slides, ${theirs.tabsToNext ?? 'never'} Tab presses, focus ${theirs.focusVisible ? 'visible' : 'not visible'}` : ''}`
        : 'not measured',
    },
    {
      id: 'slider-axe',
      label: 'axe (WCAG 2.2 AA): no violations, TimelineJS for comparison',
      pass: ours ? ours.axe.violations === 0 : null,
      detail: ours ? `${ours.axe.violations}${theirs ? ` vs ${theirs.axe.violations} (${theirs.axe.rules.join(', ') || 'none'})` : ''}` : 'not measured',
    },
  ];
}

/** A page's first load (gzip) against a budget in KB. */
function firstLoadTarget(page, limitKB) {
  const first = page.bytes?.total ?? null;
  return { id: 'first-load', label: `First load ≤ ${limitKB} KB gzip`, pass: first == null ? null : first <= limitKB * 1024, detail: first == null ? 'not measured' : kb(first) };
}

/** Milliseconds as "850 ms" or "1.23 s". */
export function ms(v) {
  if (v == null || Number.isNaN(v)) return '–';
  return v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(2)} s`;
}

/** ours / peer as "0.12×" ("–" when either is missing or the peer's figure is 0). */
export function ratio(ours, peer) {
  if (ours == null || peer == null || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return '–';
  const r = ours / peer;
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

const mark = (pass) => (pass === null ? '–' : pass ? '✅' : '❌');
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function machineLine(r) {
  const m = r.machine;
  return `${m.os}; ${m.cpus} CPUs (${m.cpuModel}); ${m.memoryGiB} GiB RAM; ${m.chromium}; Node ${m.node}; Lighthouse ${m.lighthouse}`;
}

/** The full Markdown report. */
export function formatMarkdown(r) {
  const built = r.pages.filter((p) => p.built);
  const missing = r.pages.filter((p) => !p.built);
  const peer = r.pages.find((p) => p.kind === 'peer');
  const ours = built.filter((p) => p.kind === 'ours');
  const out = [];
  out.push('# Bench results', '');
  out.push(`Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (${r.settings.runs} Lighthouse run${r.settings.runs > 1 ? 's, median' : ''} per page and form factor).`, '');
  out.push(`Machine: ${machineLine(r)}.`, '');
  if (missing.length) out.push(`Not built yet (not measured): ${missing.map((p) => `\`${p.path}\``).join(', ')}.`, '');

  out.push('## Targets', '');
  out.push('Lighthouse 100 in all four categories on mobile; LCP ≤ 1.5 s, TBT ≤ 50 ms and CLS 0 on simulated mobile; no layout shift and no long task (> 50 ms) during the scripted phone walk (390×844, 4× CPU slowdown). Reported only: the bench never fails on them.', '');
  // Every target any page has (the story has a few of its own); a page without one shows –.
  const targetLabels = [...new Set(built.flatMap((p) => (p.targets ?? []).map((t) => t.label)))];
  out.push(
    table(
      ['Page', ...targetLabels],
      built.map((p) => [p.label, ...targetLabels.map((label) => {
        const t = (p.targets ?? []).find((x) => x.label === label);
        return t ? `${mark(t.pass)} ${t.detail}` : '–';
      })]),
    ),
    '',
  );

  out.push('## Lighthouse', '');
  out.push('Mobile: Lighthouse defaults (simulated slow 4G and 4× CPU slowdown, phone screen). Desktop: `--preset=desktop`. Transfer: what Lighthouse saw go over the wire (gzip from our server).', '');
  const lhRows = [];
  for (const p of built) {
    for (const ff of ['mobile', 'desktop']) {
      const l = p[ff];
      if (!l) continue;
      if (l.error) {
        lhRows.push([p.label, ff, `error: ${l.error}`, '', '', '', '', '', '', '', '']);
        continue;
      }
      lhRows.push([
        p.label,
        ff,
        ...Object.keys(CATEGORY_SHORT).map((c) => String(l.scores[c] ?? '–')),
        ms(l.fcp),
        ms(l.lcp),
        ms(l.tbt),
        l.cls.toFixed(3),
        l.transfer ? `${kb(l.transfer.transfer)} (${l.transfer.requests} req.)` : '–',
      ]);
    }
  }
  out.push(table(['Page', 'Form', 'Perf', 'A11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Transfer'], lhRows), '');
  const notes = [];
  for (const p of built) {
    for (const ff of ['mobile', 'desktop']) {
      const l = p[ff];
      if (!l || l.error) continue;
      if (l.failingAudits.length) notes.push(`${p.label} (${ff}): audits below full score: ${l.failingAudits.join(', ')}.`);
      if (l.offOrigin.length) notes.push(`${p.label} (${ff}): requests to other origins: ${[...new Set(l.offOrigin)].join(', ')}.`);
    }
  }
  if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');

  out.push('## Bytes on first load', '');
  out.push(
    'gzip -9 of the HTML and of every file it references for the first load: scripts and their static imports, stylesheets, icons, preloads and eager images (not lazy images, not dynamic imports, not files a script fetches later; the peer\'s font CSS and icon font are such later files, visible in Lighthouse\'s transfer above). CSS and JS include inline `<style>`/`<script>`, which are also inside the HTML figure; the total counts each file once.',
    '',
  );
  out.push(
    table(
      ['Page', 'HTML', 'CSS', 'JS', 'Images + data', 'Total'],
      built.map((p) => {
        const t = p.bytes.byType;
        return [p.label, kb(t.html), kb(t.css), kb(t.js), kb(t.image + t.data + t.font + t.other), kb(p.bytes.total)];
      }),
    ),
    '',
  );

  out.push('## Phone walk', '');
  out.push(
    'Playwright with the system Chromium at 390×844 (3× pixels, touch) and 4× CPU slowdown (CDP `Emulation.setCPUThrottlingRate`). Long tasks and layout shifts come from PerformanceObservers injected before the page loads. The walk scrolls half a screen every 120 ms to the bottom of the page (the peer: then presses → through every slide). *First graphic live*: time from navigation until a script first sets `.story[data-active-step]` or a `.graphic`\'s `data-state` (the chart controllers are mounted by then), or the page\'s `graphics-ready` performance mark (the peer sets it on TimelineJS\'s `loaded` event); on pages whose controllers write nothing at mount (embeds), the end of DOMContentLoaded, by which module scripts have mounted them.',
    '',
  );
  out.push(
    table(
      ['Page', 'First graphic live', 'Long tasks during load', 'Long tasks during walk', 'Longest in walk', 'Blocking in walk', 'CLS', 'Off-origin requests'],
      built.map((p) => {
        const w = p.phone;
        if (!w) return [p.label, '–', '–', '–', '–', '–', '–', '–'];
        if (w.error) return [p.label, `error: ${w.error}`, '', '', '', '', '', ''];
        return [
          p.label,
          w.readyMs == null ? 'n/a (no graphic)' : ms(w.readyMs),
          String(w.load.longTasks),
          String(w.scroll.longTasks),
          w.scroll.longTasks ? ms(w.scroll.maxLongTask) : '–',
          ms(w.scroll.blocking),
          w.cls.toFixed(3),
          w.blocked.length ? `${w.blocked.length} (blocked)` : '0',
        ];
      }),
    ),
    '',
  );

  const walkRuns = built.filter((p) => (p.phone?.runs?.length ?? 0) > 1);
  if (walkRuns.length) {
    out.push(
      `Each page was walked ${walkRuns[0].phone.runs.length} times; the table shows the median walk (by blocking time in the walk, then the longest task). Every walk, as long tasks (longest) and CLS:`,
      '',
      ...walkRuns.map(
        (p) =>
          `- ${p.label}: ${p.phone.runs.map((r) => (r.error ? `error` : `${r.longTasks}${r.longTasks ? ` (${ms(r.maxLongTask)})` : ''}, CLS ${r.cls.toFixed(3)}`)).join(' · ')}`,
      ),
      '',
    );
  }

  const stepNotes = built
    .filter((p) => p.kind === 'ours' && p.phone?.scroll?.tasks?.some((t) => t.step))
    .map((p) => {
      const counts = new Map();
      for (const t of p.phone.scroll.tasks) counts.set(t.step ?? '(none)', Math.max(counts.get(t.step ?? '(none)') ?? 0, t.duration));
      return `${p.label}: long tasks during the walk, by the step active when reported (longest): ${[...counts].map(([s, d]) => `\`${s}\` ${ms(d)}`).join(', ')}.`;
    });
  if (stepNotes.length) out.push(...stepNotes.map((n) => `- ${n}`), '');

  if (peer && peer.built) {
    out.push('## Against the TimelineJS peer', '');
    out.push(
      `The story's timeline events (\`data/timeline.json\`) rendered by Knight Lab's TimelineJS ${r.machine.timelinejs} (\`bench/peer/\`), served from the same kind of local gzip server with its own CSS, JS and the system-font theme (no analytics, no remote fonts). Each cell is our figure ÷ the peer's (below 1× is better for us).`,
      '',
    );
    const pm = peer.mobile && !peer.mobile.error ? peer.mobile : null;
    const pw = peer.phone && !peer.phone.error ? peer.phone : null;
    const rows = [
      [
        `**${peer.label}** (absolute)`,
        kb(peer.bytes.byType.js),
        kb(peer.bytes.total),
        pm?.transfer ? kb(pm.transfer.transfer) : '–',
        pm ? ms(pm.lcp) : '–',
        pm ? ms(pm.tbt) : '–',
        pm ? pm.cls.toFixed(3) : '–',
        pw ? (pw.readyMs == null ? '–' : ms(pw.readyMs)) : '–',
        pw ? ms(pw.load.blocking + pw.scroll.blocking) : '–',
      ],
    ];
    for (const p of ours) {
      const m = p.mobile && !p.mobile.error ? p.mobile : null;
      const w = p.phone && !p.phone.error ? p.phone : null;
      rows.push([
        p.label,
        ratio(p.bytes.byType.js, peer.bytes.byType.js),
        ratio(p.bytes.total, peer.bytes.total),
        ratio(m?.transfer?.transfer, pm?.transfer?.transfer),
        ratio(m?.lcp, pm?.lcp),
        ratio(m?.tbt, pm?.tbt),
        m && pm ? `${m.cls.toFixed(3)} vs ${pm.cls.toFixed(3)}` : '–',
        ratio(w?.readyMs, pw?.readyMs),
        ratio(w ? w.load.blocking + w.scroll.blocking : null, pw ? pw.load.blocking + pw.scroll.blocking : null),
      ]);
    }
    out.push(
      table(['Page', 'JS (gzip)', 'First load (gzip)', 'Transfer (LH mobile)', 'LCP (mobile)', 'TBT (mobile)', 'CLS (mobile)', 'First graphic live (walk)', 'Blocking time (load + walk)'], rows),
      '',
    );
    const compact = ours.find((p) => p.id === 'embed-timeline');
    if (compact) out.push(...sliderSection(compact, peer));
  }

  out.push('## How it was measured', '');
  for (const [k, v] of Object.entries(r.settings)) out.push(`- ${k}: ${v}`);
  out.push('');
  return out.join('\n');
}

/** The short block between the README's bench markers: date, machine, headline figures, link to the full report. */
export function readmeBlock(r) {
  const built = r.pages.filter((p) => p.built);
  const lines = [];
  lines.push(`Latest figures (${r.date.slice(0, 10)}, ${r.machine.os}, ${r.machine.cpus} CPUs, ${r.machine.chromium}); full report in [docs/bench.md](docs/bench.md):`, '');
  lines.push(
    table(
      ['Page', 'Lighthouse mobile (Perf/A11y/BP/SEO)', 'LCP', 'TBT', 'CLS', 'JS gzip', 'First load gzip', 'Long tasks in phone walk'],
      built.map((p) => {
        const m = p.mobile && !p.mobile.error ? p.mobile : null;
        const w = p.phone && !p.phone.error ? p.phone : null;
        return [
          p.label,
          m ? Object.keys(CATEGORY_SHORT).map((c) => m.scores[c] ?? '–').join(' / ') : '–',
          m ? ms(m.lcp) : '–',
          m ? ms(m.tbt) : '–',
          m ? m.cls.toFixed(3) : '–',
          kb(p.bytes.byType.js),
          kb(p.bytes.total),
          w ? String(w.scroll.longTasks) : '–',
        ];
      }),
    ),
  );
  const missing = r.pages.filter((p) => !p.built);
  if (missing.length) lines.push('', `Not built yet when measured: ${missing.map((p) => `\`${p.path}\``).join(', ')}.`);
  return lines.join('\n');
}
