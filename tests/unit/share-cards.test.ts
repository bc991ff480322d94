// Share cards: readable at feed size (no text under 24 px, pictures without small labels), no blank band, with the
// publisher and the address.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardSvg, relayChain } from '../../src/charts/cards';
import { CARD_MIN_FONT } from '../../src/lib/shareCard';
import { data } from '../../src/lib/data';
import { light } from '../../src/styles/tokens';

const CARDS = ['map', 'relay', 'timeline', 'check-an-email', 'story'];
const ADDRESS = 'graphics.example.com/2020/proud-boys';

describe('share cards', () => {
  for (const id of CARDS) {
    const svg = cardSvg(id, ADDRESS);

    it(`${id}: every text is ${CARD_MIN_FONT} px or more on the 1200 × 630 card, and none sits in a scaled picture`, () => {
      const sizes = [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(CARD_MIN_FONT);
      // Text only at the card's own scale: no <text> inside a nested, scaled <svg> (the map picture).
      const nested = svg.slice(svg.indexOf('>') + 1).match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
      for (const n of nested) expect(n).not.toMatch(/<text\b/);
      expect(svg).not.toMatch(/<text\b[^>]*>[^<]*<tspan/);
    });

    it(`${id}: names the publisher and the address`, () => {
      expect(svg).toContain(`>${data.article.byline}<`);
      expect(svg).toContain(`>${ADDRESS}<`);
    });

    it(`${id}: has no blank band (every fifth of its height holds something drawn)`, async () => {
      const { data: px, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const bg = light.bg.match(/\w\w/g)!.map((h) => parseInt(h, 16));
      const band = info.height / 5;
      for (let b = 0; b < 5; b++) {
        let inked = 0;
        let total = 0;
        for (let y = Math.floor(b * band); y < Math.floor((b + 1) * band); y += 2) {
          for (let x = 0; x < info.width; x += 2) {
            const i = (y * info.width + x) * 3;
            total++;
            if (Math.abs(px[i]! - bg[0]!) + Math.abs(px[i + 1]! - bg[1]!) + Math.abs(px[i + 2]! - bg[2]!) > 30) inked++;
          }
        }
        expect(inked / total, `${id}: band ${b + 1} of 5`).toBeGreaterThan(0.01);
      }
    });
  }

  it('the relay card walks the data’s own edges from the recipients back to who ran it', () => {
    const chain = relayChain();
    expect(chain.at(-1)!.label).toBe(data.relay.nodes.find((n) => n.kind === 'recipient')!.label);
    expect(chain.length).toBeGreaterThanOrEqual(4);
    expect(chain.some((s) => /\(\d+\)$/.test(s.label))).toBe(true);
  });
});
