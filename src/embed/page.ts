// Embed page behaviour: ?state= and ?static, links that open outside the frame, height reporting to the host.
import { mountGraphic } from '../charts/client';
import { VIEWS } from '../lib/data/views';
import { startHeightReporting } from './child';

export function initEmbedPage(): void {
  const root = document.querySelector<HTMLElement>('.explore .graphic[data-graphic]');
  const graphic = (root?.dataset.graphic ?? '') as keyof typeof VIEWS;
  const params = new URLSearchParams(location.search);
  const view = params.get('state');
  const isStatic = params.has('static');

  // Links leave the frame: a new tab, never navigating the host page.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a.getAttribute('href')?.startsWith('#')) continue;
    a.target = '_blank';
    a.rel = 'noopener';
  }

  startHeightReporting(graphic);
  if (isStatic && root) root.inert = true; // static mode: the picture only, nothing to hover, tap or focus
  if (root && graphic in VIEWS) {
    void mountGraphic(root).then((controller) => {
      if (controller && view && (VIEWS[graphic] as readonly string[]).includes(view)) {
        controller.setState({ view } as never, { duration: 0 });
      }
      if (isStatic) controller?.destroy();
      else if (controller) root.dataset.ready = '';
      performance.mark('graphics-ready');
    });
  }
}
