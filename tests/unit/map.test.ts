// Map layout and rendering: shapes, marked states, Florida counties, notes' wording, and an SVG golden file per view.
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { data } from '../../src/lib/data';
import { MAP_VIEWS, type MapState } from '../../src/lib/data/steps';
import { mapGeometry, buildGeometry, DEFAULT_PRECISION } from '../../src/charts/map/geo';
import { layout, TIER_NAMES, wrap } from '../../src/charts/map/layout';
import { renderSvg } from '../../src/charts/map/render';
import { mapInput } from '../../src/charts/map/copy';
import { mapPayload } from '../../src/charts/map/payload';
import { encodePath, simplifyLine } from '../../src/charts/map/pathcodec';

const geometry = mapGeometry();
const input = mapInput(data);
const scene = (state: MapState) => layout(geometry.geo, input, state);
const FOUR = data.states.map((s) => s.fips).sort();

describe('geometry', () => {
  test('the atlas yields the 50 states plus DC, with two-digit FIPS ids', () => {
    expect(geometry.geo.states).toHaveLength(51);
    expect(Object.keys(geometry.statePaths)).toHaveLength(51);
    expect(geometry.geo.states.every((s) => /^\d{2}$/.test(s.id))).toBe(true);
    expect(geometry.geo.states.find((s) => s.id === '11')?.name).toBe('District of Columbia');
  });

  test('only Florida’s counties are kept, all 67 of them', () => {
    expect(geometry.geo.counties).toHaveLength(67);
    expect(geometry.geo.counties.every((c) => c.id.startsWith('12'))).toBe(true);
  });

  test('every Florida county named in the data exists in the geometry, under the same name', () => {
    const named = data.states.flatMap((s) => s.places.filter((p) => p.kind === 'county'));
    expect(named.length).toBeGreaterThan(0);
    for (const place of named) {
      const county = geometry.geo.counties.find((c) => c.id === place.fips);
      expect(county, place.name).toBeDefined();
      expect(`${county!.name} County`).toBe(place.name);
      expect(geometry.countyPaths[place.fips!]).toMatch(/^M/);
    }
  });

  test('every path is non-empty and uses only move, relative line and close commands', () => {
    for (const d of [...Object.values(geometry.statePaths), geometry.borders, geometry.countyBorders]) {
      expect(d).toMatch(/^M[-\d. ]+l[-\d. ]+/);
      expect(d).not.toMatch(/[A-LN-Za-km-y]/);
    }
  });

  test('trimmed precision keeps the shared defs well under the 40 KB gzip budget', () => {
    const all = [...Object.values(geometry.statePaths), geometry.borders, geometry.countyBorders].join('');
    expect(gzipSync(all).length).toBeLessThan(20_000);
    const fine = buildGeometry({ ...DEFAULT_PRECISION, stateTolerance: 0, zoomedTolerance: 0 });
    expect(Object.values(fine.statePaths).join('').length).toBeGreaterThan(Object.values(geometry.statePaths).join('').length);
  });
});

describe('path codec', () => {
  test('simplification keeps both ends and drops points within the tolerance', () => {
    expect(simplifyLine([[0, 0], [1, 0.1], [2, 0]], 0.5)).toEqual([[0, 0], [2, 0]]);
    expect(simplifyLine([[0, 0], [1, 1], [2, 0]], 0.5)).toEqual([[0, 0], [1, 1], [2, 0]]);
  });

  test('paths are relative, rounded, and drop repeated points', () => {
    expect(encodePath([[[0, 0], [1.04, 0], [1.04, 0], [1, 1]]], { digits: 1, closed: true })).toBe('M0 0l1 0 0 1z');
    expect(encodePath([[[0, 0], [0.5, -0.5], [1, 0]]], { digits: 1, closed: false })).toBe('M0 0l.5-.5.5.5');
  });
});

