// The relay layout: every edge end exists, nothing overlaps at phone/tablet/desktop widths, same input → same scene.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { layout, warmUpInput, type Box, type Scene } from '../../src/charts/relay/layout';
import { relayInput } from '../../src/charts/relay/payload';
import type { RelayState } from '../../src/lib/data/steps';

const input = relayInput(data.relay, data.confidence);
const WIDTHS = [320, 768, 1440];
const maxHop = Math.max(...data.relay.edges.filter((e) => !e.side).map((e) => e.hop));
const STATES: RelayState[] = [
  { view: 'identity' },
  ...Array.from({ length: maxHop }, (_, i) => ({ view: 'path' as const, hop: i + 1 })),
  { view: 'path', hop: maxHop, token: true },
  { view: 'headers' },
  { view: 'full' },
];
const name = (s: RelayState): string => `${s.view}${s.hop ? ` hop ${s.hop}` : ''}${s.token ? ' +token' : ''}`;

/** True when two boxes share more than a hairline. */
function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap - 0.5 && b.x < a.x + a.w + gap - 0.5 && a.y < b.y + b.h + gap - 0.5 && b.y < a.y + a.h + gap - 0.5;
}
function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
}
function strictlyInside([x, y]: [number, number], b: Box, inset = 1.5): boolean {
  return x > b.x + inset && x < b.x + b.w - inset && y > b.y + inset && y < b.y + b.h - inset;
}

/** Every overlap problem among what a scene shows, as readable strings. */
function problems(scene: Scene): string[] {
  const out: string[] = [];
  const nodes = scene.nodes.filter((n) => n.visible);
  for (const n of nodes) {
    if (!inside(n.labelBox, n.box)) out.push(`label of ${n.id} spills out of its box`);
    if (n.box.x < 0 || n.box.x + n.box.w > scene.width) out.push(`${n.id} is outside the width`);
  }
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (overlaps(a.box, b.box, 4)) out.push(`boxes ${a.id} and ${b.id} overlap`);
      if (overlaps(a.labelBox, b.labelBox)) out.push(`labels ${a.id} and ${b.id} overlap`);
      if (overlaps(a.labelBox, b.box)) out.push(`label ${a.id} overlaps box ${b.id}`);
      if (overlaps(b.labelBox, a.box)) out.push(`label ${b.id} overlaps box ${a.id}`);
    }
  }
  // Lines run between boxes, never through a box that is not one of their ends.
  for (const e of scene.edges.filter((x) => x.visible)) {
    for (const n of nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      if (e.points.some((p) => strictlyInside(p, n.box))) out.push(`edge ${e.id} runs through ${n.id}`);
    }
  }
  return out;
}

