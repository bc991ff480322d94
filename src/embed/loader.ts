// Host-page loader (served as /embed.js): turns <div data-pb-embed="map"> into a titled, lazy, auto-height iframe.
// Snippets added later are mounted too (a MutationObserver, or window.pbEmbed.scan()); running the script twice
// mounts nothing twice. Frames load from the script's own site, or from data-pb-site when the script is a copy.
import { FRAME_SANDBOX, isHeightMessage, isScrollMessage } from './protocol';
import type { LoaderConfig } from './loaderConfig';
import { heightAtWidth } from './sizing';

declare const __PB_EMBEDS__: LoaderConfig;

/** What the loader puts on window: call scan() after inserting snippets yourself (optional: it watches the page). */
interface PbEmbedApi {
  scan(root?: ParentNode): void;
}

(() => {
  const w = window as Window & { pbEmbed?: PbEmbedApi };
  // A second copy of the script (infinite scroll, a live blog): the first one already watches the page.
  if (w.pbEmbed) {
    w.pbEmbed.scan();
    return;
  }
  const CFG = __PB_EMBEDS__;
  const script = document.currentScript as HTMLScriptElement | null;
  // Our own embed.js knows where it is; a renamed copy on another server uses the site it was built for.
  const site = new URL(script?.dataset.pbSite || (script && /\/embed\.js([?#]|$)/.test(script.src) ? new URL('./', script.src).href : CFG.site));
  const frames = new Map<Window, HTMLIFrameElement>();
  let n = 0;

  const nextId = (): string => {
    let id: string;
    do id = `pb-embed-${++n}`;
    while (document.getElementById(id));
    return id;
  };

  const mount = (el: HTMLElement): void => {
    const id = el.dataset.pbEmbed ?? '';
    const cfg = CFG.e[id];
    if (el.dataset.pbEmbedReady || !cfg) return;
    el.dataset.pbEmbedReady = '1';
    const frameId = nextId();
    const asked = el.dataset.state ?? '';
    const state = cfg.s.includes(asked) ? asked : (cfg.s[0] ?? '');
    const url = new URL(`embed/${id}/${state && state !== cfg.s[0] ? `${state}/` : ''}`, site);
    const theme = el.dataset.theme ?? '';
    if (theme) url.searchParams.set('theme', theme);
    // data-static, data-static="" and data-static="1" ask for the picture only; data-static="false" does not.
    if (el.hasAttribute('data-static') && el.dataset.static !== 'false') url.searchParams.set('static', '');
    url.searchParams.set('id', frameId);
    if (el.dataset.event) url.hash = `event-${el.dataset.event}`;
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.dataset.title || cfg.t;
    frame.loading = 'lazy';
    frame.id = frameId;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.allow = 'clipboard-write';
    // allow-same-origin keeps the frame's real origin (ours, never the host's), so its messages can be checked.
    frame.setAttribute('sandbox', FRAME_SANDBOX);
    const row = cfg.h[state || 'default'];
    const first = el.dataset.height || (row ? heightAtWidth(CFG.w, row, el.clientWidth || 640) : 600);
    // A transparent theme: the frame takes the page's colour scheme, or browsers paint an opaque backdrop.
    const scheme = /transparent/.test(theme) ? `;color-scheme:${/dark/.test(theme) ? 'dark' : /light/.test(theme) ? 'light' : 'light dark'}` : '';
    frame.style.cssText = `display:block;width:100%;border:0;height:${first}px${scheme}`;
    el.style.minHeight = '';
    el.replaceChildren(frame);
    if (frame.contentWindow) frames.set(frame.contentWindow, frame);
  };

  const scan = (root: ParentNode = document): void => {
    if (root instanceof HTMLElement && root.matches('[data-pb-embed]')) mount(root);
    for (const el of root.querySelectorAll<HTMLElement>('[data-pb-embed]')) mount(el);
  };

  addEventListener('message', (event) => {
    // Only our origin, and only a frame this loader made, may resize or scroll.
    if (event.origin !== site.origin) return;
    const frame = frames.get(event.source as Window);
    if (!frame || (event.data as { id?: unknown } | null)?.id !== frame.id) return;
    if (isHeightMessage(event.data)) frame.style.height = `${event.data.height}px`;
    else if (isScrollMessage(event.data)) {
      // An in-frame "Jump to…" link: bring its target to the top of the reader's screen.
      window.scrollTo({ top: frame.getBoundingClientRect().top + window.scrollY + event.data.top });
    }
  });

  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof HTMLElement) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  w.pbEmbed = { scan };
  scan();
})();
