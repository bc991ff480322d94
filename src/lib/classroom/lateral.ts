// Activity 3 (read laterally): sources grouped by kind for the picker, and a small per-source payload for the browser.
import type { Dataset } from '../data/validate';
import type { SourceKind } from '../data/schemas';
import { citationLists } from '../data/citations';
import { KIND_LABEL, numberSources } from '../sources';
import { formatDate } from '../format';

/** Group titles of the picker, in order. */
export const KIND_GROUP: Record<SourceKind, string> = {
  government: 'Government records',
  court: 'Court records',
  'company-statement': 'Company statements',
  'news-report': 'News reports',
  analysis: 'Analysis, commentary and blogs',
};

/** What each kind means for our evidence labels (data/README.md, "sources.json"). */
export const KIND_HINT: Record<SourceKind, string> = {
  government: 'An official record: the story counts it as “Official record” evidence.',
  court: 'An official record: the story counts it as “Official record” evidence.',
  'company-statement': 'A company speaking for itself: an official record of what the company says.',
  'news-report': 'Journalism, including copies of other outlets’ stories. Two independent reports make “Several reports”.',
  analysis: 'Commentary, research or a blog: it may report what others found, so check where its facts come from.',
};

/** One source as the picker shows it. Every field is plain text or an https URL. */
export interface LateralSource {
  id: string;
  /** The number readers see in citations and in the story's Sources list. */
  n: number;
  publisher: string;
  title: string;
  titleInferred: boolean;
  kindLabel: string;
  kindHint: string;
  published: string | null;
  url: string;
  /** The web address's host, e.g. "daccess.net": a first clue to whether it is a copy. */
  host: string;
  archiveUrl: string;
  supports: string;
  note: string | null;
  /** Other sources cited next to this one for the same facts, most often first (at most 4). */
  alongside: Array<{ n: number; publisher: string }>;
}

export interface LateralGroup {
  title: string;
  options: Array<{ id: string; label: string }>;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The picker's option groups (by kind, in the story's numbering order) and the payload keyed by source id. */
export function lateralData(d: Dataset): { groups: LateralGroup[]; byId: Record<string, LateralSource> } {
  const { byId: numbered } = numberSources(d.sources);
  const lists = citationLists(d);
  const byId: Record<string, LateralSource> = {};
  for (const s of d.sources) {
    const counts = new Map<string, number>();
    for (const list of lists) {
      if (!list.includes(s.id)) continue;
      for (const other of list) if (other !== s.id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const alongside = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (numbered.get(a[0])?.n ?? 0) - (numbered.get(b[0])?.n ?? 0))
      .slice(0, 4)
      .flatMap(([id]) => {
        const o = numbered.get(id);
        return o ? [{ n: o.n, publisher: o.source.publisher }] : [];
      });
    byId[s.id] = {
      id: s.id,
      n: numbered.get(s.id)?.n ?? 0,
      publisher: s.publisher,
      title: s.title,
      titleInferred: s.titleInferred,
      kindLabel: KIND_LABEL[s.kind],
      kindHint: KIND_HINT[s.kind],
      published: s.published ? formatDate(s.published) : null,
      url: s.url,
      host: new URL(s.url).hostname,
      archiveUrl: s.archiveUrl,
      supports: s.supports,
      note: s.note ?? null,
      alongside,
    };
  }
  const kinds = Object.keys(KIND_GROUP) as SourceKind[];
  const groups = kinds
    .map((kind) => ({
      title: KIND_GROUP[kind],
      options: d.sources
        .filter((s) => s.kind === kind)
        .map((s) => byId[s.id]!)
        .sort((a, b) => a.n - b.n)
        .map((s) => ({ id: s.id, label: `${s.n}. ${shorten(s.publisher, 48)}: ${shorten(s.title, 56)}` })),
    }))
    .filter((g) => g.options.length > 0);
  return { groups, byId };
}
