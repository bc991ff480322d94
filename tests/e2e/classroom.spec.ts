// The classroom edition: each activity by keyboard alone, printables within two pages, axe, no-JS reading, progress.
import { test, expect, type Page } from '@playwright/test';
import lesson from '../../data/classroom.json' with { type: 'json' };
import confidence from '../../data/confidence.json' with { type: 'json' };
import relay from '../../data/relay.json' with { type: 'json' };
import timeline from '../../data/timeline.json' with { type: 'json' };
import states from '../../data/states.json' with { type: 'json' };
import stepsFile from '../../data/steps.json' with { type: 'json' };
import { expectNoAxeViolations, recordOffsiteRequests } from './helpers';

const URL_PATH = '/classroom/';
const PROGRESS_KEY = 'proud-boys-explainer:classroom:v1';

/* eslint-disable @typescript-eslint/no-explicit-any -- the dataset is read as plain JSON here on purpose */
/** The confidence of the entry a claim references, read straight from the data files. */
function expectedLevel(ref: any): string {
  if (ref.file === 'relay') return (ref.kind === 'node' ? relay.nodes : relay.edges).find((e: any) => e.id === ref.id)!.confidence;
  if (ref.file === 'timeline') return timeline.find((e: any) => e.id === ref.id)!.confidence;
  const state: any = states.find((s) => s.id === ref.id)!;
  if (!ref.item) return state.confidence;
  if (ref.item === 'arrived') return state.arrived.confidence;
  const [, list, i] = /^(\w+)\[(\d+)\]$/.exec(ref.item)!;
  return state[list!][Number(i)].confidence;
}
const levelIds = confidence.map((c) => c.id);
const labelOf = (id: string) => confidence.find((c) => c.id === id)!.label;

/** Presses Tab until the focused element matches the selector (keyboard only; reading focus is not interacting). */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.beforeEach(async ({ page }) => {
  await page.goto(URL_PATH);
  await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
  await page.reload();
});

test.describe('activities by keyboard alone', () => {
  test('Activity 1: every spot opens and explains, with sources', async ({ page }) => {
    const spots = lesson.spots;
    await page.locator('details[data-spot] > summary').first().focus();
    for (const [i, spot] of spots.entries()) {
      if (i > 0) await tabTo(page, `details[data-spot="${spot.id}"] > summary`);
      await page.keyboard.press('Enter');
      const details = page.locator(`details[data-spot="${spot.id}"]`);
      await expect(details).toHaveAttribute('open', '');
      await expect(details.locator('.spot-reveal p').first()).toBeVisible();
    }
    await expect(page.locator('[data-progress-summary]')).toContainText(`${spots.length} of ${spots.length} spots opened`);
    // Reveals cite the story's sources, linking to its Sources list.
    await expect(page.locator('details[data-spot="headers"] .cite a').first()).toHaveAttribute('href', /\/#source-S/);
  });

  test('Activity 1: a numbered marker in the email opens its spot and moves focus there', async ({ page }) => {
    await page.locator('[data-spot-link="domain"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-spot="domain"]')).toHaveAttribute('open', '');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.dataset.spot)).toBe('domain');
  });

  test('Activity 2: every claim sorted and checked; answers match the dataset', async ({ page }) => {
    test.setTimeout(90_000);
    const claims = lesson.claims;
    await page.locator(`[data-claim="${claims[0]!.id}"] input[type=radio]`).first().focus();
    for (const [i, claim] of claims.entries()) {
      if (i > 0) await tabTo(page, `[data-claim="${claim.id}"] input[type=radio]`);
      const target = levelIds.indexOf(expectedLevel(claim.ref));
      await page.keyboard.press('Space');
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      await tabTo(page, `[data-claim="${claim.id}"] [data-check]`, 3);
      await page.keyboard.press('Enter');
      const item = page.locator(`[data-claim="${claim.id}"]`);
      await expect(item.locator('[data-feedback]')).toHaveAttribute('data-result', 'right');
      await expect(item.locator('[data-answer-details] .conf')).toHaveText(labelOf(expectedLevel(claim.ref)));
    }
    await expect(page.locator('[data-progress-summary]')).toContainText(`${claims.length} of ${claims.length} claims checked, ${claims.length} right`);
  });

  test('Activity 2: a wrong choice is marked wrong and shows the right level', async ({ page }) => {
    const claim = lesson.claims.find((c) => expectedLevel(c.ref) === 'official-record')!;
    const item = page.locator(`[data-claim="${claim.id}"]`);
    await item.locator('input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // "Several reports": wrong for an official record
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(item.locator('[data-feedback]')).toHaveAttribute('data-result', 'wrong');
    await expect(item.locator('[data-feedback]')).toContainText(labelOf('official-record'));
    await expect(item.locator('[data-answer-details]')).toHaveAttribute('open', '');
  });

  test('Activity 3: pick a source and answer the three questions', async ({ page }) => {
    const select = page.locator('[data-lateral-select]');
    const before = await select.inputValue();
    const titleBefore = await page.locator('[data-lateral-card] [data-f="title"]').textContent();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const after = await select.inputValue();
    expect(after).not.toBe(before);
    // The card now describes the picked source: its number is the one the option starts with.
    await expect(page.locator('[data-lateral-card] [data-f="title"]')).not.toHaveText(titleBefore ?? '');
    const optionNumber = (await select.locator('option:checked').textContent())?.split('.')[0];
    await expect(page.locator('[data-lateral-card] [data-f="n"]')).toHaveText(optionNumber ?? '');
    for (const q of lesson.lateral.questions) {
      await tabTo(page, `[data-lateral-done][value="${q.id}"]`);
      await page.keyboard.press('Space');
      await expect(page.locator(`[data-lateral-done][value="${q.id}"]`)).toBeChecked();
    }
    const n = lesson.lateral.questions.length;
    await expect(page.locator('[data-progress-summary]')).toContainText(`${n} of ${n} questions answered`);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
    expect(stored.lateral.source).toBe(after);
  });
});

