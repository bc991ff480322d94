// The real data/ files: they validate, and the facts the story depends on are present and sourced.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { numberSources } from '../../src/lib/sources';

describe('data/', () => {
  it('validates (importing the loader throws otherwise)', () => {
    expect(data.sources.length).toBeGreaterThan(50);
  });

  it('has the four targeted states and no others', () => {
    expect(data.states.map((s) => s.code).sort()).toEqual(['AK', 'AZ', 'FL', 'PA']);
  });

  it('has at least 30 timeline events from August 2020 to 2023', () => {
    expect(data.timeline.length).toBeGreaterThanOrEqual(30);
    const dates = data.timeline.map((e) => e.date).sort();
    expect(dates[0]! >= '2020-08').toBe(true);
    expect(dates.at(-1)!.startsWith('2023')).toBe(true);
  });

  it('includes the seed article as a source', () => {
    expect(data.sources.find((s) => s.id === 'S0')?.url).toContain('23901083');
  });

  it('keeps the seed-only relay claims as single reports credited to the seed', () => {
    for (const claim of [/Singapore/, /insur/i, /textbook/i]) {
      const node = data.relay.nodes.find((n) => claim.test(`${n.label} ${n.description}`) && n.sources.includes('S0'));
      expect(node, String(claim)).toBeDefined();
      expect(node!.confidence).toBe('single-report');
      const edges = data.relay.edges.filter((e) => e.to === node!.id || e.from === node!.id);
      expect(edges.length).toBeGreaterThan(0);
      for (const e of edges) expect(e.confidence).toBe('single-report');
    }
  });

  it('numbers every source once, continuously', () => {
    const { byId, groups } = numberSources(data.sources);
    expect(byId.size).toBe(data.sources.length);
    expect(groups.flatMap((g) => g.items.map((i) => i.n))).toEqual(data.sources.map((_, i) => i + 1));
  });
});
