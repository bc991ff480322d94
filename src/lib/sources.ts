// Orders sources for the Sources list and gives each the number readers see in citations.
import { PROVENANCES, siteOf } from './data/provenance';
import type { Provenance, Source, SourceKind } from './data/schemas';

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

/** What each provenance is called in the Sources list's count, singular and plural. */
export const PROVENANCE_NAMES: Record<Provenance, [string, string]> = {
  original: ['original on its publisher’s own site', 'originals on their publishers’ own sites'],
  official: ['official record on the government’s or company’s own site', 'official records on the government’s or company’s own site'],
  republication: ['licensed republication', 'licensed republications'],
  copy: ['copy on an unrelated site', 'copies on unrelated sites'],
};

/** How many sources have each provenance, in the order of PROVENANCES. */
export function provenanceCounts(sources: readonly Source[]): Array<{ provenance: Provenance; count: number; name: string }> {
  return PROVENANCES.map((provenance) => {
    const count = sources.filter((s) => s.provenance === provenance).length;
    const [one, many] = PROVENANCE_NAMES[provenance];
    return { provenance, count, name: count === 1 ? one : many };
  });
}

/** The plain sentence a reader sees beside a source's link: where the link goes, and whether we read a copy. */
export function whereLine(s: Source): string {
  const site = siteOf(s.url);
  switch (s.provenance) {
    case 'original':
      return `On the publisher’s own site, ${site}.`;
    case 'official':
      return `Official record, on ${site}.`;
    case 'republication':
      return `Republished by ${s.republishedBy ?? site} (${site}) under licence.`;
    case 'copy': {
      const label = s.copy ? `Read in a copy at ${s.copy.site}; ${s.copy.why}.` : `Read in a copy at ${site}.`;
      return s.copy?.faithful === false ? `${label} This copy differs from the original.` : label;
    }
  }
}

/** For a source whose link is the original but whose text we read elsewhere: the sentence before that link. */
export function readInLine(s: Source): string | null {
  if (!s.readIn) return null;
  return s.readIn.provenance === 'copy' ? `We read its text in a copy at ${s.readIn.carrier}:` : `We read its text as republished by ${s.readIn.carrier}:`;
}
