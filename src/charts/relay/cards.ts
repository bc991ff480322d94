// Details cards for the explore copy: open on hover, focus, click, tap or Enter; Escape closes and focus returns.
// The figure is one tab stop: arrow keys (and Home/End) move between its boxes and lines, in reading order.
const ITEM = '[role="button"][data-id]';

/** The figure's items a reader can reach, in reading order (what the state hides is skipped). */
function reachable(svg: SVGSVGElement): SVGElement[] {
  return [...svg.querySelectorAll<SVGElement>(ITEM)].filter((el) => !el.classList.contains('is-hidden'));
}

/** Roving tabindex: only `item` is in the tab order. */
function holdStop(svg: SVGSVGElement, item: SVGElement): void {
  for (const el of svg.querySelectorAll<SVGElement>('[data-id][tabindex]')) el.setAttribute('tabindex', el === item ? '0' : '-1');
}

/** The item an arrow key moves to from `item`, or null for any other key. */
function arrowTarget(svg: SVGSVGElement, item: SVGElement, key: string): SVGElement | null {
  const items = reachable(svg);
  const i = items.indexOf(item);
  const next: Record<string, number> = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: items.length - 1 };
  const at = next[key];
  return at === undefined ? null : (items[Math.min(Math.max(at, 0), items.length - 1)] ?? null);
}

/** Wires the card of an explore copy. Returns a teardown function. */
export function setupCards(root: HTMLElement, svg: SVGSVGElement): () => void {
  const card = root.querySelector<HTMLElement>('[data-relay-card]');
  const title = root.querySelector<HTMLElement>('[data-relay-card-title]');
  const body = root.querySelector<HTMLElement>('[data-relay-card-body]');
  const closeButton = root.querySelector<HTMLButtonElement>('[data-relay-close]');
  if (!card || !title || !body || !closeButton) return () => {};
  const scope = root.closest('figure') ?? document;
  let opener: SVGElement | null = null;
  let pinned = false;
  let hoverTimer = 0;
  let closeTimer = 0;
  // Focus handed back to an item on close must not reopen its card.
  let returning = false;

  const itemOf = (target: EventTarget | null): SVGElement | null =>
    target instanceof Element ? target.closest<SVGElement>(ITEM) : null;

  const place = (item: SVGElement): void => {
    const r = item.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    const cw = card.offsetWidth;
    const ch = card.offsetHeight;
    const left = Math.min(Math.max(0, r.left - box.left + r.width / 2 - cw / 2), Math.max(0, box.width - cw));
    const below = r.bottom - box.top + 8;
    const above = r.top - box.top - ch - 8;
    // Below the item, unless it sits low in the figure and the card fits above it.
    const top = r.top - box.top > box.height / 2 && above >= 0 ? above : below;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };

  const open = (item: SVGElement, opts: { focus: boolean; pin: boolean }): void => {
    clearTimeout(closeTimer);
    clearTimeout(hoverTimer);
    const id = item.dataset.id ?? '';
    const entry = scope.querySelector(`[data-relay-item="${CSS.escape(id)}"]`);
    title.textContent = entry?.querySelector('.relay-entry-title')?.textContent?.trim() || (item.getAttribute('aria-label') ?? '');
    body.replaceChildren(
      ...[...(entry?.children ?? [])].filter((c) => !c.classList.contains('relay-entry-title')).map((c) => c.cloneNode(true)),
    );
    if (opener && opener !== item) opener.setAttribute('aria-expanded', 'false');
    opener = item;
    pinned = pinned || opts.pin;
    item.setAttribute('aria-expanded', 'true');
    item.setAttribute('aria-controls', card.id);
    card.hidden = false;
    place(item);
    if (opts.focus) card.focus({ preventScroll: true });
  };

  const close = (returnFocus: boolean): void => {
    clearTimeout(closeTimer);
    clearTimeout(hoverTimer);
    if (card.hidden) return;
    card.hidden = true;
    const was = opener;
    opener?.setAttribute('aria-expanded', 'false');
    opener = null;
    pinned = false;
    if (returnFocus && was) {
      returning = true;
      was.focus({ preventScroll: true });
      returning = false;
    }
  };

  const onClick = (e: MouseEvent): void => {
    const item = itemOf(e.target);
    if (!item) return;
    if (opener === item && pinned) close(true);
    else {
      pinned = false;
      open(item, { focus: true, pin: true });
    }
  };
  const onKey = (e: KeyboardEvent): void => {
    const item = itemOf(e.target);
    if (!item) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(item, { focus: true, pin: true });
      return;
    }
    const to = arrowTarget(svg, item, e.key);
    if (to) {
      e.preventDefault();
      to.focus();
    }
  };
  const onFocusIn = (e: FocusEvent): void => {
    const item = itemOf(e.target);
    if (item) holdStop(svg, item);
    if (item && item !== opener && !returning) {
      pinned = false;
      open(item, { focus: false, pin: false });
    }
  };
  const onPointerOver = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse' || pinned) return;
    const item = itemOf(e.target);
    clearTimeout(closeTimer);
    if (!item || item === opener) return;
    clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => open(item, { focus: false, pin: false }), 120);
  };
  const scheduleClose = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse' || pinned) return;
    clearTimeout(hoverTimer);
    closeTimer = window.setTimeout(() => {
      // A card the reader pinned, or is reading by keyboard, stays open when the mouse wanders off.
      if (!pinned && !card.contains(document.activeElement) && document.activeElement !== opener) close(false);
    }, 300);
  };
  const keepOpen = (): void => clearTimeout(closeTimer);
  const onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || card.hidden) return;
    e.stopPropagation();
    close(card.contains(document.activeElement) || document.activeElement === opener || pinned);
  };
  const onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget;
    if (next instanceof Node && (card.contains(next) || itemOf(next))) return;
    if (next instanceof Node || !pinned) close(false);
  };
  const onOutside = (e: PointerEvent): void => {
    if (card.hidden || !(e.target instanceof Node)) return;
    if (!card.contains(e.target) && !itemOf(e.target)) close(false);
  };
  const onClose = (): void => close(true);

  svg.addEventListener('click', onClick);
  svg.addEventListener('keydown', onKey);
  svg.addEventListener('focusin', onFocusIn);
  svg.addEventListener('pointerover', onPointerOver);
  svg.addEventListener('pointerout', scheduleClose);
  card.addEventListener('pointerenter', keepOpen);
  card.addEventListener('pointerleave', scheduleClose);
  root.addEventListener('keydown', onEscape);
  root.addEventListener('focusout', onFocusOut);
  document.addEventListener('pointerdown', onOutside);
  closeButton.addEventListener('click', onClose);

  return () => {
    close(false);
    svg.removeEventListener('click', onClick);
    svg.removeEventListener('keydown', onKey);
    svg.removeEventListener('focusin', onFocusIn);
    svg.removeEventListener('pointerover', onPointerOver);
    svg.removeEventListener('pointerout', scheduleClose);
    card.removeEventListener('pointerenter', keepOpen);
    card.removeEventListener('pointerleave', scheduleClose);
    root.removeEventListener('keydown', onEscape);
    root.removeEventListener('focusout', onFocusOut);
    document.removeEventListener('pointerdown', onOutside);
    closeButton.removeEventListener('click', onClose);
  };
}