test.describe('printables', () => {
  test('handout and answer key print on at most two pages, on A4 and on Letter', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'PDF output does not depend on the viewport');
    const pages = async (format: 'A4' | 'Letter', which: string | null) => {
      await page.evaluate((w) => {
        if (w) document.documentElement.dataset.print = w;
        else delete document.documentElement.dataset.print;
      }, which);
      const pdf = await page.pdf({ format });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    for (const format of ['A4', 'Letter'] as const) {
      for (const which of ['handout', 'key']) {
        const n = await pages(format, which);
        expect(n, `${which} on ${format}`).toBeGreaterThanOrEqual(1);
        expect(n, `${which} on ${format}`).toBeLessThanOrEqual(2);
      }
      // The attribute is what trims the print: the whole lesson page is much longer.
      expect(await pages(format, null)).toBeGreaterThan(2);
    }
  });

  test('in print, only the chosen printable shows, without site chrome', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (document.documentElement.dataset.print = 'handout'));
    await expect(page.locator('#handout')).toBeVisible();
    await expect(page.locator('#key')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('#activity-email')).toBeHidden();
    await page.evaluate(() => (document.documentElement.dataset.print = 'key'));
    await expect(page.locator('#key')).toBeVisible();
    await expect(page.locator('#handout')).toBeHidden();
    for (const claim of lesson.claims) {
      await expect(page.locator(`#key [data-key-answer="${claim.id}"]`)).toHaveText(labelOf(expectedLevel(claim.ref)));
    }
  });

  test('on screen the printables are hidden until previewed; the Print buttons mark the page and print', async ({ page }) => {
    await expect(page.locator('#handout')).toBeHidden();
    await page.evaluate(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset.print ?? '');
    });
    await page.getByRole('button', { name: 'Print the answer key' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['key']);
    await page.getByRole('link', { name: 'student handout' }).click();
    await expect(page.locator('#handout')).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test('axe: no violations on load, after interacting, and in the handout preview', async ({ page }) => {
    test.setTimeout(120_000); // three full-page scans of a long page
    await expectNoAxeViolations(page);
    await page.locator('details[data-spot] > summary').first().click();
    const claim = page.locator('[data-claim]').first();
    await claim.locator('input[type=radio]').nth(2).check();
    await claim.locator('[data-check]').click();
    await page.locator('[data-lateral-done]').first().check();
    await expectNoAxeViolations(page);
    await page.goto(`${URL_PATH}#handout`);
    await expectNoAxeViolations(page);
  });

  test('dark mode: no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});

test.describe('progress', () => {
  test('is saved in this browser, survives a reload, and Reset clears it', async ({ page }) => {
    const claim = lesson.claims[0]!;
    const level = expectedLevel(claim.ref);
    await page.locator('details[data-spot="domain"] > summary').click();
    const item = page.locator(`[data-claim="${claim.id}"]`);
    await item.locator(`input[value="${level}"]`).check();
    await item.locator('[data-check]').click();
    await page.locator('[data-lateral-done][value="who"]').check();

    await page.reload();
    await expect(page.locator('details[data-spot="domain"]')).toHaveAttribute('open', '');
    await expect(item.locator(`input[value="${level}"]`)).toBeChecked();
    await expect(item.locator('[data-feedback]')).toHaveAttribute('data-result', 'right');
    await expect(page.locator('[data-lateral-done][value="who"]')).toBeChecked();
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored!)).toMatchObject({ spots: ['domain'], claims: { [claim.id]: { choice: level, checked: true } } });

    await page.getByRole('button', { name: 'Reset my answers' }).click();
    await expect(page.locator('[data-reset-status]')).toContainText('cleared');
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
    await expect(page.locator('details[data-spot="domain"]')).not.toHaveAttribute('open', '');
    await expect(item.locator(`input[value="${level}"]`)).not.toBeChecked();
    await expect(page.locator('[data-lateral-done][value="who"]')).not.toBeChecked();
    await page.reload();
    await expect(item.locator('input:checked')).toHaveCount(0);
    await expect(page.locator('[data-progress-summary]')).toContainText('0 of');
  });

  test('nothing leaves the browser: no request to another origin', async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    const offsite = recordOffsiteRequests(page, baseURL!);
    await page.goto(URL_PATH);
    await page.locator('details[data-spot] > summary').first().click();
    await page.locator('[data-claim] input[type=radio]').first().check();
    await page.locator('[data-check]').first().click();
    await page.locator('[data-lateral-select]').selectOption({ index: 3 });
    await page.waitForLoadState('networkidle');
    expect(offsite).toEqual([]);
    await page.close();
  });
});

