// Host-page loader (served as /embed.js): turns <div data-pb-embed="map"> into a titled, lazy, auto-height iframe.
import { isHeightMessage } from './protocol';

/** Titles of the frames, by graphic (kept here so the loader stays tiny). */
const TITLES: Record<string, string> = {
  map: 'Map: the four states where voters reported the spoofed “Proud Boys” emails',
  relay: 'Diagram: how the spoofed “Proud Boys” email travelled',
  timeline: 'Timeline: reactions to the spoofed “Proud Boys” emails',
};

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const src = new URL(script.src);
  const origin = src.origin;
  const base = src.pathname.replace(/embed\.js$/, '');
  const frames = new Map<Window, HTMLIFrameElement>();
  let count = 0;

  for (const el of document.querySelectorAll<HTMLElement>('[data-pb-embed]')) {
    if (el.dataset.pbEmbedReady) continue;
    const graphic = el.dataset.pbEmbed ?? '';
    if (!(graphic in TITLES)) continue;
    el.dataset.pbEmbedReady = '1';
    const id = `pb-embed-${++count}`;
    const url = new URL(`${base}embed/${graphic}/`, origin);
    for (const key of ['state', 'theme', 'static']) {
      const value = el.dataset[key];
      if (value) url.searchParams.set(key, value);
    }
    url.searchParams.set('id', id);
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.dataset.title || TITLES[graphic]!;
    frame.loading = 'lazy';
    frame.id = id;
    // allow-same-origin keeps the frame's real origin (ours, never the host's), so its messages can be checked.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + (el.dataset.height || '600') + 'px';
    el.replaceChildren(frame);
    if (frame.contentWindow) frames.set(frame.contentWindow, frame);
  }

  addEventListener('message', (event) => {
    // Only our origin, and only a frame this loader made, may resize.
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    const frame = frames.get(event.source as Window);
    if (frame && event.data.id === frame.id) frame.style.height = `${event.data.height}px`;
  });
})();
