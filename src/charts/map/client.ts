// Browser controller for the map: keyed, idempotent d3 update of a server-rendered copy, plus the explore copy's details cards.
import { select, type BaseType } from 'd3-selection';
import type { GraphicStates, MountGraphic } from '../types';
import { createMemo } from '../../lib/memo';
import { layout, PAYLOAD_ID, TIERS, TIER_NAMES, type Annotation, type MapPayload, type MapScene, type SceneCounty, type SceneState } from './layout';
import { annotationInner, annotationSig, countyHref, stateHref, zoomTransform } from './render';

type MapState = GraphicStates['map'];
const EASE = 'cubic-bezier(.4,0,.2,1)';

/** The page's one map payload (immutable), parsed on first use. */
let payloadCache: MapPayload | null | undefined;
function payload(): MapPayload | null {
  if (payloadCache === undefined) {
    const el = document.getElementById(PAYLOAD_ID);
    payloadCache = el?.textContent ? (JSON.parse(el.textContent) as MapPayload) : null;
  }
  return payloadCache;
}

/*
 * Motion uses the Web Animations API on opacity and transform (compositor-friendly, cancellable)
 * instead of d3-transition: d3-selection still does the keyed joins, and the story's whole JS
 * budget (30 KB gzip) cannot carry d3-transition's interpolators for the one chart that animates.
 * The final value is always written as an attribute first, so cancelling an animation lands on it.
 */
function fadeOpacity(el: Element, to: number, duration: number, delay = 0, from?: number): Animation | null {
  const start = from ?? Number(el.getAttribute('opacity') ?? 1);
  // Rewriting an unchanged value would still make the browser restyle the element.
  if (el.getAttribute('opacity') !== String(to)) el.setAttribute('opacity', String(to));
  if (duration <= 0 || start === to) return null;
  return el.animate([{ opacity: start }, { opacity: to }], { duration, delay, easing: 'linear', fill: 'backwards' });
}

/** The animations each map SVG has under way (its last update's), so the next update can stop them. */
const running = new WeakMap<SVGSVGElement, Animation[]>();

/** The zoom group's transform attribute ("translate(x,y) scale(k)") as a CSS transform. */
function restingZoom(el: SVGGElement): string {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
  return m ? `translate(${m[1]}px,${m[2]}px) scale(${m[3]})` : 'none';
}

/** Keyed by data id on rebinding, by the server-rendered data-id on first contact. */
function key(this: BaseType, d: { id: string } | undefined): string {
  return d ? d.id : ((this as Element).getAttribute('data-id') ?? '');
}

/* ---------- the update ---------- */

