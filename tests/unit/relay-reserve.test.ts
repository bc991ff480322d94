// The relay explore height table: contiguous bands whose height is the layout's at every width, and CSS that says so.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { layout } from '../../src/charts/relay/layout';
import { relayInput } from '../../src/charts/relay/payload';
import { EXPLORE_STATE, MAX_WIDTH, heightBandCss, heightBands } from '../../src/charts/relay/reserve';

const input = relayInput(data.relay, data.confidence);
const bands = heightBands(input, EXPLORE_STATE);

describe('relay explore height bands', () => {
  it('run without gaps from the narrowest width to "and wider"', () => {
    expect(bands.length).toBeGreaterThan(1);
    bands.slice(1).forEach((b, i) => expect(b.from).toBe((bands[i]!.to ?? NaN) + 1));
    expect(bands.at(-1)!.to).toBeNull();
    // Neighbours differ (a run of equal heights is one band).
    bands.slice(1).forEach((b, i) => expect(b.height).not.toBe(bands[i]!.height));
  });

  it('give the layout height at every width of each band', () => {
    for (const b of bands) {
      const to = b.to ?? MAX_WIDTH; // past the table's widest width, the last band is an estimate
      for (const w of [b.from, Math.floor((b.from + to) / 2), to]) {
        expect(layout(input, { width: w }, EXPLORE_STATE).viewBox[3], `width ${w}`).toBe(b.height);
      }
    }
  });

  it('become one container query per band, bounded half a pixel out for the browser’s rounding', () => {
    const css = heightBandCss(
      [
        { from: 240, to: 300, height: 900 },
        { from: 301, to: 639, height: 800 },
        { from: 640, to: null, height: 600 },
      ],
      'c',
      '.s',
    );
    expect(css).toBe(
      '@container c (width < 300.5px){.s{height:900px}}' +
        '@container c (width >= 300.5px) and (width < 639.5px){.s{height:800px}}' +
        '@container c (width >= 639.5px){.s{height:600px}}',
    );
  });
});
