// The student page in the browser: predictions locked in before reveals, first tries recorded, answers loaded only
// on a check, work kept in localStorage (and said so when it cannot be), copy/print to hand in, start over.
import { emptyStudentProgress, firstTryScore, scoreLine, type LessonOutline, type StudentProgress } from '../../../lib/classroom/studentProgress';
import type { StudentAnswers } from '../../../lib/classroom/answers';
import { clearProgress, loadProgress, saveProgress, storageWorks } from './storage';
import { fill, levelBadge, richParagraph, textParagraph } from './render';
import { setupHandIn } from './handin';

interface Ctx {
  root: HTMLElement;
  outline: LessonOutline;
  progress: StudentProgress;
  answers: () => Promise<StudentAnswers>;
  commit: () => void;
}

const $$ = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

/** Loads answers.json once, when first needed; a failure can be retried. */
function answerLoader(url: string): () => Promise<StudentAnswers> {
  let pending: Promise<StudentAnswers> | null = null;
  return () => {
    pending ??= fetch(url).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<StudentAnswers>;
    });
    pending.catch(() => (pending = null));
    return pending;
  };
}

const OFFLINE = 'Could not load the answer: check your connection, then try again.';

/** Fills text boxes from a record of answers and keeps the record in step as the student types (unless locked). */
function bindTexts(boxes: HTMLTextAreaElement[], key: string, record: Record<string, string>, commit: () => void, locked = () => false): void {
  for (const box of boxes) {
    const id = box.dataset[key] ?? '';
    box.value = record[id] ?? '';
    box.addEventListener('input', () => {
      if (locked()) return;
      record[id] = box.value;
      commit();
    });
  }
}

/* ---------- Activity 1A: the email and its spots ---------- */

function setupEmail(ctx: Ctx): void {
  const figure = ctx.root.querySelector<HTMLElement>('#activity-email [data-email-view]');
  const toggle = ctx.root.querySelector<HTMLButtonElement>('[data-email-toggle]');
  if (figure && toggle) {
    const show = (spots: boolean) => {
      figure.dataset.emailView = spots ? 'annotated' : 'inbox';
      toggle.setAttribute('aria-pressed', String(spots));
    };
    show(Object.values(ctx.progress.spots).some((s) => s.locked));
    toggle.addEventListener('click', () => show(figure.dataset.emailView === 'inbox'));
  }
  $$<HTMLAnchorElement>(ctx.root, '[data-spot-link]').forEach((a) =>
    a.addEventListener('click', (e) => {
      const box = ctx.root.querySelector<HTMLTextAreaElement>(`[data-spot-text="${a.dataset.spotLink}"]`);
      if (!box) return;
      e.preventDefault();
      box.closest('li')?.scrollIntoView({ block: 'start' });
      box.focus();
    }),
  );
  for (const li of $$<HTMLElement>(ctx.root, 'li[data-spot]')) setupSpot(ctx, li, li.dataset.spot!);
}

function setupSpot(ctx: Ctx, li: HTMLElement, id: string): void {
  const box = li.querySelector<HTMLTextAreaElement>('[data-spot-text]')!;
  const status = li.querySelector<HTMLElement>('[data-spot-status]')!;
  const reveal = li.querySelector<HTMLElement>('[data-spot-reveal]')!;
  const show = async () => {
    box.readOnly = true;
    status.textContent = 'Locked in. What was found:';
    try {
      const a = await ctx.answers();
      fill(reveal, ...(a.spots[id] ?? []).map((l) => richParagraph(l)));
    } catch {
      status.textContent = OFFLINE;
    }
  };
  box.addEventListener('input', () => {
    if (ctx.progress.spots[id]?.locked) return;
    ctx.progress.spots[id] = { text: box.value, locked: false };
    ctx.commit();
  });
  li.querySelector('[data-spot-lock]')?.addEventListener('click', () => {
    if (!box.value.trim()) {
      status.textContent = 'Write what you think first.';
      box.focus();
      return;
    }
    ctx.progress.spots[id] = { text: box.value, locked: true };
    ctx.commit();
    void show();
  });
  const saved = ctx.progress.spots[id];
  box.value = saved?.text ?? '';
  if (saved?.locked) void show();
}

/* ---------- Activity 1B: the header ---------- */

