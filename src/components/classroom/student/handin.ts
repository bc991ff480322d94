// Handing in: copy the answers as plain text (with a select-and-copy box when the clipboard is blocked), print them on
// one page, and start over only after a second, explicit yes.
import { answersText, type LessonOutline, type StudentProgress } from '../../../lib/classroom/studentProgress';

const today = () => new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

export function setupHandIn(root: HTMLElement, progress: () => StudentProgress, outline: LessonOutline, reset: () => void): void {
  const status = root.querySelector<HTMLElement>('[data-hand-in-status]');
  const box = root.querySelector<HTMLElement>('[data-answers-text-box]');
  const area = root.querySelector<HTMLTextAreaElement>('[data-answers-text]');
  const say = (text: string) => status && (status.textContent = text);

  root.querySelector('[data-copy-answers]')?.addEventListener('click', async () => {
    const text = answersText(progress(), outline, today());
    if (area) area.value = text;
    try {
      await navigator.clipboard.writeText(text);
      say('Copied. Paste your answers where your teacher asked (Ctrl+V, or ⌘V on a Mac).');
    } catch {
      if (box) box.hidden = false;
      area?.focus();
      area?.select();
      say('Your browser blocked copying. Your answers are selected in the box below: press Ctrl+C (or ⌘C) to copy them.');
    }
  });

  root.querySelector('[data-print-answers]')?.addEventListener('click', () => {
    const pre = root.querySelector<HTMLElement>('[data-my-answers-pre]');
    if (pre) pre.textContent = answersText(progress(), outline, today());
    document.documentElement.dataset.print = 'answers';
    window.print();
  });
  window.addEventListener('afterprint', () => delete document.documentElement.dataset.print);

  const confirm = root.querySelector<HTMLElement>('[data-reset-confirm]');
  const ask = root.querySelector<HTMLButtonElement>('[data-reset]');
  ask?.addEventListener('click', () => {
    if (!confirm) return;
    confirm.hidden = false;
    ask.setAttribute('aria-expanded', 'true');
    confirm.querySelector<HTMLButtonElement>('[data-reset-no]')?.focus();
  });
  ask?.setAttribute('aria-expanded', 'false');
  root.querySelector('[data-reset-no]')?.addEventListener('click', () => {
    if (confirm) confirm.hidden = true;
    ask?.setAttribute('aria-expanded', 'false');
    ask?.focus();
  });
  root.querySelector('[data-reset-yes]')?.addEventListener('click', reset);
  if (new URLSearchParams(location.search).has('cleared')) {
    const done = root.querySelector<HTMLElement>('[data-reset-status]');
    if (done) done.textContent = 'Your answers were cleared from this browser.';
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
  }
}
