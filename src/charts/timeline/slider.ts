// Browser controller of the compact timeline (embeds): one event at a time; Previous/Next, arrow keys, Home/End, a
// swipe, or a tap or drag on the strip move between the events of the view; #event-<id> opens one; the live region
// says which (its date and headline, not the whole slide).
import type { GraphicStates, MountGraphic } from '../types';
import { onWidthChange } from '../../lib/scrolly';
import { inView } from './views';
import { rangeLabel } from './layout';
import { layoutStrip, nearestMarker, renderStrip, type StripEvent } from './strip';

type TimelineState = GraphicStates['timeline'];
type SlideEvent = StripEvent & { confidence: string; el: HTMLElement };

/** Pixels a finger must travel sideways, and how much more sideways than down, to count as a swipe. */
const SWIPE_PX = 40;
const SWIPE_RATIO = 1.5;

/** The event a URL fragment names: "#event-<id>", also inside WordPress's "#event-<id>#?secret=…". */
export function eventFromHash(hash: string): string | null {
  return /(?:^|#)event-([a-z0-9-]+)/.exec(hash)?.[1] ?? null;
}

function readEvents(root: HTMLElement): SlideEvent[] {
  return [...root.querySelectorAll<HTMLElement>('article.tl-slide')].map((el) => ({
    id: el.dataset.id ?? '',
    date: el.dataset.date ?? '',
    datePrecision: (el.dataset.precision ?? 'day') as StripEvent['datePrecision'],
    actorType: el.dataset.actor as StripEvent['actorType'],
    confidence: el.dataset.confidence ?? '',
    el,
  }));
}

export const mount: MountGraphic<'timeline'> = (root) => {
  const all = readEvents(root);
  const panel = root.querySelector<HTMLElement>('[data-tl-slides]')!;
  const strip = root.querySelector<HTMLElement>('[data-tl-strip]')!;
  const prev = root.querySelector<HTMLButtonElement>('[data-tl-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-tl-next]')!;
  const pos = root.querySelector<HTMLElement>('[data-tl-pos]');
  const range = root.querySelector<HTMLElement>('.tl-range');
  const live = root.querySelector<HTMLElement>('[data-tl-live]');
  let state = JSON.parse(root.dataset.state ?? '{"view":"all"}') as TimelineState;
  let set: SlideEvent[] = [];
  let at = 0;

  const inSet = (view: TimelineState['view']): SlideEvent[] =>
    all.filter((e) => inView({ id: e.id, date: e.date, actorType: e.actorType, confidence: e.confidence as never }, view));

  const drawStrip = (): void => {
    const width = Math.round(strip.clientWidth);
    if (width > 0) strip.innerHTML = renderStrip(layoutStrip(set, width, at));
  };

  /**
   * Shows the whole account when it fits the panel; else without the summary; else without who acted (both linked
   * on the site). Text is shown whole or not at all, never cut.
   */
  const fit = (slide: HTMLElement): void => {
    const overflows = (): boolean => panel.scrollHeight > panel.clientHeight + 1;
    slide.classList.remove('is-brief', 'is-briefer');
    if (!overflows()) return;
    slide.classList.add('is-brief');
    if (overflows()) slide.classList.replace('is-brief', 'is-briefer');
  };

  const show = (i: number, opts: { announce: boolean }): void => {
    const target = set[Math.min(Math.max(i, 0), set.length - 1)];
    if (!target) return;
    const old = all.find((e) => !e.el.hidden);
    at = set.indexOf(target);
    if (old !== target) {
      if (old) old.el.hidden = true;
      target.el.hidden = false;
      target.el.classList.remove('is-entering');
      if (opts.announce) {
        void target.el.offsetWidth; // restart the fade for a new event
        target.el.classList.add('is-entering');
      }
    }
    fit(target.el);
    state = { ...state, focus: target.id };
    root.dataset.current = target.id;
    root.dataset.state = JSON.stringify(state);
    prev.disabled = at === 0;
    next.disabled = at === set.length - 1;
    const where = `Event ${at + 1} of ${set.length}`;
    if (pos) pos.textContent = where;
    drawStrip();
    if (opts.announce && live) {
      const when = target.el.querySelector('time')?.textContent?.trim() ?? '';
      const headline = target.el.querySelector('.tl-slide-headline')?.textContent?.trim() ?? '';
      live.textContent = `${where}. ${when}: ${headline}`;
    }
  };

  const setView = (view: TimelineState['view'], focus?: string): void => {
    state = { view };
    set = inSet(view);
    root.dataset.view = view;
    if (range) range.textContent = `${rangeLabel(set)} · ${set.length} event${set.length === 1 ? '' : 's'}`;
    const i = focus ? set.findIndex((e) => e.id === focus) : 0;
    show(Math.max(i, 0), { announce: false });
  };

  /** #event-<id>: that event, in the whole timeline when the view does not hold it. */
  const openFromHash = (): void => {
    const id = eventFromHash(location.hash);
    if (!id || !all.some((e) => e.id === id)) return;
    if (!set.some((e) => e.id === id)) setView('all', id);
    else show(set.findIndex((e) => e.id === id), { announce: false });
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const to =
      event.key === 'ArrowRight' ? at + 1
      : event.key === 'ArrowLeft' ? at - 1
      : event.key === 'Home' ? 0
      : event.key === 'End' ? set.length - 1
      : null;
    if (to === null) return;
    event.preventDefault();
    if (to !== at && to >= 0 && to < set.length) show(to, { announce: true });
  };

  // Swipes on the panel (touch and pen; a mouse drag selects text as usual).
  let swipe: { x: number; y: number; id: number } | null = null;
  const onPanelDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse') swipe = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };
  const onPanelUp = (e: PointerEvent): void => {
    if (!swipe || swipe.id !== e.pointerId) return;
    const dx = e.clientX - swipe.x;
    const dy = e.clientY - swipe.y;
    swipe = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy) * SWIPE_RATIO) show(at + (dx < 0 ? 1 : -1), { announce: true });
  };
  const onPanelCancel = (): void => {
    swipe = null;
  };

  // A tap on the strip picks the nearest event; a drag scrubs along it.
  let scrubbing = -1;
  const pick = (e: PointerEvent, announce: boolean): void => {
    const x = e.clientX - strip.getBoundingClientRect().left;
    const i = nearestMarker(layoutStrip(set, Math.round(strip.clientWidth), at), x);
    if (i !== at || announce) show(i, { announce });
  };
  const onStripDown = (e: PointerEvent): void => {
    scrubbing = e.pointerId;
    strip.setPointerCapture(e.pointerId);
    pick(e, false);
  };
  const onStripMove = (e: PointerEvent): void => {
    if (scrubbing === e.pointerId) pick(e, false);
  };
  const onStripUp = (e: PointerEvent): void => {
    if (scrubbing !== e.pointerId) return;
    scrubbing = -1;
    pick(e, true);
  };

  const onPrev = (): void => show(at - 1, { announce: true });
  const onNext = (): void => show(at + 1, { announce: true });

  setView(state.view, state.focus);
  openFromHash();
  const stopWidth = onWidthChange(root, () => show(at, { announce: false }));
  // Every listener, added here and removed by destroy().
  const listeners: Array<[EventTarget, string, EventListener]> = [
    [prev, 'click', onPrev],
    [next, 'click', onNext],
    [panel, 'keydown', onKey as EventListener],
    [panel, 'pointerdown', onPanelDown as EventListener],
    [panel, 'pointerup', onPanelUp as EventListener],
    [panel, 'pointercancel', onPanelCancel],
    [strip, 'pointerdown', onStripDown as EventListener],
    [strip, 'pointermove', onStripMove as EventListener],
    [strip, 'pointerup', onStripUp as EventListener],
    [window, 'hashchange', openFromHash],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  root.dataset.ready = '';

  return {
    get state() {
      return state;
    },
    setState(s: TimelineState) {
      // A new view keeps the event shown when the view holds it (a deep link with ?state=).
      if (s.view !== state.view) setView(s.view, s.focus ?? state.focus);
      else if (s.focus) show(set.findIndex((e) => e.id === s.focus), { announce: false });
    },
    destroy() {
      stopWidth();
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
    },
  };
};