function setupHeaders(ctx: Ctx): void {
  const section = ctx.root.querySelector<HTMLElement>('#activity-headers');
  if (!section) return;
  const marks = $$<HTMLInputElement>(section, '[data-header-mark]');
  const texts = $$<HTMLTextAreaElement>(section, '[data-header-answer]');
  const status = section.querySelector<HTMLElement>('[data-header-status]')!;
  const h = ctx.progress.headers;
  const show = async () => {
    marks.forEach((m) => (m.disabled = true));
    texts.forEach((t) => (t.readOnly = true));
    try {
      const a = await ctx.answers();
      showHeaderKey(section, a, marks);
      status.textContent = `First try: ${h.firstRight ?? 0} of ${marks.length} lines right. The key is under each line and each question.`;
    } catch {
      status.textContent = OFFLINE;
    }
  };
  marks.forEach((m) => {
    m.checked = h.marks.includes(Number(m.dataset.headerMark));
    m.addEventListener('change', () => {
      h.marks = marks.filter((x) => x.checked).map((x) => Number(x.dataset.headerMark));
      ctx.commit();
    });
  });
  bindTexts(texts, 'headerAnswer', h.answers, ctx.commit, () => h.checked);
  section.querySelector('[data-header-check]')?.addEventListener('click', async () => {
    if (h.checked) return void show();
    if (texts.every((t) => !t.value.trim())) {
      status.textContent = 'Answer at least one question, and tick the lines, first.';
      return;
    }
    try {
      const a = await ctx.answers();
      h.firstRight = marks.filter((m) => m.checked === a.headers.fields[Number(m.dataset.headerMark)]?.sender).length;
      h.checked = true;
      ctx.commit();
      void show();
    } catch {
      status.textContent = OFFLINE;
    }
  });
  if (h.checked) void show();
}

function showHeaderKey(section: HTMLElement, a: StudentAnswers, marks: HTMLInputElement[]): void {
  for (const m of marks) {
    const i = Number(m.dataset.headerMark);
    const f = a.headers.fields[i];
    const out = section.querySelector<HTMLElement>(`[data-header-result="${i}"]`);
    if (!f || !out) continue;
    const right = m.checked === f.sender;
    out.dataset.result = right ? 'right' : 'wrong';
    out.textContent = `${right ? '✓' : '✗'} ${f.sender ? 'The sender’s.' : 'Not the sender’s.'} ${f.who} ${f.shows}`;
  }
  for (const [id, line] of Object.entries(a.headers.answers)) {
    const el = section.querySelector<HTMLElement>(`[data-header-model="${id}"]`);
    if (el) fill(el, textParagraph('A good answer:', undefined, 'reveal-lead'), richParagraph(line));
  }
}

/* ---------- Activity 2: claims ---------- */

function setupClaims(ctx: Ctx): void {
  for (const item of $$<HTMLElement>(ctx.root, '[data-claim]')) setupClaim(ctx, item, item.dataset.claim!);
}

function setupClaim(ctx: Ctx, item: HTMLElement, id: string): void {
  const radios = $$<HTMLInputElement>(item, 'input[type=radio]');
  const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
  const out = item.querySelector<HTMLElement>('[data-claim-answer]')!;
  const label = (lvl: string | null) => (lvl ? (ctx.outline.levels[lvl] ?? lvl) : '');
  const show = async () => {
    const rec = ctx.progress.claims[id];
    radios.forEach((r) => {
      r.checked = r.value === rec?.first;
      r.disabled = true;
    });
    try {
      const key = (await ctx.answers()).claims[id];
      if (!key || !rec?.first) return;
      feedback.dataset.result = rec.firstRight ? 'right' : 'wrong';
      feedback.textContent = rec.firstRight ? `✓ First try: ${label(rec.first)}. Right.` : `✗ First try: ${label(rec.first)}. The story rates it ${key.label}.`;
      const head = document.createElement('p');
      head.append(levelBadge(key.level, key.label), ' ', key.definition);
      const story = richParagraph(key.story, 'small');
      story.prepend(Object.assign(document.createElement('span'), { className: 'muted', textContent: 'What the story’s data says: ' }));
      fill(out, head, richParagraph(key.why), textParagraph(key.plain, 'In plain words:'), story, ...(key.note ? [richParagraph(key.note, 'small')] : []));
    } catch {
      feedback.textContent = OFFLINE;
    }
  };
  radios.forEach((r) =>
    r.addEventListener('change', () => {
      const rec = (ctx.progress.claims[id] ??= { choice: null, first: null, firstRight: null });
      if (rec.first) return;
      rec.choice = r.value;
      feedback.textContent = '';
      ctx.commit();
    }),
  );
  item.querySelector('[data-check]')?.addEventListener('click', async () => {
    const rec = ctx.progress.claims[id];
    if (rec?.first) return void show();
    const choice = radios.find((r) => r.checked)?.value;
    if (!choice) {
      feedback.dataset.result = 'none';
      feedback.textContent = 'Choose a level first.';
      return;
    }
    try {
      const key = (await ctx.answers()).claims[id];
      ctx.progress.claims[id] = { choice, first: choice, firstRight: key?.level === choice };
      ctx.commit();
      void show();
    } catch {
      feedback.textContent = OFFLINE;
    }
  });
  const saved = ctx.progress.claims[id];
  if (saved?.first) void show();
  else radios.forEach((r) => (r.checked = r.value === saved?.choice));
}