describe('relay data', () => {
  it('every edge starts and ends at a node that exists', () => {
    const ids = new Set(data.relay.nodes.map((n) => n.id));
    const missing = data.relay.edges.flatMap((e) => [e.from, e.to].filter((id) => !ids.has(id)).map((id) => `${e.id} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('the layout refuses an edge whose end is missing', () => {
    const broken = { ...input, edges: [...input.edges, { ...input.edges[0]!, id: 'x', to: 'nowhere' }] };
    expect(() => layout(broken, { width: 768 }, { view: 'full' })).toThrow(/missing end/);
  });
});

describe('relay layout', () => {
  for (const width of WIDTHS) {
    for (const state of STATES) {
      it(`draws ${name(state)} at ${width}px with no overlapping boxes, labels or lines through boxes`, () => {
        expect(problems(layout(input, { width }, state))).toEqual([]);
      });
    }
  }

  it('runs left to right on wide containers and top to bottom below 880px (where 13 px labels still fit their columns)', () => {
    expect(layout(input, { width: 320 }, { view: 'full' }).orientation).toBe('vertical');
    expect(layout(input, { width: 879 }, { view: 'full' }).orientation).toBe('vertical');
    expect(layout(input, { width: 880 }, { view: 'full' }).orientation).toBe('horizontal');
    expect(layout(input, { width: 1440 }, { view: 'full' }).orientation).toBe('horizontal');
  });

  it('gives the same scene for the same input', () => {
    for (const width of WIDTHS) {
      for (const state of STATES) {
        expect(layout(structuredClone(input), { width }, { ...state })).toEqual(layout(input, { width }, state));
      }
    }
  });

  it('reveals, for path hop n, exactly the main edges with hop ≤ n and their ends', () => {
    for (let hop = 1; hop <= maxHop; hop++) {
      const scene = layout(input, { width: 768 }, { view: 'path', hop });
      const expected = data.relay.edges.filter((e) => !e.side && e.hop <= hop).map((e) => e.id);
      expect(scene.edges.filter((e) => e.visible).map((e) => e.id)).toEqual(expected);
      const ends = new Set(data.relay.edges.filter((e) => !e.side && e.hop <= hop).flatMap((e) => [e.from, e.to]));
      expect(new Set(scene.nodes.filter((n) => n.visible).map((n) => n.id))).toEqual(ends);
    }
  });

  it('shows side channels only in the full view', () => {
    for (const state of STATES) {
      const sideShown = layout(input, { width: 768 }, state).edges.some((e) => e.side && e.visible);
      expect(sideShown, name(state)).toBe(state.view === 'full');
    }
    const full = layout(input, { width: 768 }, { view: 'full' });
    const dataEdges = new Set(data.relay.edges.map((e) => e.id));
    expect(full.edges.filter((e) => dataEdges.has(e.id)).every((e) => e.visible)).toBe(true);
    // Outside the stage no group stands in for its boxes.
    expect(full.edges.filter((e) => !dataEdges.has(e.id)).some((e) => e.visible)).toBe(false);
  });

  it('shows only the displayed sender and the recipients in the identity view, as the recipient saw them', () => {
    const scene = layout(input, { width: 390 }, { view: 'identity' });
    expect(scene.nodes.filter((n) => n.visible).map((n) => n.id).sort()).toEqual(['recipients', 'spoofed-sender']);
    const text = scene.nodes.flatMap((n) => (n.visible ? n.lines.flatMap((l) => l.spans.map((s) => s.text)) : [])).join(' ');
    expect(text).toContain('info@officialproudboys.com');
    expect(text).toContain('Vote for Trump or else!');
    expect(scene.edges.some((e) => e.visible)).toBe(false);
  });

  it('emphasises the relay servers in the headers view, each with its country and confidence in words', () => {
    const scene = layout(input, { width: 768 }, { view: 'headers' });
    const servers = data.relay.nodes.filter((n) => n.kind === 'server');
    for (const s of servers) {
      const node = scene.nodes.find((n) => n.id === s.id)!;
      expect(node.emphasis).toBe('strong');
      const text = node.lines.map((l) => l.spans.map((x) => x.text).join('')).join(' ');
      expect(text).toContain(s.country!);
      expect(text).toContain(data.confidence.find((c) => c.id === s.confidence)!.label);
    }
    expect(scene.nodes.filter((n) => n.kind !== 'server' && n.visible).every((n) => n.emphasis === 'faded')).toBe(true);
  });

  it('marks single-report nodes in words wherever they are drawn', () => {
    const single = data.confidence.find((c) => c.id === 'single-report')!.label;
    for (const width of WIDTHS) {
      const scene = layout(input, { width }, { view: 'full' });
      for (const n of scene.nodes.filter((x) => x.confidence === 'single-report')) {
        expect(n.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' ')).toContain(single);
      }
    }
  });

  it('sends the email token from the displayed sender to the recipients only when asked', () => {
    const scene = layout(input, { width: 768 }, { view: 'path', hop: maxHop, token: true });
    expect(scene.token).not.toBeNull();
    const route = scene.token!.route.map((id) => data.relay.edges.find((e) => e.id === id)!);
    expect(route[0]!.from).toBe('spoofed-sender');
    expect(route.at(-1)!.to).toBe('recipients');
    expect(route.every((e) => !e.side && e.hop <= maxHop)).toBe(true);
    expect(layout(input, { width: 768 }, { view: 'path', hop: maxHop }).token).toBeNull();
  });

  it('reading order lists every node and edge once', () => {
    const scene = layout(input, { width: 390 }, { view: 'full' });
    expect([...scene.order].sort()).toEqual([...scene.nodes.map((n) => n.id), ...scene.edges.map((e) => e.id)].sort());
    expect(new Set(scene.order).size).toBe(scene.order.length);
    for (const id of [...data.relay.nodes.map((n) => n.id), ...data.relay.edges.map((e) => e.id)]) expect(scene.order).toContain(id);
  });

  it('the warm-up slice is a small, whole part of the data that lays out in every state', () => {
    const slice = warmUpInput(input);
    const hops = new Set(input.edges.map((e) => e.hop));
    expect(slice.edges).toHaveLength(hops.size);
    expect(new Set(slice.edges.map((e) => e.hop))).toEqual(hops);
    expect(slice.nodes.length).toBeLessThan(input.nodes.length * 0.6);
    const ids = new Set(slice.nodes.map((n) => n.id));
    expect(slice.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(slice.seen === null || ids.has(slice.seen.node)).toBe(true);
    for (const state of STATES) expect(layout(slice, { width: 390 }, state).nodes).toHaveLength(slice.nodes.length + slice.groups.length);
  });
});
