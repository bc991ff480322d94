// Embed page behaviour: height reporting to the host, the frame's links, the graphic mounted in the state asked for
// (?state= on top of the page's own), and ?static (the picture only).
import { mountGraphic } from '../charts/client';
import { VIEWS } from '../lib/data/views';
import { frameHost, startHeightReporting } from './child';
import { initFrameLinks } from './links';

export function initEmbedPage(): void {
  const main = document.querySelector<HTMLElement>('main[data-embed]');
  if (!main) return;
  const params = new URLSearchParams(location.search);
  const isStatic = params.has('static');
  initFrameLinks(frameHost());
  startHeightReporting(main.dataset.embed ?? '');
  const root = main.querySelector<HTMLElement>('.graphic[data-graphic]');
  const graphic = (root?.dataset.graphic ?? '') as keyof typeof VIEWS;
  if (!root || !(graphic in VIEWS)) {
    performance.mark('graphics-ready');
    return;
  }
  if (isStatic) root.inert = true; // static mode: the picture only, nothing to hover, tap or focus
  const view = params.get('state');
  void mountGraphic(root).then((controller) => {
    if (controller && view && view !== root.dataset.view && (VIEWS[graphic] as readonly string[]).includes(view)) {
      controller.setState({ view } as never, { duration: 0 });
    }
    if (isStatic) controller?.destroy();
    else if (controller) root.dataset.ready = '';
    performance.mark('graphics-ready');
  });
}
