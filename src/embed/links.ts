// Links inside an embed frame. Every link already opens outside the frame (<base target="_blank"> in the HTML); this
// adds what a sandbox or a frame takes away: in-page "Jump to…" links scroll the host page to their target, and in a
// frame without an origin of its own (WordPress's sandbox="allow-scripts") a link asks the host to open it, or says
// where it goes when nothing can open it.
import { pymMessage, SCROLL_MESSAGE, wordpressMessage, type ScrollMessage } from './protocol';
import type { FrameHost } from './child';

/** The note shown when a link cannot open (no popups, no host that opens links for us). */
function showBlocked(doc: Document, href: string): void {
  let note = doc.querySelector<HTMLElement>('[data-embed-link-note]');
  if (!note) {
    note = doc.createElement('p');
    note.className = 'embed-link-note';
    note.dataset.embedLinkNote = '';
    note.setAttribute('role', 'status');
    doc.body.append(note);
  }
  note.textContent = `This page’s frame does not let links open. The address is ${href}`;
}

/** An in-page link: focus its target, and have the host scroll so that the target shows. */
function jump(doc: Document, host: FrameHost | null, hash: string): boolean {
  const target = doc.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return false;
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  const top = Math.max(0, Math.round(target.getBoundingClientRect().top + (doc.defaultView?.scrollY ?? 0)));
  if (!host) {
    target.scrollIntoView({ block: 'start' });
    return true;
  }
  const msg: ScrollMessage = { type: SCROLL_MESSAGE, id: host.ourId, top };
  host.window.postMessage(msg, '*');
  if (host.pymId) host.window.postMessage(pymMessage(host.pymId, 'scrollToChildPos', top), '*');
  // Hosts that speak neither (a plain iframe): the frame's own scroll, if it has one, and the browser's.
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Opens a link from a frame with no origin of its own (sandbox without allow-same-origin). */
function openFromOpaqueFrame(doc: Document, host: FrameHost | null, a: HTMLAnchorElement): void {
  const href = a.href;
  // WordPress opens links to the frame's own host in the top page (wp-embed.js, "link").
  if (host?.wpSecret && new URL(href).host === location.host) {
    host.window.postMessage(wordpressMessage(host.wpSecret, 'link', href), '*');
    return;
  }
  const opened = window.open(href, '_blank');
  if (opened) opened.opener = null;
  else showBlocked(doc, href);
}

/** Wires the frame's links. Returns a function that unwires them. */
export function initFrameLinks(host: FrameHost | null, doc: Document = document): () => void {
  const opaque = self.origin === 'null';
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
    if (!a) return;
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#')) {
      if (host && jump(doc, host, raw)) event.preventDefault();
      return;
    }
    if (!opaque || a.hasAttribute('download')) return;
    event.preventDefault();
    openFromOpaqueFrame(doc, host, a);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
