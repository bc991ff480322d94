// Browser enhancement of the classroom page: check buttons, spot links, source picker, progress in localStorage, print.
import { PROGRESS_KEY, emptyProgress, parseProgress, summarize, type Progress } from '../../lib/classroom/progress';
import type { LateralSource } from '../../lib/classroom/lateral';
import type { ConfidenceId } from '../../lib/data/schemas';

/* ---------- storage (never throws: storage can be disabled on school machines) ---------- */

function load(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress();
  }
}

function save(p: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    /* progress simply isn't kept */
  }
}

function clear(): void {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    /* nothing stored */
  }
}

/* ---------- setup ---------- */

function init(root: HTMLElement): void {
  let progress = load();
  const levelLabel = new Map(
    [...root.querySelectorAll<HTMLInputElement>('.claim input[type=radio]')].map((r) => [r.value, r.nextElementSibling?.textContent?.trim() ?? r.value]),
  );

  root.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-lateral-nojs]').forEach((el) => (el.hidden = true));

  const spotDetails = [...root.querySelectorAll<HTMLDetailsElement>('details[data-spot]')];
  const claimItems = [...root.querySelectorAll<HTMLElement>('[data-claim]')];
  const doneBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-lateral-done]')];
  const answers: Record<string, ConfidenceId> = Object.fromEntries(claimItems.map((c) => [c.dataset.claim!, c.dataset.answer as ConfidenceId]));
  const summaryEl = root.querySelector<HTMLElement>('[data-progress-summary]');

  const render = () => {
    if (!summaryEl) return;
    const s = summarize(progress, { spots: spotDetails.map((d) => d.dataset.spot!), answers, lateral: doneBoxes.map((b) => b.value) });
    summaryEl.textContent =
      `Activity 1: ${s.spotsOpened} of ${spotDetails.length} spots opened. ` +
      `Activity 2: ${s.claimsChecked} of ${claimItems.length} claims checked, ${s.claimsRight} right. ` +
      `Activity 3: ${s.lateralDone} of ${doneBoxes.length} questions answered.`;
  };
  const commit = () => {
    save(progress);
    render();
  };

  /* Activity 1: spots. Opening one records it; the numbered markers in the email open and focus their spot. */
  for (const d of spotDetails) {
    d.addEventListener('toggle', () => {
      const id = d.dataset.spot!;
      if (d.open && !progress.spots.includes(id)) {
        progress.spots.push(id);
        commit();
      }
    });
  }
  root.querySelectorAll<HTMLAnchorElement>('[data-spot-link]').forEach((a) =>
    a.addEventListener('click', (event) => {
      const d = spotDetails.find((x) => x.dataset.spot === a.dataset.spotLink);
      if (!d) return;
      event.preventDefault();
      d.open = true;
      d.querySelector('summary')?.focus();
    }),
  );

  /* Activity 2: claims. */
  const showFeedback = (item: HTMLElement, choice: string | undefined) => {
    const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
    const details = item.querySelector<HTMLDetailsElement>('[data-answer-details]')!;
    const answer = item.dataset.answer!;
    if (!choice) {
      feedback.textContent = 'Choose a level first.';
      feedback.dataset.result = 'none';
      return;
    }
    const right = choice === answer;
    feedback.dataset.result = right ? 'right' : 'wrong';
    feedback.textContent = right
      ? `✓ Right: ${levelLabel.get(answer)}.`
      : `✗ Not quite. You chose ${levelLabel.get(choice)}; the story rates it ${levelLabel.get(answer)}.`;
    details.open = true;
  };
  for (const item of claimItems) {
    const id = item.dataset.claim!;
    const radios = [...item.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    radios.forEach((r) =>
      r.addEventListener('change', () => {
        progress.claims[id] = { choice: r.value, checked: false };
        const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
        feedback.textContent = '';
        delete feedback.dataset.result;
        commit();
      }),
    );
    item.querySelector('[data-check]')?.addEventListener('click', () => {
      const choice = radios.find((r) => r.checked)?.value;
      showFeedback(item, choice);
      if (choice) {
        progress.claims[id] = { choice, checked: true };
        commit();
      }
    });
  }

  /* Activity 3: the source picker fills the card and notes from the embedded payload (text only, never markup). */
  const select = root.querySelector<HTMLSelectElement>('[data-lateral-select]');
  const payloadEl = root.querySelector('[data-lateral-payload]');
  const sources = payloadEl ? (JSON.parse(payloadEl.textContent ?? '{}') as Record<string, LateralSource>) : {};
  const fill = (id: string) => {
    const s = sources[id];
    if (!s) return;
    const section = root.querySelector('#activity-lateral')!;
    const text: Record<string, string | null> = {
      n: String(s.n),
      publisher: s.publisher,
      host: s.host,
      title: s.title,
      kindLabel: s.kindLabel,
      kindHint: s.kindHint,
      note: s.note,
      published: s.published,
      supports: s.supports,
      alongside: s.alongside.length ? s.alongside.map((a) => `${a.n}. ${a.publisher}`).join('; ') : null,
    };
    section.querySelectorAll<HTMLElement>('[data-f]').forEach((el) => {
      const key = el.dataset.f!;
      if (key === 'titleInferred') {
        el.hidden = !s.titleInferred;
        return;
      }
      el.textContent = text[key] ?? el.dataset.empty ?? '';
    });
    section.querySelectorAll<HTMLAnchorElement>('[data-href]').forEach((a) => {
      a.href = a.dataset.href === 'archiveUrl' ? s.archiveUrl : s.url;
    });
  };
  if (select) {
    const picker = root.querySelector<HTMLElement>('[data-lateral-picker]');
    if (picker) picker.hidden = false;
    select.addEventListener('change', () => {
      fill(select.value);
      progress.lateral.source = select.value;
      commit();
    });
  }
  for (const box of doneBoxes) {
    box.addEventListener('change', () => {
      const done = new Set(progress.lateral.done);
      if (box.checked) done.add(box.value);
      else done.delete(box.value);
      progress.lateral.done = [...done];
      commit();
    });
  }

  /* Restore saved progress into the controls. */
  const restore = () => {
    for (const d of spotDetails) d.open = progress.spots.includes(d.dataset.spot!);
    for (const item of claimItems) {
      const saved = progress.claims[item.dataset.claim!];
      const radios = [...item.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      radios.forEach((r) => (r.checked = r.value === saved?.choice));
      const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
      feedback.textContent = '';
      delete feedback.dataset.result;
      const details = item.querySelector<HTMLDetailsElement>('[data-answer-details]')!;
      details.open = false;
      if (saved?.checked) showFeedback(item, saved.choice);
    }
    if (select) {
      const id = progress.lateral.source && sources[progress.lateral.source] ? progress.lateral.source : select.dataset.default ?? select.value;
      select.value = id;
      fill(id);
    }
    for (const box of doneBoxes) box.checked = progress.lateral.done.includes(box.value);
    render();
  };
  if (select) select.dataset.default = select.value;
  restore();

  const status = root.querySelector<HTMLElement>('[data-reset-status]');
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    clear();
    progress = emptyProgress();
    restore();
    if (status) status.textContent = 'Your answers were cleared from this browser.';
  });
  const panel = root.querySelector<HTMLElement>('[data-progress-panel]');
  if (panel) panel.hidden = false;

  /* Printing: mark which printable to print, print, then unmark. CSS hides everything else. */
  root.querySelectorAll<HTMLButtonElement>('[data-print-target]').forEach((button) =>
    button.addEventListener('click', () => {
      document.documentElement.dataset.print = button.dataset.printTarget!;
      window.print();
    }),
  );
  window.addEventListener('afterprint', () => delete document.documentElement.dataset.print);
}

const root = document.querySelector<HTMLElement>('[data-classroom]');
if (root) init(root);
