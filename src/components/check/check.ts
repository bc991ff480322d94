// The header reader's first script: wires the box, the file picker, drops and examples; the reader itself loads on first use.

type Reader = typeof import('./reader');
/** What to read; `note` says what an example is, shown above its report. */
type Input = ({ text: string } | { file: File }) & { note?: string };

/** How long typing pauses before a read (a paste reads at once). */
const TYPING_PAUSE_MS = 450;

let readerModule: Promise<Reader> | null = null;
const loadReader = (): Promise<Reader> => (readerModule ??= import('./reader'));

interface Parts {
  form: HTMLFormElement;
  box: HTMLTextAreaElement;
  file: HTMLInputElement;
  status: HTMLElement;
  result: HTMLElement;
}

function partsOf(root: HTMLElement): Parts | null {
  const form = root.querySelector<HTMLFormElement>('[data-check-form]');
  const box = root.querySelector<HTMLTextAreaElement>('[data-check-input]');
  const file = root.querySelector<HTMLInputElement>('[data-check-file]');
  const status = root.querySelector<HTMLElement>('[data-check-status]');
  const result = root.querySelector<HTMLElement>('[data-check-result]');
  return form && box && file && status && result ? { form, box, file, status, result } : null;
}

/** Starts one reader on the page. Each read replaces the last; an older read that finishes late is dropped. */
export function startChecker(root: HTMLElement): void {
  const parts = partsOf(root);
  if (!parts) return;
  const { form, box, file, status, result } = parts;
  let run = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const read = async (input: Input, focusReport: boolean): Promise<void> => {
    const mine = ++run;
    clearTimeout(typing);
    root.dataset.state = 'reading';
    status.textContent = 'Reading…';
    try {
      const reader = await loadReader();
      if (mine !== run) return;
      await reader.readInto(result, status, input, () => mine === run);
      if (mine === run && focusReport) reader.focusReport(result);
    } catch {
      if (mine === run) status.textContent = 'The reader could not load. Check your connection and try again: nothing was sent.';
    } finally {
      if (mine === run) root.dataset.state = 'done';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void read({ text: box.value }, true);
  });
  form.addEventListener('reset', () => {
    run++;
    clearTimeout(typing);
    result.replaceChildren();
    status.textContent = 'Cleared.';
    delete root.dataset.state;
  });
  box.addEventListener('paste', () => setTimeout(() => void read({ text: box.value }, false), 0));
  box.addEventListener('input', (e) => {
    if ((e as InputEvent).inputType === 'insertFromPaste') return;
    clearTimeout(typing);
    typing = setTimeout(() => void read({ text: box.value }, false), TYPING_PAUSE_MS);
  });
  // The reader loads as soon as someone shows they will use it, so the first read is quick.
  box.addEventListener('focus', () => void loadReader().catch(() => undefined), { once: true });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void read({ file: chosen }, true);
    file.value = '';
  });
  for (const target of [box, form] as HTMLElement[]) {
    target.addEventListener('dragover', (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) {
        e.preventDefault();
        root.dataset.drop = 'over';
      }
    });
    target.addEventListener('dragleave', () => delete root.dataset.drop);
    target.addEventListener('drop', (e: DragEvent) => {
      const dropped = e.dataTransfer?.files[0];
      delete root.dataset.drop;
      if (!dropped) return;
      e.preventDefault();
      void read({ file: dropped }, true);
    });
  }
  const example = (id: string, focusReport: boolean): void => {
    const template = root.querySelector<HTMLTemplateElement>(`template[data-example-text="${CSS.escape(id)}"]`);
    const text = template?.content.textContent;
    if (!template || !text) return;
    box.value = text;
    void read({ text, note: template.dataset.exampleLabel ?? '' }, focusReport);
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    button.addEventListener('click', () => example(button.dataset.example ?? '', true));
  }
  const asked = new URLSearchParams(location.search).get('example');
  if (asked) example(asked, false);
  root.dataset.ready = '';
}