test.describe('links into the story', () => {
  test('discussion questions link to story steps that exist', async ({ page }) => {
    const stepIds = new Set(stepsFile.steps.map((s) => s.id));
    const links = page.locator('[data-step-link]');
    await expect(links).toHaveCount(lesson.discussion.length);
    for (const q of lesson.discussion) {
      expect(stepIds.has(q.step)).toBe(true);
      await expect(page.locator(`[data-question="${q.id}"] [data-step-link]`)).toHaveAttribute('href', new RegExp(`/#${q.step}$`));
    }
    await page.goto('/');
    for (const q of lesson.discussion) await expect(page.locator(`[id="${q.step}"]`)).toHaveCount(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('questions and answers read well: answers are in disclosures that open without JS', async ({ page }) => {
    await page.goto(URL_PATH);
    await expect(page.locator('[data-check]').first()).toBeHidden();
    await expect(page.locator('[data-progress-panel]')).toBeHidden();
    for (const [i, claim] of lesson.claims.entries()) {
      const item = page.locator(`[data-claim="${claim.id}"]`);
      await expect(item.locator('legend')).toContainText(claim.claim);
      await expect(item.locator('[data-answer-details] .conf')).toHaveText(labelOf(expectedLevel(claim.ref)));
      if (i === 0) {
        await item.locator('[data-answer-details] > summary').click();
        await expect(item.locator('[data-answer-details] .conf')).toBeVisible();
      }
    }
    for (const spot of lesson.spots) {
      await page.locator(`details[data-spot="${spot.id}"] > summary`).click();
      await expect(page.locator(`details[data-spot="${spot.id}"] .spot-reveal`)).toBeVisible();
    }
    for (const q of lesson.discussion) await expect(page.locator(`[data-question="${q.id}"]`)).toContainText(q.question);
    for (const q of lesson.exitTicket) await expect(page.locator(`[data-question="${q.id}"]`)).toContainText(q.question);
    // The lateral-reading worked example is filled in at build time.
    await expect(page.locator('[data-lateral-card] [data-f="publisher"]')).not.toBeEmpty();
    await expect(page.locator('[data-lateral-picker]')).toBeHidden();
    // The printables can still be opened and printed from the browser.
    await page.getByRole('link', { name: 'answer key' }).click();
    await expect(page.locator('#key')).toBeVisible();
  });
});
