// Internal link check (CI validity next to the byte budgets): files and #fragments resolve, under any base path.
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageUrlPath, resolveFile } from '../../scripts/lib/links.mjs';

const pages = (base: string) =>
  new Map([
    [
      'index.html',
      `<!doctype html><html><head>
<link rel="icon" href="${base}favicon.svg"><link rel="canonical" href="https://example.org${base}">
<script type="module" src="${base}_astro/a.js"></script></head><body>
<a href="#step-1">first step</a> <a href="#top">top</a> <a href="#">nothing</a>
<a href="classroom/#lesson">lesson</a> <a href="${base}embed/map/">embed</a>
<a href="https://other.example.com/x#nope">external</a> <a href="mailto:a@b.c">mail</a>
<img srcset="${base}a.png 1x, ${base}b.png 2x" alt="">
<section id="step-1"></section><svg><a href="#source-S1"><text>1</text></a></svg><li id="source-S1"></li>
</body></html>`,
    ],
    ['classroom/index.html', `<h2 id="lesson">Lesson</h2><a href="../#step-1">back</a><a href="../">home</a>`],
    ['embed/map/index.html', `<a href="${base}#step-1" target="_top">story</a>`],
  ]);
const files = (base: string) => [...pages(base).keys(), 'favicon.svg', '_astro/a.js', 'a.png', 'b.png'];

describe('findBrokenLinks', () => {
  for (const base of ['/', '/2020/emails/']) {
    it(`passes a site whose links all resolve (base ${base})`, () => {
      const { broken, checked } = findBrokenLinks({ files: files(base), html: pages(base), base, siteOrigin: 'https://example.org' });
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(10);
    });
  }

  it('lists a missing file, a missing fragment (same page and other page) and a link outside the base', () => {
    const base = '/sub/';
    const html = pages(base);
    html.set(
      'classroom/index.html',
      `<a href="../missing/">x</a><a href="#nowhere">y</a><a href="../#step-99">z</a><a href="/favicon.svg">w</a><h2 id="lesson"></h2>`,
    );
    const { broken } = findBrokenLinks({ files: files(base), html, base });
    expect(broken).toEqual([
      { page: '/sub/classroom/', url: '../missing/', reason: 'no such file in the build' },
      { page: '/sub/classroom/', url: '#nowhere', reason: 'no id="nowhere" in /sub/classroom/' },
      { page: '/sub/classroom/', url: '../#step-99', reason: 'no id="step-99" in /sub/' },
      { page: '/sub/classroom/', url: '/favicon.svg', reason: 'outside the base path /sub/' },
    ]);
  });

  it('treats absolute links to the public site as internal', () => {
    const html = new Map([['index.html', '<a href="https://example.org/gone/">x</a>']]);
    expect(findBrokenLinks({ files: ['index.html'], html, base: '/', siteOrigin: 'https://example.org' }).broken).toHaveLength(1);
    expect(findBrokenLinks({ files: ['index.html'], html, base: '/', siteOrigin: null }).broken).toHaveLength(0);
  });
});

describe('path mapping', () => {
  it('maps files to URLs and URLs to files like a static host', () => {
    expect(pageUrlPath('index.html', '/b/')).toBe('/b/');
    expect(pageUrlPath('embed/map/index.html', '/')).toBe('/embed/map/');
    expect(pageUrlPath('404.html', '/')).toBe('/404.html');
    const f = new Set(['index.html', 'embed/map/index.html', 'og/story.png']);
    expect(resolveFile('/b/', '/b/', f)).toBe('index.html');
    expect(resolveFile('/b', '/b/', f)).toBe('index.html');
    expect(resolveFile('/b/embed/map', '/b/', f)).toBe('embed/map/index.html');
    expect(resolveFile('/b/og/story.png', '/b/', f)).toBe('og/story.png');
    expect(resolveFile('/b/og/', '/b/', f)).toBeNull();
    expect(resolveFile('/other/', '/b/', f)).toBeNull();
  });
});
