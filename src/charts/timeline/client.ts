// Browser controller of the timeline: re-lays out and moves the compact chart (stage), or runs the explore list (filters, keys, deep links).
import type { GraphicStates, MountGraphic, UpdateOptions } from '../types';
import { onWidthChange } from '../../lib/scrolly';
import { createMemo } from '../../lib/memo';
import { layoutTimeline, type Scene, type StageEvent } from './layout';
import { eventInner, staticMarkup } from './render';
import { MIN_SIZE, SSR_SIZE } from './size';
import { inView } from './views';
import { gapBetween, gapRem } from './meta';
import { readFilters, writeFilters, type TimelineFilters } from './filters';

type TimelineState = GraphicStates['timeline'];

/** A state's scene at one size, with the markup its draw writes (axis, and each event's inside). */
interface Drawing {
  scene: Scene;
  axis: string;
  inners: Map<string, string>;
}

export const mount: MountGraphic<'timeline'> = (root) =>
  root.dataset.variant === 'explore' ? mountList(root) : mountCompact(root);

/** Records the drawn state on the root, as the story and the tests read it. */
function recordState(root: HTMLElement, state: TimelineState): void {
  root.dataset.view = state.view;
  root.dataset.state = JSON.stringify(state);
}

/* ---------- compact chart: keyed, idempotent, interruptible ---------- */

/** Fades new markup in (an animation, so starting it needs no forced layout); 0 ms does nothing. */
function fadeIn(el: Element, duration: number): void {
  if (duration > 0) el.animate([{ opacity: 0 }, { opacity: 1 }], { duration, easing: 'linear' });
}

function mountCompact(root: HTMLElement) {
  let current = JSON.parse(root.dataset.state ?? '{"view":"all"}') as TimelineState;
  const svg = root.querySelector<SVGSVGElement>('svg.tl-svg')!;
  const staticG = svg.querySelector<SVGGElement>('.tl-static')!;
  const eventsG = svg.querySelector<SVGGElement>('.tl-events')!;
  const events = JSON.parse(root.querySelector('[data-tl-payload]')?.textContent ?? '[]') as StageEvent[];
  const slot = root.parentElement ?? root;
  let size: { width: number; height: number } = { width: SSR_SIZE.width, height: SSR_SIZE.height };
  const keyOf = (state: TimelineState): string => `${JSON.stringify(state)}|${size.width}x${size.height}`;
  let drawnKey = keyOf(current);
  let timer = 0;
  /** The inner markup last written to each group (the server's, until a draw rewrites it). */
  const markup = new WeakMap<Element, string>();
  /** Layouts and markup of the states around the active step, worked out ahead (see prepare). */
  const drawings = createMemo<Drawing>(4);
  const drawingFor = (state: TimelineState): Drawing =>
    drawings.get(keyOf(state), () => {
      const scene = layoutTimeline(events, state, size);
      return { scene, axis: staticMarkup(scene), inners: new Map(scene.events.map((e) => [e.id, eventInner(e)])) };
    });

  const measure = (): boolean => {
    const w = Math.round(slot.clientWidth);
    const h = Math.round(slot.clientHeight);
    if (w === 0 || h === 0) return false;
    size = { width: Math.max(w, MIN_SIZE.width), height: Math.max(h, MIN_SIZE.height) };
    return true;
  };

  const finish = (): void => {
    clearTimeout(timer);
    timer = 0;
    svg.removeAttribute('data-transitioning');
    for (const el of eventsG.querySelectorAll('.tl-ev.is-leaving')) el.remove();
  };

  const draw = ({ scene, axis, inners }: Drawing, duration: number): void => {
    finish();
    svg.style.setProperty('--tl-ms', `${duration}ms`);
    svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
    svg.dataset.view = scene.view;
    if (scene.focus) svg.dataset.focus = scene.focus;
    else delete svg.dataset.focus;
    // Markup is rewritten only where it changed: re-parsing and re-laying out unchanged SVG text is
    // most of a step's cost on a slow phone.
    if (markup.get(staticG) !== axis) {
      markup.set(staticG, axis);
      staticG.innerHTML = axis;
      fadeIn(staticG, duration);
    }
    const existing = new Map([...eventsG.querySelectorAll<SVGGElement>('.tl-ev')].map((el) => [el.dataset.id ?? '', el]));
    let focusEl: SVGGElement | null = null;
    for (const e of scene.events) {
      let el = existing.get(e.id);
      existing.delete(e.id);
      if (!el) {
        eventsG.insertAdjacentHTML('beforeend', `<g class="tl-ev" data-id="${e.id.replace(/[^a-z0-9-]/g, '')}"></g>`);
        el = eventsG.lastElementChild as SVGGElement;
        // A new event fades in where it belongs.
        fadeIn(el, duration);
      }
      el.classList.toggle('is-focus', e.focus);
      el.style.transform = `translate(${e.x}px,${e.y}px)`;
      const inner = inners.get(e.id) ?? '';
      if (markup.get(el) !== inner) {
        markup.set(el, inner);
        el.innerHTML = inner;
      }
      if (e.focus) focusEl = el;
    }
    for (const el of existing.values()) {
      if (duration > 0) el.classList.add('is-leaving');
      else el.remove();
    }
    if (focusEl && focusEl !== eventsG.lastElementChild) eventsG.appendChild(focusEl);
    if (duration > 0) {
      svg.setAttribute('data-transitioning', '');
      timer = window.setTimeout(finish, duration);
    }
  };

  const render = (state: TimelineState, duration: number): void => {
    const key = keyOf(state);
    if (key === drawnKey) return;
    drawnKey = key;
    draw(drawingFor(state), duration);
  };

  if (measure()) render(current, 0);
  const stopWidth = onWidthChange(slot, () => {
    if (measure()) render(current, 0);
  });

  return {
    get state() {
      return current;
    },
    setState(state: TimelineState, options: UpdateOptions) {
      current = state;
      recordState(root, state);
      if (size.width === SSR_SIZE.width && size.height === SSR_SIZE.height) measure();
      render(state, options.duration);
    },
    prepare(state: TimelineState) {
      if (keyOf(state) !== drawnKey) drawingFor(state);
    },
    destroy() {
      finish();
      stopWidth();
    },
  };
}

