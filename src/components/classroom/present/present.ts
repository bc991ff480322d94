// Projector view in the browser: one slide at a time, keyboard and clicker navigation, the slide in the URL hash,
// speaker notes on this screen (N) or in a notes window kept in step over a BroadcastChannel, and printing to PDF.

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

function init(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const count = deck.querySelector<HTMLElement>('[data-deck-count]');
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-deck-notes]');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel('proud-boys-classroom-present') : null;
  const html = document.documentElement;
  let current = 0;

  const show = (i: number, tell = true) => {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, k) => s.toggleAttribute('data-current', k === current));
    if (count) count.textContent = `${current + 1} / ${slides.length}`;
    history.replaceState(null, '', `${location.pathname}${location.search}#slide-${current + 1}`);
    if (tell) channel?.postMessage({ slide: current });
  };
  const fromHash = () => Number(/^#slide-(\d+)$/.exec(location.hash)?.[1] ?? 1) - 1;

  deck.dataset.live = '';
  if (new URLSearchParams(location.search).has('notes')) html.dataset.notesWindow = '';
  show(fromHash(), false);

  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    if (e.altKey || e.ctrlKey || e.metaKey || t?.closest('input, textarea, select, .deck-menu')) return;
    if (t?.closest('button, summary, a') && (e.key === ' ' || e.key === 'Enter')) return;
    if (NEXT.has(e.key)) show(current + 1);
    else if (PREV.has(e.key)) show(current - 1);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if (e.key === 'n' || e.key === 'N') toggleNotes();
    else return;
    e.preventDefault();
  });
  window.addEventListener('hashchange', () => show(fromHash()));
  channel?.addEventListener('message', (e: MessageEvent<{ slide?: number }>) => {
    if (typeof e.data?.slide === 'number') show(e.data.slide, false);
  });

  const toggleNotes = () => {
    const on = html.dataset.notes === undefined;
    if (on) html.dataset.notes = '';
    else delete html.dataset.notes;
    notesButton?.setAttribute('aria-pressed', String(on));
  };
  deck.querySelector('[data-deck-prev]')?.addEventListener('click', () => show(current - 1));
  deck.querySelector('[data-deck-next]')?.addEventListener('click', () => show(current + 1));
  notesButton?.addEventListener('click', toggleNotes);
  deck.querySelector('[data-deck-notes-window]')?.addEventListener('click', () => {
    window.open(`${location.pathname}?notes#slide-${current + 1}`, 'proud-boys-notes', 'width=1000,height=700');
  });
  deck.querySelector('[data-deck-print]')?.addEventListener('click', () => window.print());
}

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) init(deck);
