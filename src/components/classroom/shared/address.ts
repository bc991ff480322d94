// Pages built without a public address (no SITE_URL) show none; in the browser they fill in the address they were
// opened at, so a printout made from the real site still carries the real address.
import type { QrCode } from '../../../lib/classroom/qr';

/** Sets every [data-fill-url] element's text to the absolute URL of its path on this origin. */
export function fillAddresses(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-fill-url]')) el.textContent = new URL(el.dataset.fillUrl ?? '/', location.origin).href;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG QR code element (black on white), built with DOM calls from the code's numbers. */
export function qrElement(code: QrCode, viewBox: string, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr-svg');
  const bg = document.createElementNS(SVG, 'rect');
  const attrs: Array<[string, string]> = [['x', '-4'], ['y', '-4'], ['width', '100%'], ['height', '100%'], ['fill', '#fff']];
  for (const [k, v] of attrs) bg.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', code.path);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

/** Draws a QR code of the URL into every empty [data-qr] box (loads the encoder only when needed). */
export async function drawMissingQrCodes(url: string, root: ParentNode = document): Promise<void> {
  const boxes = [...root.querySelectorAll<HTMLElement>('[data-qr]')].filter((b) => !b.querySelector('svg'));
  if (!boxes.length) return;
  const { qrCode, qrViewBox } = await import('../../../lib/classroom/qr');
  const code = qrCode(url);
  for (const box of boxes) box.append(qrElement(code, qrViewBox(code), 'QR code of the student link'));
}
