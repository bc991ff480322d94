// Orders sources for the Sources list and gives each the number readers see in citations.
import type { Source, SourceKind } from './data/schemas';

/** Reader-facing groups of the Sources list, in display order. */
export const SOURCE_GROUPS: ReadonlyArray<{ id: string; title: string; kinds: readonly SourceKind[] }> = [
  { id: 'official', title: 'Official records', kinds: ['government', 'court', 'company-statement'] },
  { id: 'news', title: 'News reports', kinds: ['news-report'] },
  { id: 'analysis', title: 'Analysis and commentary', kinds: ['analysis'] },
];

export const KIND_LABEL: Record<SourceKind, string> = {
  government: 'Government record',
  court: 'Court record',
  'company-statement': 'Company statement',
  'news-report': 'News report',
  analysis: 'Analysis',
};

export interface NumberedSource {
  /** 1-based number shown in citations and in the list. */
  n: number;
  source: Source;
}

/** Sources grouped for display, numbered continuously across groups. */
export function numberSources(sources: readonly Source[]): {
  groups: Array<{ id: string; title: string; items: NumberedSource[] }>;
  byId: Map<string, NumberedSource>;
} {
  const byId = new Map<string, NumberedSource>();
  let n = 0;
  const groups = SOURCE_GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    items: sources
      .filter((s) => g.kinds.includes(s.kind))
      .map((source) => {
        const item = { n: ++n, source };
        byId.set(source.id, item);
        return item;
      }),
  }));
  return { groups, byId };
}

/** The anchor id of a source in the Sources list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