/* ---------- Activity 3: read laterally ---------- */

function setupLateral(ctx: Ctx): void {
  const section = ctx.root.querySelector<HTMLElement>('#activity-lateral');
  if (!section) return;
  const picks = $$<HTMLInputElement>(section, '[data-lateral-source]');
  const texts = $$<HTMLTextAreaElement>(section, '[data-lateral-answer]');
  const status = section.querySelector<HTMLElement>('[data-lateral-status]')!;
  const notes = section.querySelector<HTMLElement>('[data-lateral-notes]')!;
  const l = ctx.progress.lateral;
  const show = async () => {
    try {
      const n = l.source ? (await ctx.answers()).lateral[l.source] : undefined;
      if (!n) return;
      const title = textParagraph(ctx.outline.lateral.sources[l.source!] ?? '', 'Our notes on', 'reveal-lead');
      fill(notes, title, textParagraph(n.where, 'Where the link goes:'), textParagraph(n.kind, 'Kind:'), textParagraph(n.lookFor, 'What to look for:'));
      status.textContent = 'Compare your answers with our notes below.';
    } catch {
      status.textContent = OFFLINE;
    }
  };
  picks.forEach((p) => {
    p.checked = p.value === l.source;
    p.addEventListener('change', () => {
      l.source = p.value;
      l.checked = false;
      notes.hidden = true;
      ctx.commit();
    });
  });
  bindTexts(texts, 'lateralAnswer', l.answers, ctx.commit);
  section.querySelector('[data-lateral-check]')?.addEventListener('click', () => {
    if (!l.source) return void (status.textContent = 'Pick a source first.');
    if (texts.every((t) => !t.value.trim())) return void (status.textContent = 'Answer the questions first.');
    l.checked = true;
    ctx.commit();
    void show();
  });
  if (l.checked) void show();
}

/* ---------- details, exit ticket ---------- */

function setupTextFields(ctx: Ctx): void {
  for (const input of $$<HTMLInputElement>(ctx.root, '[data-student-field]')) {
    const key = input.dataset.studentField as 'name' | 'klass';
    input.value = ctx.progress[key];
    input.addEventListener('input', () => {
      ctx.progress[key] = input.value;
      ctx.commit();
    });
  }
  bindTexts($$<HTMLTextAreaElement>(ctx.root, '[data-exit-answer]'), 'exitAnswer', ctx.progress.exit, ctx.commit);
}

function init(root: HTMLElement): void {
  const outline = JSON.parse(root.querySelector('[data-outline]')?.textContent ?? '{}') as LessonOutline;
  const canStore = storageWorks();
  const scoreEl = root.querySelector<HTMLElement>('[data-score]');
  const ctx: Ctx = {
    root,
    outline,
    progress: canStore ? loadProgress() : emptyStudentProgress(),
    answers: answerLoader(root.dataset.answersUrl ?? 'answers.json'),
    commit: () => {
      saveProgress(ctx.progress);
      if (scoreEl) scoreEl.textContent = `Your first-try score so far. ${scoreLine(firstTryScore(ctx.progress, outline))}`;
    },
  };
  root.querySelectorAll<HTMLElement>('[data-nojs-note]').forEach((el) => (el.hidden = true));
  const storage = root.querySelector<HTMLElement>('[data-storage-status]');
  if (storage && !canStore) {
    storage.dataset.blocked = '';
    storage.textContent = 'This browser is not saving your answers (storage is blocked here). Keep this page open, and copy or print your answers before you close it.';
  }
  setupTextFields(ctx);
  setupEmail(ctx);
  setupHeaders(ctx);
  setupClaims(ctx);
  setupLateral(ctx);
  setupHandIn(root, () => ctx.progress, outline, () => {
    clearProgress();
    location.replace(`${location.pathname}?cleared#hand-in`);
  });
  ctx.commit();
}

const root = document.querySelector<HTMLElement>('[data-student]');
if (root) init(root);
