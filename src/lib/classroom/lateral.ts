// Activity 3 (read laterally): the curated sources as cards students read, and the notes they see once they answer.
import type { Dataset } from '../data/validate';
import type { SourceKind } from '../data/schemas';
import { citationLists } from '../data/citations';
import { siteOf } from '../data/provenance';
import { KIND_LABEL, numberSources, whereLine } from '../sources';
import { formatDate } from '../format';
import type { ClassroomData } from './schema';

/** What each kind means for our evidence labels (data/README.md, "sources.json"). */
export const KIND_HINT: Record<SourceKind, string> = {
  government: 'An official record: the story counts it as “Official record” evidence.',
  court: 'An official record: the story counts it as “Official record” evidence.',
  'company-statement': 'A company speaking for itself: an official record of what the company says.',
  'news-report': 'Journalism. Two independent reports make “Several reports”; copies of one story count once.',
  analysis: 'Commentary, research or a blog: it may report what others found, so check where its facts come from.',
};

/** A source as students see it before they answer: the facts on the page, nothing of our judgement. */
export interface LateralCard {
  id: string;
  /** The number readers see in citations and in the story's Sources list. */
  n: number;
  tier: ClassroomData['lateral']['sources'][number]['tier'];
  tierLabel: string;
  publisher: string;
  /** The publisher's own web addresses (what a lateral reader would find). */
  publisherSites: string[];
  title: string;
  titleInferred: boolean;
  url: string;
  /** The host of the page we link to, e.g. "daccess.net". */
  host: string;
  archiveUrl: string;
  /** As shown by the page, or null when it shows none. */
  published: string | null;
  /** Other sources the story cites next to it for the same facts (at most 3). */
  alongside: Array<{ n: number; publisher: string }>;
}

/** What students see once they have answered: where the link goes, the kind, and what to look for. */
export interface LateralNotes {
  where: string;
  kind: string;
  lookFor: string;
}

/** Other sources cited in the same lists as `id`, most often first. */
function alongsideOf(d: Dataset, id: string, max: number): Array<{ n: number; publisher: string }> {
  const { byId } = numberSources(d.sources);
  const counts = new Map<string, number>();
  for (const list of citationLists(d)) {
    if (!list.includes(id)) continue;
    for (const other of list) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (byId.get(a[0])?.n ?? 0) - (byId.get(b[0])?.n ?? 0))
    .slice(0, max)
    .flatMap(([other]) => {
      const o = byId.get(other);
      return o ? [{ n: o.n, publisher: o.source.publisher }] : [];
    });
}

/** The curated set as cards, in the lesson's order (validation guarantees every id exists). */
export function lateralCards(d: Dataset, lateral: ClassroomData['lateral']): LateralCard[] {
  const { byId } = numberSources(d.sources);
  const tierLabel = new Map(lateral.tiers.map((t) => [t.id, t.label]));
  return lateral.sources.flatMap((pick) => {
    const s = d.sources.find((x) => x.id === pick.id);
    if (!s) return [];
    return [
      {
        id: s.id,
        n: byId.get(s.id)?.n ?? 0,
        tier: pick.tier,
        tierLabel: tierLabel.get(pick.tier) ?? pick.tier,
        publisher: s.publisher,
        publisherSites: s.publisherDomains,
        title: s.title,
        titleInferred: s.titleInferred,
        url: s.url,
        host: siteOf(s.url),
        archiveUrl: s.archiveUrl,
        published: s.published ? formatDate(s.published) : null,
        alongside: alongsideOf(d, s.id, 3),
      },
    ];
  });
}

/** Our notes on each curated source, keyed by id. */
export function lateralNotes(d: Dataset, lateral: ClassroomData['lateral']): Record<string, LateralNotes> {
  const out: Record<string, LateralNotes> = {};
  for (const pick of lateral.sources) {
    const s = d.sources.find((x) => x.id === pick.id);
    if (s) out[s.id] = { where: whereLine(s), kind: `${KIND_LABEL[s.kind]}. ${KIND_HINT[s.kind]}`, lookFor: pick.lookFor };
  }
  return out;
}
