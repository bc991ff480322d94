// The teacher page in the browser: copy the student link, and, on a build without a public address, fill in the
// address this page was opened at (the link box, the share link and the QR code).
import { classroomShareHref } from '../../../lib/classroom/share';
import { drawMissingQrCodes, fillAddresses } from '../shared/address';

function setupStudentLink(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('[data-student-url]');
  const url = new URL(box.dataset.path ?? '/', location.origin).href;
  if (input?.dataset.fill !== undefined) {
    input.value = url;
    const share = box.querySelector<HTMLAnchorElement>('[data-share-link]');
    if (share) {
      share.href = classroomShareHref(box.dataset.shareBase ?? '', url, box.dataset.shareTitle ?? '');
      share.hidden = false;
    }
    void drawMissingQrCodes(url, box);
  }
  const copy = box.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = box.querySelector<HTMLElement>('[data-copy-link-status]');
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input?.value ?? url);
      if (status) status.textContent = 'Copied the student link.';
    } catch {
      input?.select();
      if (status) status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}

fillAddresses();
document.querySelectorAll<HTMLElement>('[data-student-link]').forEach(setupStudentLink);
