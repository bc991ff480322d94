// A student's progress through the activities: a plain object kept in localStorage, parsed defensively.
// Type-only import: this module runs in the browser and must not pull zod into the bundle.
import type { ConfidenceId } from '../data/schemas';

/** localStorage key, namespaced to this site and versioned. */
export const PROGRESS_KEY = 'proud-boys-explainer:classroom:v1';

export interface Progress {
  /** Spot ids the student has opened (Activity 1). */
  spots: string[];
  /** Claim id → the level chosen and whether it was checked (Activity 2). */
  claims: Record<string, { choice: string; checked: boolean }>;
  /** Activity 3: the source picked and the questions marked as answered. */
  lateral: { source: string | null; done: string[] };
}

export function emptyProgress(): Progress {
  return { spots: [], claims: {}, lateral: { source: null, done: [] } };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads stored progress; anything missing or malformed becomes empty rather than breaking the page. */
export function parseProgress(json: string | null): Progress {
  const out = emptyProgress();
  if (!json) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return out;
  }
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  out.spots = [...new Set(strings(r.spots))];
  if (r.claims && typeof r.claims === 'object') {
    for (const [id, v] of Object.entries(r.claims as Record<string, unknown>)) {
      const c = v as { choice?: unknown; checked?: unknown } | null;
      if (c && typeof c.choice === 'string' && c.choice) out.claims[id] = { choice: c.choice, checked: c.checked === true };
    }
  }
  const lat = r.lateral as { source?: unknown; done?: unknown } | undefined;
  if (lat && typeof lat === 'object') {
    out.lateral.source = typeof lat.source === 'string' ? lat.source : null;
    out.lateral.done = [...new Set(strings(lat.done))];
  }
  return out;
}

export interface ProgressSummary {
  spotsOpened: number;
  claimsChecked: number;
  claimsRight: number;
  lateralDone: number;
}

/** Counts what is done, against the lesson's own ids (stale ids from an older lesson are ignored). */
export function summarize(
  p: Progress,
  lesson: { spots: readonly string[]; answers: Readonly<Record<string, ConfidenceId>>; lateral: readonly string[] },
): ProgressSummary {
  const checked = Object.entries(p.claims).filter(([id, c]) => c.checked && id in lesson.answers);
  return {
    spotsOpened: p.spots.filter((id) => lesson.spots.includes(id)).length,
    claimsChecked: checked.length,
    claimsRight: checked.filter(([id, c]) => lesson.answers[id] === c.choice).length,
    lateralDone: p.lateral.done.filter((id) => lesson.lateral.includes(id)).length,
  };
}
