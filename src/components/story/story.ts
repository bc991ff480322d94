// Story controller: drives the sticky stage from the active step, keeps the URL hash, progress and live region.
import { createScrolly, onWidthChange, type Scrolly } from '../../lib/scrolly';
import { chartDuration } from '../../lib/motion';
import { motion } from '../../styles/tokens';
import { mountGraphic } from '../../charts/client';
import type { GraphicController } from '../../charts/types';
import { SHORT_SCREEN_QUERY, exploreSlotHolding, readScrollPreference, scrollMode, showExploreFigure, showStepFigures, writeScrollPreference } from './preference';

interface StepInfo {
  el: HTMLElement;
  id: string;
  graphic: string;
  section: string;
  heading: string;
  state: unknown;
}

/** How long the reader stays on a step before the URL names it (ms). */
const URL_PAUSE_MS = 250;
/** How long the reader stays on a step before the live region names it (ms): a fling passes steps unannounced. */
const ANNOUNCE_PAUSE_MS = 1000;

/**
 * Where the trigger line sits: mid-screen on desktops; on phones just below the picture at the top of
 * the stage, where a step's card arrives as it rises over the graphic.
 */
function triggerPx(stage: HTMLElement): number {
  const vh = window.visualViewport?.height ?? window.innerHeight;
  if (window.matchMedia('(min-width: 64rem)').matches) return Math.round(vh * 0.5);
  const picture = stage.querySelector('[data-stage-slot]')?.getBoundingClientRect();
  const bottom = picture && picture.height > 0 ? picture.bottom : stage.getBoundingClientRect().top + vh * 0.5;
  return Math.round(Math.min(Math.max(bottom, 0) + 16, vh * 0.9));
}

