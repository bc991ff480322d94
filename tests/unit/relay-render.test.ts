// Relay SVG markup: a golden file per declared story state, escaping of data text, and focusables only when interactive.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { layout } from '../../src/charts/relay/layout';
import { renderSvg } from '../../src/charts/relay/render';
import { relayInput } from '../../src/charts/relay/payload';

const input = relayInput(data.relay, data.confidence);
const relaySteps = data.steps.steps.filter((s) => s.graphic === 'relay');

/** Pretty-prints one element per line so golden-file diffs are readable. */
const pretty = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;

describe('relay SVG golden files', () => {
  it('covers every relay state the story declares', () => {
    expect(relaySteps.length).toBeGreaterThan(0);
  });
  for (const step of relaySteps) {
    if (step.graphic !== 'relay') continue;
    it(`matches the golden SVG for step "${step.id}" (phone width, static copy)`, async () => {
      const scene = layout(input, { width: 360 }, step.state);
      const svg = renderSvg(scene, { interactive: false, omitHidden: true, label: step.alt });
      await expect(pretty(svg)).toMatchFileSnapshot(`./__snapshots__/relay/${step.id}.svg`);
    });
    it(`matches the golden SVG for step "${step.id}" (desktop stage width)`, async () => {
      const scene = layout(input, { width: 860 }, step.state);
      const svg = renderSvg(scene, { interactive: false, label: step.alt });
      await expect(pretty(svg)).toMatchFileSnapshot(`./__snapshots__/relay/${step.id}.wide.svg`);
    });
  }
});

describe('relay SVG markup', () => {
  it('escapes data text in labels and accessible names', () => {
    const hostile = {
      ...input,
      nodes: input.nodes.map((n, i) => (i === 0 ? { ...n, label: '<script>"x"&</script>' } : n)),
    };
    const svg = renderSvg(layout(hostile, { width: 768 }, { view: 'full' }), { interactive: true, label: 'a "b"' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="a &quot;b&quot;"');
  });

  it('makes nodes and edges focusable buttons only in the interactive copy', () => {
    const scene = layout(input, { width: 400 }, { view: 'full' });
    const live = renderSvg(scene, { interactive: true, label: 'x' });
    const still = renderSvg(scene, { interactive: false, label: 'x' });
    // One tab stop into the figure (arrow keys move inside it); every shown box and line is a button.
    expect(live.match(/tabindex="0"/g)?.length).toBe(1);
    expect(live.match(/role="button"/g)?.length).toBe(scene.nodes.filter((n) => n.visible).length + scene.edges.filter((e) => e.visible).length);
    expect(still).not.toContain('tabindex');
    expect(still).not.toContain('role="button"');
  });

  it('leaves hidden parts out of static copies but keeps them in live ones', () => {
    const scene = layout(input, { width: 360 }, { view: 'path', hop: 1 });
    const shown = data.relay.edges.filter((e) => !e.side && e.hop <= 1).length;
    const still = renderSvg(scene, { interactive: false, omitHidden: true, label: 'x' });
    const live = renderSvg(scene, { interactive: false, label: 'x' });
    expect(still.match(/class="relay-edge /g)?.length).toBe(shown);
    expect(live.match(/class="relay-edge /g)?.length).toBe(scene.edges.length);
  });

  it('draws the email token only in a state that asks for it', () => {
    const withToken = renderSvg(layout(input, { width: 360 }, { view: 'path', hop: 6, token: true }), { interactive: false, omitHidden: true, label: 'x' });
    const without = renderSvg(layout(input, { width: 360 }, { view: 'path', hop: 6 }), { interactive: false, omitHidden: true, label: 'x' });
    expect(withToken).toContain('class="relay-token"');
    expect(without).not.toContain('relay-token');
  });
});
