// The explore list's filters as URL query params (?actor=agency,political&confidence=official-record): pure read and write.
// Type-only import: the browser bundle must not pull in zod through schemas.ts.
import type { ActorType, ConfidenceId } from '../../lib/data/schemas';
import { ACTOR_ORDER as ACTOR_TYPES, CONFIDENCE_ORDER as CONFIDENCE_IDS } from './meta';

/** Which actor types and confidence levels are shown. */
export interface TimelineFilters {
  actor: Set<ActorType>;
  confidence: Set<ConfidenceId>;
}

function readList<T extends string>(params: URLSearchParams, name: string, all: readonly T[]): Set<T> {
  const raw = params.get(name);
  if (raw === null) return new Set(all);
  return new Set(raw.split(',').map((s) => s.trim()).filter((s): s is T => (all as readonly string[]).includes(s)));
}

/** Reads the filters from a query string; a missing param means "all", unknown values are ignored. */
export function readFilters(search: string): TimelineFilters {
  const params = new URLSearchParams(search);
  return { actor: readList(params, 'actor', ACTOR_TYPES), confidence: readList(params, 'confidence', CONFIDENCE_IDS) };
}

/** Writes the filters into a query string, leaving other params alone; "all" removes the param. */
export function writeFilters(search: string, filters: TimelineFilters): string {
  const params = new URLSearchParams(search);
  const put = (name: string, set: Set<string>, all: readonly string[]): void => {
    if (all.every((v) => set.has(v))) params.delete(name);
    else params.set(name, all.filter((v) => set.has(v)).join(','));
  };
  put('actor', filters.actor, ACTOR_TYPES);
  put('confidence', filters.confidence, CONFIDENCE_IDS);
  const out = params.toString().replace(/%2C/gi, ',');
  return out ? `?${out}` : '';
}
