// The projector deck, as data: one idea per slide, in lesson order, each with speaker notes (the part of the plan it
// belongs to, its minutes, what to say and what to listen for). Pure: the page renders it, tests count it.
import type { Classroom } from './validate';
import { readerHref } from './reader';

export type Slide =
  | { kind: 'title'; id: string }
  | { kind: 'inbox'; id: string }
  | { kind: 'hook'; id: string }
  | { kind: 'spot'; id: string; spot: string; n: number; reveal: boolean }
  | { kind: 'header'; id: string }
  | { kind: 'header-questions'; id: string }
  | { kind: 'header-key'; id: string }
  | { kind: 'levels'; id: string }
  | { kind: 'claim'; id: string; claim: string; n: number; reveal: boolean }
  | { kind: 'lateral'; id: string }
  | { kind: 'discussion'; id: string; question: string; n: number }
  | { kind: 'exit'; id: string };

export interface SlideNotes {
  /** The part of the plan, e.g. "Hook · 3 min (0–3)". */
  part: string;
  lines: string[];
}

/** The plan part each slide belongs to, and its minutes in the 45-minute class with the clock. */
function partLabels(lesson: Classroom): Map<string, string> {
  let t = 0;
  return new Map(
    lesson.arc.map((p) => {
      const label = p.full > 0 ? `${p.part} · ${p.full} min (minute ${t}–${t + p.full})` : p.part;
      t += p.full;
      return [p.id, label];
    }),
  );
}

export function buildSlides(lesson: Classroom): Slide[] {
  const slides: Slide[] = [{ kind: 'title', id: 'title' }, { kind: 'inbox', id: 'inbox' }, { kind: 'hook', id: 'hook' }];
  lesson.spots.forEach((s, i) => {
    slides.push({ kind: 'spot', id: `spot-${s.id}`, spot: s.id, n: i + 1, reveal: false });
    slides.push({ kind: 'spot', id: `spot-${s.id}-found`, spot: s.id, n: i + 1, reveal: true });
  });
  slides.push({ kind: 'header', id: 'header' }, { kind: 'header-questions', id: 'header-questions' }, { kind: 'header-key', id: 'header-key' });
  slides.push({ kind: 'levels', id: 'levels' });
  lesson.claims.forEach((c, i) => {
    slides.push({ kind: 'claim', id: `claim-${c.id}`, claim: c.id, n: i + 1, reveal: false });
    slides.push({ kind: 'claim', id: `claim-${c.id}-level`, claim: c.id, n: i + 1, reveal: true });
  });
  slides.push({ kind: 'lateral', id: 'lateral' });
  lesson.discussion.forEach((q, i) => slides.push({ kind: 'discussion', id: `discussion-${q.id}`, question: q.id, n: i + 1 }));
  slides.push({ kind: 'exit', id: 'exit' });
  return slides;
}

const PART: Record<Slide['kind'], string> = {
  title: 'hook',
  inbox: 'hook',
  hook: 'hook',
  spot: 'activity-email',
  header: 'activity-headers',
  'header-questions': 'activity-headers',
  'header-key': 'activity-headers',
  levels: 'activity-claims',
  claim: 'activity-claims',
  lateral: 'activity-lateral',
  discussion: 'discussion',
  exit: 'exit-ticket',
};

/** Speaker notes for a slide: its part and minutes, then what to do, say and listen for. */
export function slideNotes(lesson: Classroom, slide: Slide): SlideNotes {
  const part = partLabels(lesson).get(PART[slide.kind]) ?? '';
  const arc = (id: string) => lesson.arc.find((p) => p.id === id);
  const lines = ((): string[] => {
    switch (slide.kind) {
      case 'title':
        return ['Before class: students open the student page (link or QR code on the teacher guide).', `Essential question: ${lesson.guide.essentialQuestion}`];
      case 'inbox':
        return [...(arc('hook')?.teacher ?? []), arc('hook')?.say ? `Say: “${arc('hook')?.say}”` : ''].filter(Boolean);
      case 'hook':
        return ['Take three or four answers; don’t confirm or correct yet.', `Then: “${arc('hook')?.transition ?? ''}”`, 'Next: guided reading of the story (7 minutes), then come back to the spots.'];
      case 'spot': {
        const s = lesson.spots.find((x) => x.id === slide.spot);
        if (!slide.reveal) return ['Students write what they think first (on the student page or the handout).', `What was found: ${s?.reveal.map((r) => r.text).join(' ') ?? ''}`];
        return slide.n === lesson.spots.length ? [`Transition: “${arc('activity-email')?.transition ?? ''}”`] : ['Ask one or two students what they wrote before you read this out.'];
      }
      case 'header':
        return [...(arc('activity-headers')?.teacher ?? []), `To model it live: the header reader opens with this header at ${readerHref(lesson.headers.example)}`];
      case 'header-questions':
        return lesson.headers.questions.map((q) => `${q.question} Listen for: ${q.answer.text}`);
      case 'header-key':
        return [`Transition: “${arc('activity-headers')?.transition ?? ''}”`];
      case 'levels':
        return arc('activity-claims')?.teacher ?? [];
      case 'claim': {
        const c = lesson.claims.find((x) => x.id === slide.claim);
        if (!slide.reveal) return ['Students choose a level before you reveal it; on the student page, the first try counts.', `Answer: ${c?.why.text ?? ''}`, `In plain words: ${c?.plain ?? ''}`];
        return [c?.note?.text ?? 'Ask: who says so, and how do they know?'];
      }
      case 'lateral':
        return [...(arc('activity-lateral')?.teacher ?? []), `Look for: ${lesson.lateral.keyNote}`];
      case 'discussion': {
        const q = lesson.discussion.find((x) => x.id === slide.question);
        return [`Listen for: ${q?.listenFor.text ?? ''}`, 'Keep to the evidence: ask “how do we know?”.'];
      }
      case 'exit':
        return [...(arc('exit-ticket')?.teacher ?? []), ...lesson.exitTicket.map((q) => `${q.question} A good answer: ${q.answer.text}`)];
    }
  })();
  return { part, lines };
}
