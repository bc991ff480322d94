// Browser update of a mounted relay SVG: moves, shows and hides nodes and edges by id to match a scene.
import type { Scene } from './layout';
import { edgeClass, nodeBody, nodeClass, nodeTextSig, nodeTextX } from './render';

export interface Updater {
  /** Draws the scene; `duration` 0 jumps. Interrupts any transition under way (CSS transitions retarget). */
  apply(scene: Scene, duration: number): void;
  /**
   * Writes the text of some of the scene's nodes ahead of a draw (the costliest part of one, as the
   * browser lays the text out): a copy off screen can spread its first draw over several frames.
   */
  writeTexts(scene: Scene, ids: ReadonlySet<string>): void;
  /** Stops timers and animations. */
  cancel(): void;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * How an SVG of box `bw`×`bh` shows the viewBox (x, y, w, h) under the default preserveAspectRatio
 * (xMidYMid meet): a point p of the drawing lands at `scale · p + (dx, dy)` in the box.
 */
export function fitViewBox(x: number, y: number, w: number, h: number, bw: number, bh: number): { scale: number; dx: number; dy: number } {
  const scale = Math.min(bw / w, bh / h);
  return { scale, dx: (bw - scale * w) / 2 - scale * x, dy: (bh - scale * h) / 2 - scale * y };
}

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

  /** Each path's shape as last drawn (the server's `d` attribute until then): an unchanged shape is left alone. */
  const drawnD = new WeakMap<Element, string>();
  const setD = (path: Element | null, d: string): void => {
    if (!path || (drawnD.get(path) ?? path.getAttribute('d')) === d) return;
    drawnD.set(path, d);
    if (cssD) (path as SVGPathElement).style.setProperty('d', `path("${d}")`);
    else path.setAttribute('d', d);
  };

  /*
   * The camera. A zoom is a compositor animation, not a viewBox tween: the SVG takes its new viewBox
   * at once (so Chromium lays out its labels once, at the new scale), then a transform that makes it
   * look as it did eases back to none. Tweening the viewBox lays out every label again on each frame,
   * which costs a slow phone 40 ms a frame. Only a framed SVG (the stage copy) zooms: the frame clips
   * what the scaled SVG draws past its box; other copies take the new viewBox at once.
   */
  const framed = svg.parentElement?.classList.contains('relay-frame') ?? false;
  const interactive = svg.getAttribute('role') === 'group';
  let zoom: Animation | null = null;
  const readViewBox = (): number[] => (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const zoomTo = (target: readonly number[], duration: number): void => {
    const from = readViewBox();
    // Already there, or on the way there: nothing to do.
    if (from.length === 4 && from.every((v, i) => v === target[i])) return;
    const animate = duration > 0 && framed && typeof svg.animate === 'function';
    // Where the picture is now, including a zoom still under way (read before that zoom is stopped).
    const bw = animate ? svg.clientWidth : 0;
    const bh = animate ? svg.clientHeight : 0;
    const moving = animate && zoom?.playState === 'running' ? new DOMMatrixReadOnly(getComputedStyle(svg).transform.replace(/^none$/, '')) : null;
    zoom?.cancel();
    zoom = null;
    svg.setAttribute('viewBox', target.join(' '));
    if (!animate || bw <= 0 || bh <= 0 || from.length !== 4) return;
    const [x0 = 0, y0 = 0, w0 = 1, h0 = 1] = from;
    const [x1 = 0, y1 = 0, w1 = 1, h1 = 1] = target;
    const before = fitViewBox(x0, y0, w0, h0, bw, bh);
    const after = fitViewBox(x1, y1, w1, h1, bw, bh);
    // On screen now: the moving transform (uniform scale a, then translate e, f) applied to the old fit.
    const a = moving?.a ?? 1;
    const scale = (a * before.scale) / after.scale;
    const dx = a * before.dx + (moving?.e ?? 0) - scale * after.dx;
    const dy = a * before.dy + (moving?.f ?? 0) - scale * after.dy;
    if (Math.abs(scale - 1) < 1e-3 && Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return;
    zoom = svg.animate(
      [{ transform: `translate(${round2(dx)}px, ${round2(dy)}px) scale(${scale.toFixed(4)})` }, { transform: 'none' }],
      { duration, easing: 'ease' },
    );
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

  const stopTimer = (): void => {
    clearTimeout(timer);
    svg.removeAttribute('data-transitioning');
  };

  /**
   * New words or line breaks rewrite a node's text (true when it did); a box that only changed size
   * keeps its text element: re-laying out SVG text is the costliest part of a redraw on slow phones.
   */
  const writeText = (el: SVGGElement, n: Scene['nodes'][number], scene: Scene): boolean => {
    const sig = nodeTextSig(n, scene);
    const rewrite = (texts.get(n.id) ?? drawnText(el)) !== sig;
    if (rewrite) el.innerHTML = nodeBody(n, scene);
    texts.set(n.id, sig);
    return rewrite;
  };

  return {
    writeTexts(scene, ids) {
      for (const n of scene.nodes) {
        const el = byId.get(n.id);
        if (el && n.visible && ids.has(n.id)) writeText(el, n, scene);
      }
    },
    cancel() {
      stopTimer();
      zoom?.cancel();
      zoom = null;
    },
    apply(scene, duration) {
      // First, while layout is still clean: the zoom reads the SVG's box.
      zoomTo(scene.viewBox, duration);
      stopTimer();
      svg.style.setProperty('--relay-ms', `${duration}ms`);
      if (duration > 0) {
        svg.setAttribute('data-transitioning', '');
        timer = window.setTimeout(() => svg.removeAttribute('data-transitioning'), duration);
      }
      svg.dataset.orientation = scene.orientation;
      svg.dataset.width = String(scene.width);
      // The DOM order is the reading and tab order: only the interactive copy needs it to follow the state.
      // Moving an element restarts it (no transition), so the other copies keep their first order.
      if (interactive) reorder(scene.order);
      for (const n of scene.nodes) {
        const el = byId.get(n.id);
        if (!el) continue;
        el.setAttribute('class', nodeClass(n));
        el.removeAttribute('transform');
        el.style.transform = `translate(${n.box.x}px, ${n.box.y}px)`;
        // A node this state hides keeps its drawing while it fades out; it is redrawn when shown.
        if (!n.visible) continue;
        if (!writeText(el, n, scene)) {
          const box = el.querySelector('.node-box');
          setAttr(box, 'width', String(n.box.w));
          setAttr(box, 'height', String(n.box.h));
          setAttr(el.querySelector('.node-text'), 'transform', `translate(${nodeTextX(n)})`);
        }
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