/** Draws a scene on a server-rendered map SVG. Idempotent; cancels any animation under way and lands on the new state. */
export function update(svg: SVGSVGElement, scene: MapScene, duration: number): void {
  const $svg = select(svg);
  const zoomEl = svg.querySelector<SVGGElement>('.map-zoom');
  // The animations this SVG runs are kept, not asked for: getAnimations() and getComputedStyle()
  // make the browser bring every style up to date in the middle of the step's task.
  const before = running.get(svg) ?? [];
  const animations: Animation[] = [];
  running.set(svg, animations);
  const fade = (el: Element, to: number, ms: number, delay = 0, from?: number): Animation | null => {
    const a = fadeOpacity(el, to, ms, delay, from);
    if (a) animations.push(a);
    return a;
  };
  // Where the zoom is now, before cancelling: mid-zoom, read from the running animation; at rest,
  // from the transform attribute (written by zoomTransform).
  const zooming = before.some((a) => a.effect instanceof KeyframeEffect && a.effect.target === zoomEl && a.playState === 'running');
  const zoomFrom = !zoomEl || duration <= 0 ? 'none' : zooming ? getComputedStyle(zoomEl).transform : restingZoom(zoomEl);
  for (const a of before) a.cancel();
  svg.querySelectorAll('[data-exiting]').forEach((el) => el.remove());
  svg.dataset.view = scene.view;
  svg.setAttribute('aria-label', scene.description);
  const half = Math.round(duration * 0.45);
  const late = duration - half;

  // The zoom: one transform on the map group.
  if (zoomEl) {
    const target = zoomTransform(scene.zoom);
    if (zoomEl.getAttribute('transform') !== target) {
      zoomEl.setAttribute('transform', target);
      const { k, x, y } = scene.zoom;
      if (duration > 0 && zoomFrom !== 'none') {
        animations.push(zoomEl.animate([{ transform: zoomFrom }, { transform: `translate(${x}px,${y}px) scale(${k})` }], { duration, easing: EASE }));
      }
    }
  }

  // 51 state shapes: classes switch at once; fades (the Alaska close-up) go through opacity.
  $svg
    .select('.map-states')
    .selectAll<SVGUseElement, SceneState>('use.st')
    .data(scene.states, key)
    .attr('class', (d) => `st st--${d.style}`)
    .each(function (d) {
      fade(this, d.style === 'off' ? 0 : 1, duration);
    });
  const borders = svg.querySelector('use.map-borders');
  if (borders) fade(borders, scene.borders ? 1 : 0, duration);
  const insets = svg.querySelector('.map-insets');
  if (insets) fade(insets, scene.insets.length ? 1 : 0, duration);

  const exitAll = (el: Element): void => {
    if (duration <= 0) return el.remove();
    el.setAttribute('data-exiting', '');
    const a = fade(el, 0, half);
    if (a) a.onfinish = () => el.remove();
    else el.remove();
  };

  const keyed = <D extends { id: string }>(parent: string, selector: string, rows: D[], href: (d: D) => string, cls: (d: D) => string): void => {
    $svg
      .select(parent)
      .selectAll<SVGUseElement, D>(selector)
      .data(rows, key)
      .join(
        (enter) =>
          enter
            .append('use')
            .attr('href', href)
            .attr('data-id', (d) => d.id)
            .each(function () {
              fade(this, 1, half, late, 0);
            }),
        (upd) => upd,
        (exit) => exit.each(function () {
          exitAll(this);
        }),
      )
      .attr('class', cls);
  };
  keyed('.map-outlines', 'use.ol', scene.outlines, (d) => stateHref(d.id), (d) => `ol ol--${d.style}`);
  keyed<SceneCounty>('.map-counties', 'use.co', scene.counties, (d) => countyHref(d.id), (d) => `co co--${d.confidence}`);
  keyed('.map-flmesh', 'use.map-fl-borders', scene.countyMesh ? [{ id: 'fl-borders' }] : [], () => '#map-fl-borders', () => 'map-fl-borders');

  // Labels and notes, per tier: rebuilt only when their content or position changed.
  for (const tier of TIER_NAMES) {
    const fs = TIERS[tier].fontSize;
    $svg
      .select(`.map-ann--${tier}`)
      .selectAll<SVGGElement, Annotation>('g.ann')
      .data(scene.annotations[tier], key)
      .join(
        (enter) =>
          enter.append('g').each(function () {
            fade(this, 1, half, late, 0);
          }),
        (upd) => upd,
        (exit) => exit.each(function () {
          exitAll(this);
        }),
      )
      .attr('class', (d) => `ann ann--${d.kind}`)
      .attr('data-id', (d) => d.id)
      .each(function (d) {
        const sig = annotationSig(d);
        if (this.dataset.sig !== sig) {
          this.dataset.sig = sig;
          // Markup from our own escaping renderer (render.ts), the same one the server used.
          this.innerHTML = annotationInner(d, fs);
        }
      });
  }
}

/* ---------- explore: details cards ---------- */

