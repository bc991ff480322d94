// The real data/ files: they validate, and the facts the story depends on are present and sourced.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { numberSources, whereLine } from '../../src/lib/sources';
import { citationLists } from '../../src/lib/data/citations';
import classroomRaw from '../../data/classroom.json' with { type: 'json' };

/** Every source id the classroom cites: its "sources" lists, its lateral example and inline [S16] markers. */
function classroomCitations(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (key === 'example' && /^S\d/.test(v)) out.push(v);
      for (const m of v.matchAll(/\[(S[^\]]*)\]/g)) out.push(...(m[1] ?? '').split(',').map((x) => x.trim()));
    } else if (Array.isArray(v)) {
      if (/sources$/i.test(key)) out.push(...v.filter((x): x is string => typeof x === 'string'));
      else v.forEach((x) => walk(x));
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(classroomRaw);
  return out;
}

describe('data/', () => {
  it('validates (importing the loader throws otherwise)', () => {
    expect(data.sources.length).toBeGreaterThan(50);
  });

  it('has the four targeted states and no others', () => {
    expect(data.states.map((s) => s.code).sort()).toEqual(['AK', 'AZ', 'FL', 'PA']);
  });

  it('has at least 30 timeline events from August 2020 to 2024', () => {
    expect(data.timeline.length).toBeGreaterThanOrEqual(30);
    const dates = data.timeline.map((e) => e.date).sort();
    expect(dates[0]! >= '2020-08').toBe(true);
    expect(dates.at(-1)!.startsWith('2024')).toBe(true);
  });

  it('includes the JoongAng Ilbo report (the article this explainer started from) as a source', () => {
    expect(data.sources.find((s) => s.id === 'S0')?.url).toContain('23901083');
  });

  it('keeps the relay details only the JoongAng Ilbo report gives as single reports credited to it', () => {
    for (const claim of [/Singapore/, /insur/i]) {
      const node = data.relay.nodes.find((n) => claim.test(`${n.label} ${n.description}`) && n.sources.includes('S0'));
      expect(node, String(claim)).toBeDefined();
      expect(node!.confidence).toBe('single-report');
      const edges = data.relay.edges.filter((e) => e.to === node!.id || e.from === node!.id);
      expect(edges.length).toBeGreaterThan(0);
      for (const e of edges) expect(e.confidence).toBe('single-report');
    }
  });

  it('draws the JoongAng Ilbo’s “Estonian textbook company” as the one Koolibri server in Estonia, not a second server', () => {
    const estonia = data.relay.nodes.filter((n) => n.kind === 'server' && n.country === 'Estonia');
    expect(estonia.map((n) => n.id)).toEqual(['server-estonia']);
    expect(estonia[0]?.description).toMatch(/Koolibri/);
    expect(estonia[0]?.description).toMatch(/textbook/);
    expect(estonia[0]?.sources).toEqual(expect.arrayContaining(['S0', 'S105']));
  });

  it('numbers every source once, continuously', () => {
    const { byId, groups } = numberSources(data.sources);
    expect(byId.size).toBe(data.sources.length);
    expect(groups.flatMap((g) => g.items.map((i) => i.n))).toEqual(data.sources.map((_, i) => i + 1));
  });
});

describe('sources', () => {
  it('every source is cited at least once (a source nothing cites is removed, not kept)', () => {
    const cited = new Set(citationLists(data).flat());
    for (const c of classroomCitations()) cited.add(c);
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('a copy on an unrelated site always says so, and names the site readers will see', () => {
    for (const s of data.sources.filter((x) => x.provenance === 'copy')) {
      expect(s.copy?.site, s.id).toBe(new URL(s.url).hostname.replace(/^www\./, ''));
      expect(whereLine(s), s.id).toMatch(new RegExp(`^Read in a copy at ${s.copy!.site.replace(/\./g, '\\.')}; `));
    }
  });

  it('no copy that is known to differ from the original is still cited', () => {
    expect(data.sources.filter((s) => s.copy?.faithful === false).map((s) => s.id)).toEqual([]);
  });
});