/* ---------- explore list: filters in the URL, one tab stop, arrow keys, deep links ---------- */

function mountList(root: HTMLElement) {
  let current = JSON.parse(root.dataset.state ?? '{"view":"all"}') as TimelineState;
  const controls = root.querySelector<HTMLElement>('[data-tl-controls]');
  const list = root.querySelector<HTMLOListElement>('[data-tl-list]')!;
  const live = root.querySelector<HTMLElement>('[data-tl-live]');
  const countEl = root.querySelector<HTMLElement>('[data-tl-count]');
  const chips = [...root.querySelectorAll<HTMLButtonElement>('[data-filter]')];
  const items = [...list.querySelectorAll<HTMLLIElement>('li.tl-item')];
  const articleOf = (li: HTMLLIElement): HTMLElement => li.querySelector<HTMLElement>('.tl-event')!;
  let filters: TimelineFilters = readFilters(location.search);
  let active: HTMLLIElement | null = null;

  const visible = (): HTMLLIElement[] => items.filter((li) => !li.hidden);

  /** Only the active event is a tab stop; the links of the others leave the tab order (one stop for the chart). */
  const setActive = (li: HTMLLIElement | null): void => {
    active = li;
    // Only what changes is written: this runs over the whole list, and every write to an item
    // makes the browser style it again (and lay out events that are off screen).
    const setTab = (el: HTMLElement, value: number): void => {
      if (el.tabIndex !== value || !el.hasAttribute('tabindex')) el.tabIndex = value;
    };
    for (const it of items) {
      const isActive = it === li;
      const article = articleOf(it);
      setTab(article, isActive ? 0 : -1);
      article.classList.toggle('is-current', isActive && root.dataset.highlight === it.dataset.id);
      for (const a of article.querySelectorAll<HTMLElement>('a, button')) setTab(a, isActive ? 0 : -1);
    }
  };

  const announce = (li: HTMLLIElement): void => {
    const date = li.querySelector('time')?.textContent?.trim() ?? '';
    const headline = li.querySelector('.tl-headline')?.textContent?.trim() ?? '';
    if (live) live.textContent = `${date}: ${headline}`;
  };

  const open = (li: HTMLLIElement, options: { focus: boolean; scroll: boolean }): void => {
    root.dataset.highlight = li.dataset.id ?? '';
    setActive(li);
    const article = articleOf(li);
    if (options.focus) article.focus({ preventScroll: true });
    if (options.scroll) article.scrollIntoView({ block: 'nearest' });
  };

  const apply = (): void => {
    let shown = 0;
    let prev: HTMLLIElement | null = null;
    for (const li of items) {
      const e = {
        id: li.dataset.id ?? '',
        date: li.dataset.date ?? '',
        datePrecision: (li.dataset.precision ?? 'day') as 'day' | 'month' | 'year',
        actorType: li.dataset.actor as never,
        confidence: li.dataset.confidence as never,
      };
      const show = filters.actor.has(e.actorType) && filters.confidence.has(e.confidence) && inView(e, current.view);
      if (li.hidden === show) li.hidden = !show;
      if (!show) continue;
      shown++;
      // Gaps are between the events still shown, so "3 months later" stays true under a filter.
      // The server wrote the gaps of the unfiltered list: most of the time nothing here changes.
      const gapEl = li.querySelector<HTMLElement>('[data-tl-gap]');
      const gap = prev ? gapBetween({ date: prev.dataset.date ?? '', datePrecision: (prev.dataset.precision ?? 'day') as 'day' }, e) : null;
      const rem = `${gap ? gapRem(gap.days) : 0}rem`;
      if (li.style.getPropertyValue('--gap') !== rem) li.style.setProperty('--gap', rem);
      const label = gap?.label ?? '';
      if (gapEl && gapEl.textContent !== label) gapEl.textContent = label;
      if (gapEl && gapEl.hidden !== !label) gapEl.hidden = !label;
      prev = li;
    }
    const count = shown === items.length ? `Showing all ${items.length} events` : `Showing ${shown} of ${items.length} events`;
    if (countEl && countEl.textContent !== count) countEl.textContent = count;
    for (const chip of chips) {
      const set = chip.dataset.filter === 'actor' ? filters.actor : filters.confidence;
      chip.setAttribute('aria-pressed', String(set.has(chip.dataset.value as never)));
    }
    if (!active || active.hidden) setActive(visible()[0] ?? null);
  };

  const writeUrl = (): void => {
    const search = writeFilters(location.search, filters);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const onChip = (event: Event): void => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('[data-filter]');
    if (!chip) return;
    const set = (chip.dataset.filter === 'actor' ? filters.actor : filters.confidence) as Set<string>;
    const value = chip.dataset.value ?? '';
    if (set.has(value)) set.delete(value);
    else set.add(value);
    apply();
    writeUrl();
  };
  const onReset = (): void => {
    filters = readFilters('');
    apply();
    writeUrl();
  };

  const onKey = (event: KeyboardEvent): void => {
    const article = (event.target as Element).closest<HTMLElement>('.tl-event');
    if (!article || event.target !== article || event.altKey || event.ctrlKey || event.metaKey) return;
    const shown = visible();
    const at = shown.indexOf(article.parentElement as HTMLLIElement);
    const target =
      event.key === 'ArrowDown' || event.key === 'ArrowRight' ? shown[Math.min(at + 1, shown.length - 1)]
      : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? shown[Math.max(at - 1, 0)]
      : event.key === 'Home' ? shown[0]
      : event.key === 'End' ? shown.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault();
    if (target === active) return;
    open(target, { focus: true, scroll: true });
    announce(target);
  };
  const onFocusIn = (event: FocusEvent): void => {
    const li = (event.target as Element).closest<HTMLLIElement>('li.tl-item');
    if (li && li !== active) setActive(li);
  };

  /** #event-<id> opens that event: shown (filters cleared if they hid it), scrolled to, highlighted, focused. */
  const openFromHash = (hash: string = location.hash): void => {
    const m = /^#event-([a-z0-9-]+)$/.exec(hash);
    const li = m ? items.find((it) => it.dataset.id === m[1]) : undefined;
    if (!li) return;
    if (li.hidden) {
      filters = readFilters('');
      current = { view: 'all' };
      recordState(root, current);
      apply();
      writeUrl();
    }
    open(li, { focus: true, scroll: false });
    articleOf(li).scrollIntoView({ block: 'start' });
  };

  if (controls) controls.hidden = false;
  root.querySelector('[data-tl-keys]')?.removeAttribute('hidden');
  apply();
  setActive(visible()[0] ?? null);
  // The browser's own jump to the fragment (the <li>, not focusable) resets focus once the page has
  // loaded, and the story rewrites the hash to its active step: so remember the hash now, open the
  // event at once, and give it focus again after load.
  const initialHash = location.hash;
  openFromHash(initialHash);
  const onLoad = (): void => {
    requestAnimationFrame(() => openFromHash(initialHash));
  };
  if (initialHash.startsWith('#event-')) {
    if (document.readyState === 'complete') onLoad();
    else addEventListener('load', onLoad, { once: true });
  }
  const onHashChange = (): void => openFromHash();
  root.addEventListener('click', onChip);
  root.querySelector('[data-tl-reset]')?.addEventListener('click', onReset);
  list.addEventListener('keydown', onKey);
  list.addEventListener('focusin', onFocusIn);
  addEventListener('hashchange', onHashChange);

  return {
    get state() {
      return current;
    },
    setState(state: TimelineState) {
      current = state;
      recordState(root, state);
      apply();
      const li = state.focus ? items.find((it) => it.dataset.id === state.focus && !it.hidden) : undefined;
      if (li) {
        root.dataset.highlight = li.dataset.id ?? '';
        setActive(li);
      }
    },
    destroy() {
      root.removeEventListener('click', onChip);
      root.querySelector('[data-tl-reset]')?.removeEventListener('click', onReset);
      list.removeEventListener('keydown', onKey);
      list.removeEventListener('focusin', onFocusIn);
      removeEventListener('hashchange', onHashChange);
      removeEventListener('load', onLoad);
    },
  };
}