function wireCards(root: HTMLElement): () => void {
  const hits = [...root.querySelectorAll<SVGGElement>('.hit[data-code]')];
  const cards = new Map([...root.querySelectorAll<HTMLElement>('[data-card]')].map((c) => [c.dataset.card!, c]));
  let openCode: string | null = null;
  // Returning focus to a state after Escape must not reopen its card.
  let returningFocus = false;

  const hitFor = (code: string | null): SVGGElement | undefined => hits.find((h) => h.dataset.code === code);
  const open = (code: string, focusCard = false): void => {
    if (openCode !== code) {
      for (const [c, card] of cards) card.hidden = c !== code;
      for (const h of hits) h.setAttribute('aria-expanded', String(h.dataset.code === code));
      openCode = code;
    }
    if (focusCard) cards.get(code)?.querySelector<HTMLElement>('.map-card-title')?.focus();
  };
  const close = (returnFocus: boolean): void => {
    const hit = hitFor(openCode);
    for (const card of cards.values()) card.hidden = true;
    for (const h of hits) h.setAttribute('aria-expanded', 'false');
    openCode = null;
    if (returnFocus && hit) {
      returningFocus = true;
      hit.focus();
      returningFocus = false;
    }
  };

  const onPointerEnter = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') open((e.currentTarget as SVGGElement).dataset.code!);
  };
  const onClick = (e: Event): void => open((e.currentTarget as SVGGElement).dataset.code!);
  const onFocus = (e: FocusEvent): void => {
    if (!returningFocus) open((e.currentTarget as SVGGElement).dataset.code!);
  };
  const onHitKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open((e.currentTarget as SVGGElement).dataset.code!, true);
    }
  };
  const onRootKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && openCode) {
      e.preventDefault();
      close(root.contains(document.activeElement));
    }
  };
  const onCloseClick = (e: Event): void => {
    if ((e.target as Element).closest('[data-card-close]')) close(true);
  };
  const onDocKey = (e: KeyboardEvent): void => {
    // Escape also dismisses a card opened by hover while focus is elsewhere (WCAG 1.4.13).
    if (e.key === 'Escape' && openCode && !root.contains(document.activeElement)) close(false);
  };

  for (const h of hits) {
    h.addEventListener('pointerenter', onPointerEnter);
    h.addEventListener('click', onClick);
    h.addEventListener('focus', onFocus);
    h.addEventListener('keydown', onHitKey);
  }
  root.addEventListener('keydown', onRootKey);
  root.addEventListener('click', onCloseClick);
  document.addEventListener('keydown', onDocKey);
  return () => {
    for (const h of hits) {
      h.removeEventListener('pointerenter', onPointerEnter);
      h.removeEventListener('click', onClick);
      h.removeEventListener('focus', onFocus);
      h.removeEventListener('keydown', onHitKey);
    }
    root.removeEventListener('keydown', onRootKey);
    root.removeEventListener('click', onCloseClick);
    document.removeEventListener('keydown', onDocKey);
  };
}

/* ---------- mount ---------- */

export const mount: MountGraphic<'map'> = (root) => {
  const svg = root.querySelector<SVGSVGElement>('svg.map-svg');
  let current = JSON.parse(root.dataset.state ?? '{"view":"neutral"}') as MapState;
  let timer = 0;
  const unwire = root.dataset.variant === 'explore' ? wireCards(root) : () => {};

  // Scenes of the states around the active step, worked out ahead (see prepare).
  const scenes = createMemo<MapScene>(4);
  const sceneFor = (data: MapPayload, state: MapState): MapScene => scenes.get(JSON.stringify(state), () => layout(data.geo, data.input, state));

  return {
    get state() {
      return current;
    },
    prepare(state) {
      const data = payload();
      if (svg && data) sceneFor(data, state);
    },
    setState(state, { duration }) {
      current = state;
      root.dataset.view = state.view;
      root.dataset.state = JSON.stringify(state);
      const data = payload();
      if (!svg || !data) return;
      clearTimeout(timer);
      if (duration > 0) svg.setAttribute('data-transitioning', '');
      else svg.removeAttribute('data-transitioning');
      update(svg, sceneFor(data, state), duration);
      if (duration > 0) timer = window.setTimeout(() => svg.removeAttribute('data-transitioning'), duration + 30);
    },
    destroy() {
      clearTimeout(timer);
      unwire();
    },
  };
};