describe('layout', () => {
  test('every view draws all 51 shapes', () => {
    for (const view of MAP_VIEWS) expect(scene({ view }).states).toHaveLength(51);
  });

  test('"neutral" marks no state', () => {
    const s = scene({ view: 'neutral' });
    expect(s.states.every((x) => x.style === 'land')).toBe(true);
    expect(s.outlines).toEqual([]);
  });

  test('"targeted" emphasises exactly the four states, and labels each by name in every tier', () => {
    const s = scene({ view: 'targeted' });
    const marked = s.states.filter((x) => x.style !== 'land').map((x) => x.id).sort();
    expect(marked).toEqual(FOUR);
    expect(s.states.filter((x) => x.style === 'emph')).toHaveLength(4);
    for (const tier of TIER_NAMES) {
      const texts = s.annotations[tier].flatMap((a) => a.lines.map((l) => l.text));
      for (const st of data.states) expect(texts).toContain(st.name);
      // Labels sit outside their state with a leader line (small shapes and the Alaska inset stay identifiable).
      expect(s.annotations[tier].every((a) => a.leader !== undefined)).toBe(true);
    }
  });

  test('labels and notes start inside the frame', () => {
    for (const view of MAP_VIEWS) {
      for (const tier of TIER_NAMES) {
        for (const a of scene({ view }).annotations[tier]) {
          expect(a.y, `${view}/${tier}/${a.id}`).toBeGreaterThanOrEqual(0);
          expect(a.y, `${view}/${tier}/${a.id}`).toBeLessThan(620);
        }
      }
    }
  });

  test('"swing" emphasises the battleground states and keeps the other one marked, not emphasised', () => {
    const s = scene({ view: 'swing' });
    const style = (fips: string) => s.states.find((x) => x.id === fips)?.style;
    for (const st of data.states) expect(style(st.fips)).toBe(st.battleground ? 'emph' : 'soft');
  });

  test('"florida" zooms in and marks each named county with its confidence', () => {
    const s = scene({ view: 'florida', focus: 'FL' });
    expect(s.zoom.k).toBeGreaterThan(2.5);
    expect(s.countyMesh).toBe(true);
    const places = data.states.find((x) => x.code === 'FL')!.places;
    expect(s.counties.map((c) => [c.id, c.confidence])).toEqual(places.map((p) => [p.fips, p.confidence]));
    const citrus = s.annotations.l.find((a) => a.id === 'county-12017')!;
    expect(citrus.lines.map((l) => l.text)).toEqual(['Citrus', 'single report']);
    const flagler = s.annotations.l.find((a) => a.id === 'county-12035')!;
    expect(flagler.lines.map((l) => l.text)).toEqual(['Flagler']);
  });

  test('"alaska" lists the communities in a callout and plots no point for them', () => {
    const s = scene({ view: 'alaska', focus: 'AK' });
    const places = data.states.find((x) => x.code === 'AK')!.places;
    for (const tier of TIER_NAMES) {
      const notes = s.annotations[tier];
      expect(notes).toHaveLength(1);
      const text = notes[0]!.lines.map((l) => l.text).join(' ');
      for (const p of places) expect(text.replace(/\s+/g, ' ')).toContain(p.name);
    }
    expect(s.counties).toEqual([]);
    expect(s.states.filter((x) => x.style !== 'off').map((x) => x.id)).toEqual(['02']);
  });

  test('"voter-data" singles out no state, and notes that the advisory’s state was not named officially', () => {
    const s = scene({ view: 'voter-data' });
    expect(s.states.filter((x) => x.style === 'emph')).toEqual([]);
    expect(s.states.filter((x) => x.style === 'soft').map((x) => x.id).sort()).toEqual(FOUR);
    for (const tier of TIER_NAMES) {
      expect(s.annotations[tier].map((a) => a.lines.map((l) => l.text).join(' ')).join(' ')).toContain('not named officially');
    }
  });

  test('"voter-data" with focus AK says Alaska did not say who did it, in the exact wording', () => {
    const s = scene({ view: 'voter-data', focus: 'AK' });
    expect(s.states.filter((x) => x.style === 'emph').map((x) => x.id)).toEqual(['02']);
    const note = s.annotations.l.find((a) => a.id === 'alaska-breach')!;
    const text = note.lines.filter((l) => l.kind !== 'sub').map((l) => l.text).join(' ');
    expect(text).toBe('Alaska disclosed a breach of ~113,000 voter records; it did not say who did it');
    expect(note.leader).toBeDefined();
    // The figure and the date come from the data's own context note.
    const context = data.states.find((x) => x.code === 'AK')!.context.find((c) => c.text.includes('113,000'))!;
    expect(context.text).toMatch(/did NOT tie the breach to Iran/);
    expect(note.lines.map((l) => l.text).join(' ')).toContain('December 3, 2020');
  });

  test('layout is deterministic and pure', () => {
    expect(scene({ view: 'targeted' })).toEqual(scene({ view: 'targeted' }));
  });

  test('wrap breaks on words within the width', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('render', () => {
  test('page copies draw states with <use> into the shared defs and carry no path data', () => {
    const svg = renderSvg(scene({ view: 'targeted' }), { mode: 'page' });
    expect(svg.match(/<use href="#map-st-\d\d" class="st /g)).toHaveLength(51);
    expect(svg).not.toMatch(/<path[^>]* d="M/);
    expect(svg).toContain('class="st st--emph" data-id="12"');
  });

  test('only the explore copy has focusable states, each naming and controlling its card', () => {
    const hits = data.states.map((s) => ({ fips: s.fips, code: s.code, name: s.name, cardId: `map-card-${s.code}` }));
    const svg = renderSvg(scene({ view: 'targeted' }), { mode: 'page', hits });
    expect(svg.match(/tabindex="0"/g)).toHaveLength(4);
    expect(svg).toContain('aria-label="Florida: details" aria-expanded="false" aria-controls="map-card-FL"');
    expect(renderSvg(scene({ view: 'targeted' }), { mode: 'page' })).not.toContain('tabindex');
  });

  test('data text is escaped', () => {
    const evil = { ...input, states: input.states.map((s) => (s.code === 'FL' ? { ...s, name: '<b>"Fl"</b>' } : s)) };
    const svg = renderSvg(layout(geometry.geo, evil, { view: 'targeted' }), { mode: 'page' });
    expect(svg).toContain('&lt;b&gt;&quot;Fl&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });

  test('standalone mode inlines paths and resolves colours (no CSS variables left)', () => {
    const svg = renderSvg(scene({ view: 'targeted' }), { mode: 'standalone', paths: geometry });
    expect(svg).toContain('<path id="map-st-12" d="M');
    expect(svg).not.toContain('var(--c-');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  test('the browser payload has no path data and stays small', () => {
    const json = JSON.stringify(mapPayload(data));
    expect(json).not.toMatch(/"d":/);
    expect(gzipSync(json).length).toBeLessThan(4_000);
  });
});

describe('SVG golden files (standalone, small precision)', () => {
  // Coarse geometry keeps the golden files small; the layout and markup are what they pin down.
  const coarse = buildGeometry({ stateTolerance: 4, zoomedTolerance: 2, countyTolerance: 2, digits: 0, minIslandArea: 20 });
  const views: MapState[] = [
    { view: 'neutral' },
    { view: 'targeted' },
    { view: 'florida', focus: 'FL' },
    { view: 'alaska', focus: 'AK' },
    { view: 'swing' },
    { view: 'voter-data' },
    { view: 'voter-data', focus: 'AK' },
  ];
  for (const state of views) {
    const name = state.focus && state.view === 'voter-data' ? `${state.view}-${state.focus}` : state.view;
    test(`${name}`, async () => {
      const svg = renderSvg(layout(coarse.geo, input, state), { mode: 'standalone', paths: coarse, tier: 'l' });
      await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/map/${name}.svg`);
    });
  }
});
