// Printout pages: fill in the address when the build has none, draw the QR code then, and the Print button.
import { drawMissingQrCodes, fillAddresses } from '../shared/address';

fillAddresses();
const link = document.querySelector<HTMLElement>('[data-student-link]');
if (link) void drawMissingQrCodes(new URL(link.dataset.path ?? '/', location.origin).href, link);
const button = document.querySelector<HTMLButtonElement>('[data-print-page]');
// The button is laid out from first paint (CSS hides it without JavaScript), so showing it shifts nothing.
button?.addEventListener('click', () => window.print());
