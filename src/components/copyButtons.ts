// One-click copy for the "Embed this" snippets, with a polite status message.

export function initCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const area = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
      const status = button.closest('[data-embed-this]')?.querySelector('[data-copy-status]');
      if (!area) return;
      let ok = false;
      try {
        await navigator.clipboard.writeText(area.value);
        ok = true;
      } catch {
        area.select(); // clipboard blocked (sandbox, old browser): select it so Ctrl/Cmd+C works
      }
      if (status) status.textContent = ok ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (or ⌘C) to copy.';
    });
  }
}