/** Sets up one story element. Returns a teardown function. Safe to call once per `.story`. */
export function initStory(root: HTMLElement): () => void {
  const html = document.documentElement;
  const stage = root.querySelector<HTMLElement>('[data-stage]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const progressN = root.querySelector<HTMLElement>('[data-progress-n]');
  const progressSection = root.querySelector<HTMLElement>('[data-progress-section]');
  const switchEl = root.querySelector<HTMLButtonElement>('[data-scroll-switch]')!;
  const nav = root.querySelector<HTMLElement>('[data-story-nav]')!;
  const steps: StepInfo[] = [...root.querySelectorAll<HTMLElement>('[data-step]')].map((el) => ({
    el,
    id: el.id,
    graphic: el.dataset.graphic ?? '',
    section: el.dataset.section ?? '',
    heading: el.querySelector('.step-heading')?.textContent?.trim() ?? '',
    state: JSON.parse(el.dataset.state ?? '{}') as unknown,
  }));
  const debug = new URLSearchParams(location.search).has('debug');

  // Controllers are created on demand: a stage graphic when a step first needs it, an explore
  // figure when it comes near the viewport. Until then the server-rendered SVG is what shows.
  const controllers = new Map<string, Promise<GraphicController | null>>();
  const stageController = (graphic: string): Promise<GraphicController | null> => {
    let c = controllers.get(graphic);
    if (!c) {
      const el = root.querySelector<HTMLElement>(`[data-stage-slot="${graphic}"] > .graphic`);
      c = el ? mountGraphic(el) : Promise.resolve(null);
      controllers.set(graphic, c);
    }
    return c;
  };
  // The explore figures (the only keyboard-interactive copies) are mounted when they come within a
  // screen and a half of the viewport, when focus enters them (a reader tabbing ahead), or at once
  // when the URL points into one (#event-…). Until then their server-rendered markup is what shows.
  const explorers: Array<Promise<GraphicController | null>> = [];
  const exploreSlots = [...root.querySelectorAll<HTMLElement>('.explore-slot')];
  const mountExplore = (slot: HTMLElement): void => {
    // A collapsed figure waits until the reader opens it (its content has no size until then).
    const details = slot.querySelector<HTMLDetailsElement>('details[data-explore-details]');
    if (details && !details.open) return;
    showExploreFigure(slot);
    const g = slot.querySelector<HTMLElement>('.graphic[data-graphic]');
    if (!g || slot.dataset.mounted !== undefined) return;
    slot.dataset.mounted = '';
    slot.removeEventListener('focusin', onSlotFocus);
    exploreNear.unobserve(slot);
    explorers.push(
      mountGraphic(g).then((c) => {
        if (c) g.dataset.ready = ''; // interactive from now on (tests wait for it)
        return c;
      }),
    );
  };
  function onSlotFocus(this: HTMLElement): void {
    mountExplore(this);
  }
  const exploreNear = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) mountExplore(e.target as HTMLElement);
    },
    { rootMargin: '150% 0px' },
  );
  // A link into a collapsed part (#event-…, #source-…, a citation) opens it, then lands on its target.
  const openTarget = (): HTMLElement | null => {
    const id = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : '';
    // A target inside a figure that is still text: its markup is made first.
    const holder = id && !document.getElementById(id) ? exploreSlotHolding(root, id) : null;
    if (holder) showExploreFigure(holder);
    const target = id ? document.getElementById(id) : null;
    const closed = target?.closest<HTMLDetailsElement>('details:not([open])');
    if (target && closed) {
      closed.open = true;
      target.scrollIntoView({ block: 'start' });
    }
    return target;
  };
  const targetSlot = openTarget()?.closest<HTMLElement>('.explore-slot') ?? null;
  // A shared link to a filtered timeline (?actor=…, ?confidence=…) opens the timeline with its filters.
  const query = new URLSearchParams(location.search);
  if (query.has('actor') || query.has('confidence')) {
    const details = root.querySelector<HTMLDetailsElement>('.explore-slot[data-explore-for="timeline"] details[data-explore-details]');
    if (details) {
      showExploreFigure(details);
      details.open = true;
    }
  }
  const onToggle = (event: Event): void => {
    const slot = (event.target as HTMLElement).closest<HTMLElement>('.explore-slot');
    if (slot && (event.target as HTMLDetailsElement).open) mountExplore(slot);
  };
  for (const slot of exploreSlots) {
    slot.querySelector('details[data-explore-details]')?.addEventListener('toggle', onToggle);
    if (slot === targetSlot) mountExplore(slot);
    else {
      slot.addEventListener('focusin', onSlotFocus);
      exploreNear.observe(slot);
    }
  }
  // While an explore figure reaches the upper half of the screen (where the sticky stage sits on
  // phones, and would cover it), the stage steps aside; a figure only peeking in at the bottom leaves
  // the stage showing the active step.
  const onScreen = new Set<Element>();
  // Only for a figure that comes after the active step: once the reader is on a later step, the
  // stage shows that step even while the figure's tail is still at the top.
  function updateAway(): void {
    const active = steps[activeIndex]?.el;
    const ahead = [...onScreen].some((slot) => !active || (active.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    stage.toggleAttribute('data-away', ahead);
  }
  const exploreWatch = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) onScreen.add(e.target);
        else onScreen.delete(e.target);
      }
      updateAway();
    },
    { rootMargin: '0px 0px -50% 0px' },
  );
  root.querySelectorAll('.explore-slot').forEach((slot) => exploreWatch.observe(slot));

  // A deep link to something other than a step (#event-…, #source-…) keeps its hash until the reader
  // scrolls, taps or types: the page it points into may still be loading the code that opens it.
  let keepForeignHash = location.hash.length > 1 && !steps.some((s) => `#${s.id}` === location.hash);
  const HOLD_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const releaseHash = (): void => {
    keepForeignHash = false;
    for (const type of HOLD_EVENTS) removeEventListener(type, releaseHash);
  };
  const holdHash = (): void => {
    keepForeignHash = true;
    for (const type of HOLD_EVENTS) addEventListener(type, releaseHash, { once: true, passive: true });
  };
  if (keepForeignHash) holdHash();
  // An in-page link to a non-step target (a citation to #source-…) keeps its hash the same way.
  const onHashChange = (): void => {
    if (location.hash.length > 1 && !steps.some((st) => `#${st.id}` === location.hash)) holdHash();
    openTarget();
  };
  addEventListener('hashchange', onHashChange);
  /*
   * The live region speaks once per step the reader settles on, not during a fling, and never while
   * focus is inside that step (a screen reader is already reading it). It names the step's place and
   * section, not its heading, which the reader reaches anyway. The Next/Previous buttons keep focus, so
   * they announce at once, heading included.
   */
  let announceTimer = 0;
  const announce = (index: number, withHeading: boolean): void => {
    const step = steps[index];
    if (!step) return;
    const where = `Step ${index + 1} of ${steps.length}, ${step.section}`;
    live.textContent = withHeading ? `${where}: ${step.heading}` : where;
  };
  const announceLater = (index: number): void => {
    clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      const step = steps[index];
      if (activeIndex !== index || !step || step.el.contains(document.activeElement)) return;
      announce(index, false);
    }, ANNOUNCE_PAUSE_MS);
  };
  let scrolly: Scrolly | null = null;
  /** Index of the step drawn last (-1: above the first step). */
  let activeIndex = -1;
  /** Graphics whose controller has drawn at least once (their first draw is a jump, not a transition). */
  const drawn = new Set<string>();
  /** When each graphic last left the stage (performance.now()): it fades out for motion.uiMs after. */
  const leftAt = new Map<string, number>();
  let stopWidth: (() => void) | null = null;
  let first = true;
  let urlTimer = 0;
  /** When the active step last changed (performance.now()). */
  let lastChangeAt = -Infinity;

  const show = (index: number, previous: number): void => {
    steps.forEach((s, i) => s.el.classList.toggle('is-active', i === index));
    const step = steps[index] ?? steps[0];
    if (!step) return;
    root.dataset.activeStep = index >= 0 ? step.id : '';
    activeIndex = index;
    updateAway();
    const leaving = stage.dataset.graphic;
    if (leaving && leaving !== step.graphic) leftAt.set(leaving, performance.now());
    stage.dataset.graphic = step.graphic;
    // A jump (first paint, deep link, skipping several steps) draws at once; a neighbour step animates,
    // unless the reader is flicking through faster than a transition lasts: each state then lands at
    // once (a transition cancelled before it ends shows nothing and costs frames on slow phones).
    const now = performance.now();
    const hurried = now - lastChangeAt < motion.chartMs;
    lastChangeAt = now;
    const jump = first || previous < 0 || Math.abs(index - previous) > 1 || hurried;
    const target = index;
    void stageController(step.graphic).then((controller) => {
      // The chart draws in a task of its own, not inside the scroll frame that found the new step:
      // two short tasks instead of one long one on slow phones.
      setTimeout(() => {
        // The chart may have loaded after the reader moved on: draw only the state still wanted.
        if (!controller || activeIndex !== target) return;
        const firstDraw = !drawn.has(step.graphic);
        drawn.add(step.graphic);
        // A graphic that already shows this state (drawn ahead while hidden, see prepareAround) is
        // left alone: its slot only has to appear.
        const ready = !firstDraw && JSON.stringify(controller.state) === JSON.stringify(step.state);
        if (!ready) controller.setState(step.state as never, { duration: firstDraw ? 0 : chartDuration(jump) });
        // The stage copy now shows what the browser drew (tests wait for it).
        if (firstDraw) root.querySelector(`[data-stage-slot="${step.graphic}"] > .graphic`)?.setAttribute('data-drawn', '');
        if (firstDraw && drawn.size === 1) performance.mark('graphics-ready');
        prepareAround(target);
      }, 0);
    });
    // Fetch the code of the graphics the next steps will need.
    for (const next of steps.slice(index + 1, index + 3)) if (next.graphic !== step.graphic) void stageController(next.graphic);
    if (progressN) progressN.textContent = String(Math.max(index, 0) + 1);
    if (progressSection) progressSection.textContent = step.section;
    // Past the end of the story (the Sources list, the footer) the URL no longer names a step.
    const inStory = root.getBoundingClientRect().bottom > triggerPx(stage);
    if (index >= 0 && !keepForeignHash && inStory) {
      if (!first) announceLater(index);
      // The URL follows once the reader pauses: a history write costs a slow phone part of a frame,
      // and a fast scroll passes several steps.
      clearTimeout(urlTimer);
      urlTimer = window.setTimeout(() => {
        if (activeIndex === index && !keepForeignHash && location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
      }, first ? 0 : URL_PAUSE_MS);
    }
    first = false;
  };

  /*
   * While the browser is idle after a step is drawn, the charts work out the states of the steps
   * around it (the next, the one before, the one after next), one per idle period: the scroll that
   * reaches one of them then only writes to the page. A newer step drops the older queue.
   * A hidden graphic that the next (or the previous) step brings back goes further: it is drawn in
   * that step's state while hidden, so the scroll that reaches the step only swaps the slots (the
   * reader sees the new state fade in, and the frame has no chart work and no layout of the chart).
   */
  let prepareRun = 0;
  const whenIdle = (fn: () => void): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
    else window.setTimeout(fn, 100);
  };
  function prepareAround(index: number): void {
    const run = ++prepareRun;
    const shown = steps[index]?.graphic;
    const queue = [index + 1, index - 1, index + 2].flatMap((i) => (steps[i] ? [{ step: steps[i], near: Math.abs(i - index) === 1 }] : []));
    const drawnAhead = new Set<string>();
    const next = (): void => {
      const item = queue.shift();
      if (!item || run !== prepareRun) return;
      const { step, near } = item;
      // Only charts already mounted (or on their way): preparing never fetches code.
      const controller = controllers.get(step.graphic);
      if (!controller) return next();
      void controller.then((c) => {
        if (run !== prepareRun) return;
        if (!c) return whenIdle(next);
        // Only a graphic that has been drawn before (its first draw stays with its first step), has
        // finished fading out (a reader would see it change), and once per graphic (the next step wins).
        const fading = performance.now() - (leftAt.get(step.graphic) ?? -Infinity) < motion.uiMs;
        if (near && step.graphic !== shown && drawn.has(step.graphic) && !fading && !drawnAhead.has(step.graphic)) {
          drawnAhead.add(step.graphic);
          c.setState(step.state as never, { duration: 0 });
        } else c.prepare?.(step.state as never);
        whenIdle(next);
      });
    };
    whenIdle(next);
  }

  const startScrolly = (): void => {
    html.dataset.scrolly = 'on';
    nav.hidden = false;
    scrolly = createScrolly({
      steps: steps.map((s) => s.el),
      triggerPx: () => triggerPx(stage),
      debug,
      onChange: show,
    });
    if (scrolly.active < 0) show(-1, -1);
    stopWidth = onWidthChange(root, () => scrolly?.resize());
  };

  const stopScrolly = (mode: 'off' | 'flat' = 'off'): void => {
    clearTimeout(urlTimer);
    clearTimeout(announceTimer);
    prepareRun++;
    scrolly?.destroy();
    scrolly = null;
    stopWidth?.();
    stopWidth = null;
    html.dataset.scrolly = mode;
    steps.forEach((s) => s.el.classList.remove('is-active'));
  };

  // Next/Previous step: the page scrolls to the step and focus stays on the button, so it can be pressed
  // again and again to walk the whole story; the live region names the step reached.
  let goal = -1;
  let goalAt = -Infinity;
  const goTo = (delta: number): void => {
    const current = goal >= 0 && performance.now() - goalAt < 1500 ? goal : (scrolly?.active ?? -1);
    const index = Math.min(Math.max(current + delta, 0), steps.length - 1);
    const target = steps[index];
    if (!target) return;
    goal = index;
    goalAt = performance.now();
    target.el.scrollIntoView({ block: 'start', behavior: chartDuration() ? 'smooth' : 'auto' });
    clearTimeout(announceTimer);
    announce(index, true);
  };
  // Chromium scrolls a sticky element's focused control back to where the element would sit unstuck
  // (the top of the story), before focusin fires: put the page back where the last scroll event left
  // it, so tabbing to (or clicking) the bar never moves the reader.
  const bar = root.querySelector<HTMLElement>('[data-story-bar]');
  let settledY = scrollY;
  const onScrollSettle = (): void => {
    settledY = scrollY;
  };
  addEventListener('scroll', onScrollSettle, { passive: true });
  const onBarFocus = (): void => {
    // That scroll always goes up, by at least the bar's distance from the story top.
    if (settledY - scrollY > 48) scrollTo({ top: settledY, behavior: 'instant' });
  };
  // A mouse or touch press on the bar's buttons does not move focus (so no such scroll at all); the
  // buttons still act on click, and Next/Previous move focus to the step they show.
  const onBarPointerDown = (event: MouseEvent): void => {
    if ((event.target as Element).closest('button')) event.preventDefault();
  };
  bar?.addEventListener('mousedown', onBarPointerDown);
  bar?.addEventListener('focusin', onBarFocus);
  const onPrev = (): void => goTo(-1);
  const onNext = (): void => goTo(1);
  root.querySelector('[data-prev]')?.addEventListener('click', onPrev);
  root.querySelector('[data-next]')?.addEventListener('click', onNext);

  const short = window.matchMedia(SHORT_SCREEN_QUERY);
  /** Applies the reader's choice on this screen; keeps the reader's place when the layout changes. */
  const applyMode = (wanted: boolean, keepPlace: boolean): void => {
    const mode = scrollMode(wanted, short.matches);
    if (mode === html.dataset.scrolly && (mode !== 'on' || scrolly)) return;
    const anchor = keepPlace ? steps[scrolly?.active ?? -1]?.el : undefined;
    if (mode === 'on') startScrolly();
    else {
      showStepFigures(root);
      stopScrolly(mode);
      nav.hidden = true;
    }
    anchor?.scrollIntoView({ block: 'start' });
    scrolly?.refresh();
  };
  const setMode = (on: boolean): void => {
    switchEl.setAttribute('aria-checked', String(on));
    writeScrollPreference(on);
    applyMode(on, true);
  };
  const onSwitch = (): void => setMode(switchEl.getAttribute('aria-checked') !== 'true');
  // Turning a phone on its side (or zooming a desktop in) makes the screen short: the story goes flat, and back.
  const onShortChange = (): void => applyMode(readScrollPreference(), true);
  short.addEventListener('change', onShortChange);
  switchEl.addEventListener('click', onSwitch);
  switchEl.hidden = false;

  if (debug) {
    root.dataset.debug = '';
    root.style.setProperty('--debug-trigger', `${triggerPx(stage)}px`);
  }

  // Printing uses the flat layout, figures included, and the whole list of sources.
  const onBeforePrint = (): void => {
    showStepFigures(root);
    const sources = document.querySelector<HTMLDetailsElement>('details[data-sources-details]');
    if (sources) sources.open = true;
  };
  addEventListener('beforeprint', onBeforePrint);

  const on = readScrollPreference();
  switchEl.setAttribute('aria-checked', String(on));
  const mode = scrollMode(on, short.matches);
  if (mode === 'on') startScrolly();
  else html.dataset.scrolly = mode;
  root.dataset.started = ''; // set up (tests and the bench wait for it)

  return () => {
    stopScrolly();
    exploreWatch.disconnect();
    exploreNear.disconnect();
    for (const slot of exploreSlots) {
      slot.removeEventListener('focusin', onSlotFocus);
      slot.querySelector('details[data-explore-details]')?.removeEventListener('toggle', onToggle);
    }
    removeEventListener('hashchange', onHashChange);
    removeEventListener('beforeprint', onBeforePrint);
    bar?.removeEventListener('focusin', onBarFocus);
    bar?.removeEventListener('mousedown', onBarPointerDown);
    removeEventListener('scroll', onScrollSettle);
    releaseHash();
    for (const c of [...controllers.values(), ...explorers]) void c.then((x) => x?.destroy());
    switchEl.removeEventListener('click', onSwitch);
    short.removeEventListener('change', onShortChange);
    root.querySelector('[data-prev]')?.removeEventListener('click', onPrev);
    root.querySelector('[data-next]')?.removeEventListener('click', onNext);
  };
}
