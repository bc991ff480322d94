// The embed registry, its measured heights and fixed frames, the frame protocols, and the _headers reader.
import { describe, expect, it } from 'vitest';
import { EMBEDS, embedPath, oembedPath, validateRegistry, type EmbedEntry } from '../../src/embed/registry';
import { fixedFrame, frameHeightAt, frameHeightCss, heightAtWidth, MEASURED, measured } from '../../src/embed/sizing';
import { wordpressSecret, isScrollMessage, isHeightMessage } from '../../src/embed/protocol';
import { eventFromHash } from '../../src/charts/timeline/slider';
import { loaderConfig } from '../../src/embed/loaderConfig';
import { headersFor, parseHeaders, pathMatches, rebaseHeaders } from '../../scripts/lib/headers.mjs';
import { readFileSync } from 'node:fs';

const entry = (over: Partial<EmbedEntry>): EmbedEntry => ({ id: 'x', title: 'T', description: 'D', noun: 'map', states: [], more: null, kind: 'graphic', ...over });

describe('the registry', () => {
  it('gives each state its own page and oEmbed file, the default state the short ones', () => {
    const map = EMBEDS.find((e) => e.id === 'map')!;
    expect(embedPath(map, null)).toBe('/embed/map/');
    expect(embedPath(map, map.states[0])).toBe('/embed/map/');
    expect(embedPath(map, 'florida')).toBe('/embed/map/florida/');
    expect(oembedPath(map, 'florida')).toBe('/oembed/map/florida.json');
    expect(embedPath(map, 'nope')).toBe('/embed/map/');
  });

  it('stops the build on a broken entry, naming it and the field', () => {
    expect(() => validateRegistry([entry({ id: 'Bad Id' })])).toThrow(/embed "Bad Id" › field "id"/);
    expect(() => validateRegistry([entry({}), entry({})])).toThrow(/used twice/);
    expect(() => validateRegistry([entry({ states: ['a', 'a'] })])).toThrow(/field "states"/);
    expect(() => validateRegistry([entry({ more: { path: 'x', text: 't' } })])).toThrow(/more.path/);
    expect(() => validateRegistry([entry({ title: ' ' })])).toThrow(/field "title"/);
  });

  it('has measured heights for every entry and state (else: npm run build && npm run measure:embeds)', () => {
    for (const e of EMBEDS) for (const s of e.states.length ? e.states : [null]) expect(measured(e, s), `${e.id} ${s ?? ''}`).not.toBeNull();
  });

  it('bakes titles, states and first heights into the loader', () => {
    const c = loaderConfig('https://example.org/');
    expect(Object.keys(c.e)).toEqual(EMBEDS.map((e) => e.id));
    expect(c.e.map!.h.targeted).toHaveLength(c.w.length);
  });
});

describe('fixed frames (the iframe-only snippet)', () => {
  const widths = [280, 360, 640, 1024, 1200];

  it('holds the page at every measured width, for pages that grow, shrink or dip with width', () => {
    for (const row of [[600, 560, 620, 820, 900], [1400, 1300, 980, 840, 810], [640, 620, 520, 470, 470], [500, 500, 500, 500, 500]]) {
      const f = fixedFrame(widths, row);
      row.forEach((h, i) => expect(frameHeightAt(f, widths[i]!)).toBeGreaterThanOrEqual(h));
      // Not much blank: at most a fifth of the page anywhere.
      row.forEach((h, i) => expect(frameHeightAt(f, widths[i]!) - h).toBeLessThanOrEqual(h * 0.2));
      expect(f.height).toBe(Math.ceil(frameHeightAt(f, 640)));
    }
  });

  it('writes the rule as a padding (percentages are a share of the width), capped at the tallest page', () => {
    expect(frameHeightCss({ lines: [{ a: 300, b: 0.5 }], cap: 900 })).toBe('min(calc(300px + 50%), 900px)');
    expect(frameHeightCss({ lines: [{ a: 1800, b: -1.2 }, { a: 1200, b: -0.3 }], cap: 1450 })).toBe('min(max(calc(1800px - 120%), calc(1200px - 30%)), 1450px)');
    expect(frameHeightCss({ lines: [{ a: 640, b: 0 }], cap: 640 })).toBe('640px');
  });

  it('holds every committed measurement of every embed', () => {
    for (const e of EMBEDS) {
      for (const s of e.states.length ? e.states : [null]) {
        const row = measured(e, s)!;
        const f = fixedFrame(MEASURED.widths, row);
        row.forEach((h, i) => expect(frameHeightAt(f, MEASURED.widths[i]!), `${e.id} ${s} at ${MEASURED.widths[i]}`).toBeGreaterThanOrEqual(h));
      }
    }
  });

  it('interpolates a first height between measured widths', () => {
    expect(heightAtWidth([300, 600], [900, 600], 450)).toBe(750);
    expect(heightAtWidth([300, 600], [900, 600], 100)).toBe(900);
    expect(heightAtWidth([300, 600], [900, 600], 2000)).toBe(600);
  });
});

describe('frame messages and addresses', () => {
  it('reads WordPress’s secret from the address, also after a deep link', () => {
    expect(wordpressSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wordpressSecret('#event-x#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wordpressSecret('#?secret=bad-one')).toBeNull();
    expect(wordpressSecret('')).toBeNull();
  });

  it('reads the event of a deep link, also inside WordPress’s fragment', () => {
    expect(eventFromHash('#event-presser-ratcliffe-wray')).toBe('presser-ratcliffe-wray');
    expect(eventFromHash('#event-a-b#?secret=x1')).toBe('a-b');
    expect(eventFromHash('#?secret=x1')).toBeNull();
  });

  it('accepts only well-formed height and scroll messages', () => {
    expect(isHeightMessage({ type: 'pb-embed:height', id: 'a', graphic: 'map', height: 10 })).toBe(true);
    expect(isHeightMessage({ type: 'pb-embed:height', id: 'a', graphic: 'map', height: -1 })).toBe(false);
    expect(isScrollMessage({ type: 'pb-embed:scroll', id: 'a', top: 40 })).toBe(true);
    expect(isScrollMessage({ type: 'pb-embed:scroll', id: 'a', top: '40' })).toBe(false);
    expect(isScrollMessage({ type: 'pb-embed:scroll', top: 1e6, id: 'a' })).toBe(false);
  });
});

describe('the _headers file, as Netlify and Cloudflare Pages read it', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  it('matches splats and placeholders', () => {
    expect(pathMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(pathMatches('/embed/*', '/embed/map/florida/')).toBe(true);
    expect(pathMatches('/', '/embed/')).toBe(false);
    expect(pathMatches('/a/:id/', '/a/x/')).toBe(true);
  });

  it('gives the built scripts CORS (sandboxed frames have the origin "null"), embed pages framing, the story none', () => {
    expect(headersFor(rules, '/_astro/client.abc.js')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/embed/timeline/first-48h/')['content-security-policy']).toBe('frame-ancestors *');
    expect(headersFor(rules, '/')['x-frame-options']).toBe('SAMEORIGIN');
    expect(headersFor(rules, '/embed/map/')['x-frame-options']).toBeUndefined();
  });

  it('is rebased for a sub-path build', () => {
    const text = rebaseHeaders('/embed/*\n  A: b\n', '/sub/');
    expect(headersFor(parseHeaders(text), '/sub/embed/map/')).toEqual({ a: 'b' });
  });
});
