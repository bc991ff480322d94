// Browser update of a mounted relay SVG: moves, shows and hides nodes and edges by id to match a scene.
import type { Scene } from './layout';
import { edgeClass, nodeBody, nodeClass, nodeTextSig, nodeTextX } from './render';

export interface Updater {
  /** Draws the scene; `duration` 0 jumps. Interrupts any transition under way (CSS transitions retarget). */
  apply(scene: Scene, duration: number): void;
  /** Stops timers and frames. */
  cancel(): void;
}

const EASE = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** One updater per mounted SVG (its state lives in this closure, never in module globals). */
export function createUpdater(svg: SVGSVGElement): Updater {
  const itemsEl = svg.querySelector<SVGGElement>('.relay-items')!;
  const byId = new Map<string, SVGGElement>();
  for (const el of itemsEl.querySelectorAll<SVGGElement>(':scope > [data-id]')) byId.set(el.dataset.id ?? '', el);
  // CSS `d` lets path shapes transition with the boxes; where it is unsupported they jump.
  const cssD = typeof CSS !== 'undefined' && CSS.supports('d', 'path("M0 0")');
  /** Each node's text as last drawn (see nodeTextSig); read from the server's markup on first use. */
  const texts = new Map<string, string>();
  const drawnText = (el: SVGGElement): string =>
    [...(el.querySelector('.node-text')?.children ?? [])]
      .map((t) => `${t.getAttribute('y')}:${t.getAttribute('font-size')}:${t.textContent}`)
      .join('\n');
  const setAttr = (el: Element | null, name: string, value: string): void => {
    if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  let timer = 0;
  let frame = 0;

  /** Each path's shape as last drawn (the server's `d` attribute until then): an unchanged shape is left alone. */
  const drawnD = new WeakMap<Element, string>();
  const setD = (path: Element | null, d: string): void => {
    if (!path || (drawnD.get(path) ?? path.getAttribute('d')) === d) return;
    drawnD.set(path, d);
    if (cssD) (path as SVGPathElement).style.setProperty('d', `path("${d}")`);
    else path.setAttribute('d', d);
  };

  const tweenViewBox = (target: readonly number[], duration: number): void => {
    const from = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    const set = (v: readonly number[]): void => svg.setAttribute('viewBox', v.map((n) => Math.round(n * 10) / 10).join(' '));
    if (duration <= 0 || from.length !== 4 || from.every((v, i) => v === target[i])) {
      set(target);
      return;
    }
    const start = performance.now();
    const step = (now: number): void => {
      const t = Math.min(1, (now - start) / duration);
      const k = EASE(t);
      set(target.map((v, i) => (from[i] ?? v) + (v - (from[i] ?? v)) * k));
      frame = t < 1 ? requestAnimationFrame(step) : 0;
    };
    frame = requestAnimationFrame(step);
  };

  const reorder = (order: string[]): void => {
    const current = [...itemsEl.children].map((el) => (el as SVGGElement).dataset.id);
    if (current.join('|') === order.join('|')) return;
    const focused = document.activeElement;
    for (const id of order) {
      const el = byId.get(id);
      if (el) itemsEl.appendChild(el);
    }
    if (focused instanceof SVGElement && itemsEl.contains(focused)) focused.focus({ preventScroll: true });
  };

  const cancel = (): void => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    svg.removeAttribute('data-transitioning');
  };

  return {
    cancel,
    apply(scene, duration) {
      cancel();
      svg.style.setProperty('--relay-ms', `${duration}ms`);
      if (duration > 0) {
        svg.setAttribute('data-transitioning', '');
        timer = window.setTimeout(() => svg.removeAttribute('data-transitioning'), duration);
      }
      svg.dataset.orientation = scene.orientation;
      svg.dataset.width = String(scene.width);
      tweenViewBox(scene.viewBox, duration);
      reorder(scene.order);
      for (const n of scene.nodes) {
        const el = byId.get(n.id);
        if (!el) continue;
        el.setAttribute('class', nodeClass(n));
        el.removeAttribute('transform');
        el.style.transform = `translate(${n.box.x}px, ${n.box.y}px)`;
        // A node this state hides keeps its drawing while it fades out; it is redrawn when shown.
        if (!n.visible) continue;
        // New words or line breaks rewrite the text; a box that only changed size keeps its text
        // element (re-laying out SVG text is the costliest part of a redraw on slow phones).
        const sig = nodeTextSig(n, scene);
        if ((texts.get(n.id) ?? drawnText(el)) !== sig) el.innerHTML = nodeBody(n, scene);
        else {
          const box = el.querySelector('.node-box');
          setAttr(box, 'width', String(n.box.w));
          setAttr(box, 'height', String(n.box.h));
          setAttr(el.querySelector('.node-text'), 'transform', `translate(${nodeTextX(n)})`);
        }
        texts.set(n.id, sig);
      }
      for (const e of scene.edges) {
        const el = byId.get(e.id);
        if (!el) continue;
        el.setAttribute('class', edgeClass(e));
        setD(el.querySelector('.edge-hit'), e.d);
        setD(el.querySelector('.edge-line'), e.d);
        setD(el.querySelector('.edge-arrow'), e.arrow);
      }
    },
  };
}
