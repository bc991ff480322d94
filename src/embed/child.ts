// Embed page side: reports the page's height to the host in every dialect it may speak (ours, AMP / @newswire/frames,
// Pym.js, WordPress), whenever it changes (ResizeObserver), and fits the graphic into a fixed-height frame (?fit).
import { HEIGHT_MESSAGE, ampSizeMessage, isFramesInit, parsePym, pymMessage, wordpressMessage, wordpressSecret, type HeightMessage } from './protocol';
import { applyFit } from './fit';

/** Who framed this page, as its address tells: Pym's childId, our loader's id, WordPress's secret. */
export interface FrameHost {
  window: Window;
  pymId: string | null;
  ourId: string;
  wpSecret: string | null;
}

/** The host of a framed page, or null at the top level. */
export function frameHost(): FrameHost | null {
  if (window.parent === window) return null;
  const params = new URLSearchParams(location.search);
  return { window: window.parent, pymId: params.get('childId'), ourId: params.get('id') ?? '', wpSecret: wordpressSecret(location.hash) };
}

/** Starts height reporting. Returns a function that stops it. */
export function startHeightReporting(graphic: string): () => void {
  const host = frameHost();
  const fit = document.documentElement.hasAttribute('data-fit');
  if (!host) return () => {};
  let last = -1;

  const send = (force = false): void => {
    // In a fixed frame the graphic may have given up height: report what the page needs, not what it was given.
    const height = fit ? applyFit() : Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    // Height is not sensitive: any host may size the frame, so the target origin is '*'.
    const to = host.window;
    if (host.pymId) to.postMessage(pymMessage(host.pymId, 'height', height), '*');
    if (host.wpSecret) to.postMessage(wordpressMessage(host.wpSecret, 'height', height), '*');
    to.postMessage(ampSizeMessage(height), '*');
    const ours: HeightMessage = { type: HEIGHT_MESSAGE, id: host.ourId, graphic, height };
    to.postMessage(ours, '*');
  };

  const ro = new ResizeObserver(() => send());
  ro.observe(document.documentElement);
  // A fixed frame changing height (rotation, the host's own layout) changes what fits, not the page's size.
  const onResize = (): void => send();
  if (fit) addEventListener('resize', onResize);
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== host.window) return; // only our own host may ask
    const pym = host.pymId ? parsePym(event.data, host.pymId) : null;
    if ((pym && pym.type === 'width') || isFramesInit(event.data)) send(true);
  };
  addEventListener('message', onMessage);
  send(true);
  return () => {
    ro.disconnect();
    removeEventListener('resize', onResize);
    removeEventListener('message', onMessage);
  };
}
