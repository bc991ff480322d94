// Schema of the story's steps (data/steps.json): text, text alternative, and the chart state each declares.
import { z } from 'astro/zod';
import { ConfidenceId, Slug, SourceId, type Relay, type TargetState, type TimelineEvent } from './schemas';
import type { DataFile, DataIssue, SourceChecker } from './validate';
import { MAP_VIEWS, RELAY_VIEWS, TIMELINE_VIEWS } from './views';

export { MAP_VIEWS, RELAY_VIEWS, TIMELINE_VIEWS };

/* ---------- chart states a step can declare ---------- */

/** What the map shows: a whole view, never an action. */
export const MapState = z.strictObject({
  view: z.enum(MAP_VIEWS),
  /** Optional state code whose details card the step points at (no card opens by itself). */
  focus: z.string().regex(/^[A-Z]{2}$/).optional(),
});
export type MapState = z.infer<typeof MapState>;

/** What the relay diagram shows. */
export const RelayState = z.strictObject({
  view: z.enum(RELAY_VIEWS),
  /** With view "path": edges with hop ≤ this are revealed. */
  hop: z.number().int().min(1).optional(),
  /** Show the "email" token travelling along the revealed path. */
  token: z.boolean().optional(),
});
export type RelayState = z.infer<typeof RelayState>;

/** What the timeline shows. */
export const TimelineState = z.strictObject({
  view: z.enum(TIMELINE_VIEWS),
  /** Event id to emphasise. */
  focus: Slug.optional(),
});
export type TimelineState = z.infer<typeof TimelineState>;

/* ---------- steps ---------- */

const paragraphs = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine((p) => /\[S[^\]]*\]/.test(p), 'must cite at least one source, e.g. "… [S16]"'),
  )
  .min(1, 'must have at least one paragraph');

const stepBase = {
  id: Slug,
  section: Slug,
  heading: z.string().trim().min(1, 'must not be empty'),
  /** Paragraphs; citations are written inline as [S16] or [S16, S17]. */
  body: paragraphs,
  /** Required text alternative: what the graphic shows at this step. */
  alt: z.string().trim().min(20, 'must describe what the graphic shows (at least 20 characters)'),
  /** Optional confidence flag shown beside the step heading. */
  confidence: ConfidenceId.optional(),
  /** Optional link to another page of this site, after the text (e.g. the header reader). */
  next: z
    .strictObject({
      path: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a site path like "/check-an-email/"'),
      text: z.string().trim().min(1, 'must not be empty'),
    })
    .optional(),
};

export const Step = z.discriminatedUnion('graphic', [
  z.strictObject({ ...stepBase, graphic: z.literal('map'), state: MapState }),
  z.strictObject({ ...stepBase, graphic: z.literal('relay'), state: RelayState }),
  z.strictObject({ ...stepBase, graphic: z.literal('timeline'), state: TimelineState }),
]);
export type Step = z.infer<typeof Step>;
export type GraphicName = Step['graphic'];

export const Section = z.strictObject({ id: Slug, title: z.string().trim().min(1, 'must not be empty') });
export type Section = z.infer<typeof Section>;

export const StepsFile = z.strictObject({
  sections: z.array(Section).min(1),
  steps: z.array(Step).min(1),
});
export type StepsData = z.infer<typeof StepsFile>;

/** Citation marker in step text: [S16] or [S16, S17]. */
export const CITATION_RE = /\[(S[^\]]*)\]/g;

/** Splits a paragraph into text and citation segments. */
export function splitCitations(text: string): Array<{ text: string } | { cite: string[] }> {
  const out: Array<{ text: string } | { cite: string[] }> = [];
  let last = 0;
  for (const m of text.matchAll(CITATION_RE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ cite: (m[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean) });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Every source id cited in a text. */
export function citationsIn(text: string): string[] {
  return splitCitations(text).flatMap((seg) => ('cite' in seg ? seg.cite : []));
}

/** Checks steps against the rest of the dataset: sections, cited sources, and ids named in states. */
export function crossCheckSteps(
  data: StepsData,
  refs: { states: TargetState[]; relay: Relay; timeline: TimelineEvent[] },
  checkSources: SourceChecker,
  issues: DataIssue[],
): void {
  const file: DataFile = 'data/steps.json';
  const sectionIds = new Set(data.sections.map((s) => s.id));
  const codes = new Set(refs.states.map((s) => s.code));
  const eventIds = new Set(refs.timeline.map((e) => e.id));
  const maxHop = Math.max(...refs.relay.edges.map((e) => e.hop));
  for (const step of data.steps) {
    const entry = step.id;
    if (!sectionIds.has(step.section)) issues.push({ file, entry, field: 'section', message: `unknown section "${step.section}"` });
    step.body.forEach((p, i) => {
      const cited = citationsIn(p);
      cited.forEach((id) => {
        if (!SourceId.safeParse(id).success) issues.push({ file, entry, field: `body[${i}]`, message: `"${id}" is not a source id` });
      });
      checkSources(file, entry, `body[${i}]`, cited.filter((id) => SourceId.safeParse(id).success));
    });
    if (step.graphic === 'map' && step.state.focus !== undefined && !codes.has(step.state.focus)) {
      issues.push({ file, entry, field: 'state.focus', message: `"${step.state.focus}" is not a state in data/states.json` });
    }
    if (step.graphic === 'relay' && step.state.hop !== undefined && step.state.hop > maxHop) {
      issues.push({ file, entry, field: 'state.hop', message: `hop ${step.state.hop} is beyond the last hop (${maxHop}) in data/relay.json` });
    }
    if (step.graphic === 'timeline' && step.state.focus !== undefined && !eventIds.has(step.state.focus)) {
      issues.push({ file, entry, field: 'state.focus', message: `unknown event id "${step.state.focus}" in data/timeline.json` });
    }
  }
}
