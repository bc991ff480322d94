// Build-time adapter: turns the validated dataset into the compact chart's trimmed events (also its browser payload).
import type { Dataset } from '../../lib/data';
import { numberSources } from '../../lib/sources';
import type { StageEvent } from './layout';

/** The trimmed events for the compact chart, in the data's chronological order. */
export function stageEvents(dataset: Pick<Dataset, 'timeline' | 'sources' | 'confidence'>): StageEvent[] {
  const { byId } = numberSources(dataset.sources);
  const label = new Map(dataset.confidence.map((c) => [c.id, c.label]));
  return dataset.timeline.map((e) => {
    const first = byId.get(e.sources[0] ?? '');
    const out: StageEvent = {
      id: e.id,
      date: e.date,
      datePrecision: e.datePrecision,
      actorType: e.actorType,
      confidence: e.confidence,
      headline: e.headline,
      source: { n: first?.n ?? 0, publisher: first?.source.publisher ?? '' },
      confidenceLabel: label.get(e.confidence) ?? e.confidence,
    };
    if (e.key) out.key = true;
    if (e.quote) out.quote = { text: e.quote.text, speaker: e.quote.speaker };
    return out;
  });
}
