// Every word of every graphic readable: at each step (sticky stage, or the step's own figure where the story is flat),
// in the explore figures and in the embeds, at 320, 390 and 1440 px wide and on a phone on its side (844×390),
// every chart text renders at 12 CSS px or more (font size × the SVG's scale) and none is cut with "…".
import { test, expect, type Page } from '@playwright/test';
import stepsFile from '../../data/steps.json' with { type: 'json' };

const MIN_PX = 12;
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 844, height: 390 },
];

interface Problem {
  text: string;
  px: number;
  cut: boolean;
}

/**
 * The chart texts a reader can see inside `scope` (and on screen): each with its rendered size in CSS px
 * (computed font size times the SVG's scale on screen) and whether it ends with an ellipsis.
 */
async function readableProblems(page: Page, scope: string): Promise<Problem[]> {
  return page.evaluate(
    ({ scope, min }) => {
      const root = document.querySelector(scope);
      if (!root) return [{ text: `(no ${scope})`, px: 0, cut: false }];
      const frame = root.getBoundingClientRect();
      const seen = (el: Element): boolean => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) < 0.1) return false;
        }
        return true;
      };
      const out: Array<{ text: string; px: number; cut: boolean }> = [];
      for (const el of root.querySelectorAll('svg text, svg tspan')) {
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
        if (!own) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // On screen and inside the scope (a stage frame clips what lies outside it).
        if (r.bottom <= Math.max(0, frame.top) || r.top >= Math.min(innerHeight, frame.bottom) || r.right <= frame.left || r.left >= frame.right) continue;
        if (!seen(el)) continue;
        const svg = (el as SVGGraphicsElement).ownerSVGElement;
        const m = (el as SVGGraphicsElement).getScreenCTM() ?? svg?.getScreenCTM();
        const scale = m ? Math.hypot(m.a, m.b) : 1;
        const px = parseFloat(getComputedStyle(el).fontSize) * scale;
        // Cut: a text that ends with "…" where nothing follows it (an ellipsis inside a quotation, with the
        // quotation going on in the next line, is the quotation's own).
        const next = el.nextElementSibling;
        const cut = /…$/.test(own) && !(el.tagName === 'tspan' && next?.tagName === 'tspan' && (next.textContent ?? '').trim() !== '');
        if (px < min - 0.05 || cut) out.push({ text: own.slice(0, 60), px: Math.round(px * 100) / 100, cut });
      }
      return out;
    },
    { scope, min: MIN_PX },
  );
}

const describe = (p: Problem): string => `“${p.text}” ${p.cut ? 'is cut with …' : `renders at ${p.px} px`}`;

/** Waits until the step is the story's active step (scroll effects) or on screen (flat), and its graphic has settled. */
async function showStep(page: Page, id: string): Promise<string> {
  await page.evaluate((id) => {
    location.hash = id;
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, id);
  const mode = await page.locator('html').getAttribute('data-scrolly');
  if (mode === 'on') {
    await expect(page.locator('#story')).toHaveAttribute('data-active-step', id);
    const graphic = stepsFile.steps.find((s) => s.id === id)!.graphic;
    const slot = `[data-stage-slot="${graphic}"] > .graphic`;
    await expect(page.locator(slot)).toHaveAttribute('data-drawn', '');
    await expect(page.locator(`${slot}`)).toHaveAttribute('data-state', JSON.stringify(stepsFile.steps.find((s) => s.id === id)!.state));
    await page.waitForTimeout(700); // transitions end (at most 600 ms)
    return `[data-stage-slot="${graphic}"]`;
  }
  await page.locator(`[id="${id}"] .step-figure .graphic`).first().waitFor();
  return `[id="${id}"] .step-figure`;
}

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: vp });
    test.skip(({ isMobile }) => isMobile, 'one run per viewport (the desktop project sets the size)');

    test('every step’s graphic: each label 12 px or more, none cut', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await page.locator('#story[data-started]').waitFor({ state: 'attached' });
      const problems: string[] = [];
      for (const step of stepsFile.steps) {
        const scope = await showStep(page, step.id);
        for (const p of await readableProblems(page, scope)) problems.push(`${step.id}: ${describe(p)}`);
      }
      expect(problems).toEqual([]);
    });

    test('the explore figures: each label 12 px or more, none cut', async ({ page }) => {
      await page.goto('/');
      await page.locator('#story[data-started]').waitFor({ state: 'attached' });
      const problems: string[] = [];
      for (const graphic of ['map', 'relay', 'timeline']) {
        const slot = page.locator(`.explore-slot[data-explore-for="${graphic}"]`);
        await slot.evaluate((el) => {
          for (const d of el.querySelectorAll('details')) d.open = true;
          el.scrollIntoView({ block: 'start' });
        });
        await slot.locator('.graphic[data-ready]').waitFor({ state: 'attached' });
        await page.waitForTimeout(300);
        for (const p of await readableProblems(page, `.explore-slot[data-explore-for="${graphic}"]`)) problems.push(`explore ${graphic}: ${describe(p)}`);
      }
      expect(problems).toEqual([]);
    });

    for (const graphic of ['map', 'relay', 'timeline']) {
      test(`the ${graphic} embed: each label 12 px or more, none cut`, async ({ page }) => {
        await page.goto(`/embed/${graphic}/`);
        await page.waitForTimeout(500);
        const problems = (await readableProblems(page, 'body')).map((p) => `embed ${graphic}: ${describe(p)}`);
        expect(problems).toEqual([]);
      });
    }
  });
}
