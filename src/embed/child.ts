// Embed page side: reports the page height to the host in every dialect, whenever it changes (ResizeObserver).
import { HEIGHT_MESSAGE, ampSizeMessage, isFramesInit, parsePym, pymMessage, type HeightMessage } from './protocol';

/** Starts height reporting. Returns a function that stops it. */
export function startHeightReporting(graphic: string): () => void {
  const params = new URLSearchParams(location.search);
  const pymId = params.get('childId'); // added to the URL by a Pym.js parent
  const ourId = params.get('id') ?? '';
  const host = window.parent;
  if (host === window) return () => {}; // not framed: nothing to tell
  let last = -1;

  const measure = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const send = (force = false): void => {
    const height = measure();
    if (!force && height === last) return;
    last = height;
    // Height is not sensitive: any host may size the frame, so the target origin is '*'.
    if (pymId) host.postMessage(pymMessage(pymId, 'height', height), '*');
    host.postMessage(ampSizeMessage(height), '*');
    const ours: HeightMessage = { type: HEIGHT_MESSAGE, id: ourId, graphic, height };
    host.postMessage(ours, '*');
  };

  const ro = new ResizeObserver(() => send());
  ro.observe(document.documentElement);
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== host) return; // only our own host may ask
    const pym = pymId ? parsePym(event.data, pymId) : null;
    if ((pym && pym.type === 'width') || isFramesInit(event.data)) send(true);
  };
  addEventListener('message', onMessage);
  send(true);
  return () => {
    ro.disconnect();
    removeEventListener('message', onMessage);
  };
}
