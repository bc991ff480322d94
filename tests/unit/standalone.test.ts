// Share/fallback images: each graphic's standalone SVG is self-contained and rasterises (sharp) at the card size.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { standaloneSvg } from '../../src/charts/standalone';
import { cardSvg } from '../../src/charts/cards';
import { svgToPng } from '../../src/lib/raster';
import { data } from '../../src/lib/data';

describe('standalone SVGs for PNG images', () => {
  for (const g of ['map', 'relay', 'timeline'] as const) {
    it(`${g}: uses no CSS variables (a rasteriser cannot resolve them) and draws real content`, () => {
      const svg = standaloneSvg(g, { width: 520, height: 450 });
      expect(svg).not.toMatch(/var\(--/);
      expect(svg.length).toBeGreaterThan(2000);
    });

    it(`${g}: its share card rasterises to 1200×630`, async () => {
      const png = await svgToPng(cardSvg(g, 'example.org'));
      const meta = await sharp(Buffer.from(png)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    });
  }

  it('the relay image shows the seed article’s single reports as such (dotted), not promoted', () => {
    const svg = standaloneSvg('relay', { width: 520, height: 450 });
    expect(svg).toContain('Singapore');
    expect(svg).toMatch(/stroke-dasharray="1\.5 4"/);
  });

  it('the timeline image lists the key events with their dates', () => {
    const svg = standaloneSvg('timeline', { width: 520, height: 450 });
    for (const e of data.timeline.filter((x) => x.key)) expect(svg).toContain(e.headline.slice(0, 20).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });
});
