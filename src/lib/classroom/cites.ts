// Citation links for the lesson: dataset sources (S16) go to the story's Sources list, lesson sources (L1) to the
// page's own list. Shared by the LessonCite component and the student answers payload, so both number alike.
import type { Source } from '../data/schemas';
import { numberSources, sourceAnchor } from '../sources';
import type { CitedLine, LessonSource } from './schema';

/** One citation link: the number or id readers see, where it goes and what it names. */
export interface CiteLink {
  label: string;
  href: string;
  title: string;
  aria: string;
}

/** A line of lesson text with its citation links: what the student page receives and renders as text. */
export interface RichLine {
  text: string;
  cites: CiteLink[];
}

export interface CiteContext {
  sources: readonly Source[];
  lessonSources: readonly LessonSource[];
  /** The story page's path under the base, e.g. "/" or "/sub/". */
  storyPath: string;
}

/** Builds the citation links for a list of ids (unknown ids are dropped: validation has already failed on them). */
export function citeLinks(ids: readonly string[] | undefined, ctx: CiteContext): CiteLink[] {
  const { byId } = numberSources(ctx.sources);
  return (ids ?? []).flatMap((id) => {
    const lesson = ctx.lessonSources.find((s) => s.id === id);
    if (lesson) return [{ label: lesson.id, href: `#lesson-source-${lesson.id}`, title: `${lesson.publisher}: ${lesson.title}`, aria: `lesson source ${lesson.id}` }];
    const it = byId.get(id);
    return it ? [{ label: String(it.n), href: `${ctx.storyPath}#${sourceAnchor(id)}`, title: `${it.source.publisher}: ${it.source.title}`, aria: `source ${it.n}` }] : [];
  });
}

/** A cited line as text plus links. */
export function richLine(line: CitedLine, ctx: CiteContext): RichLine {
  return { text: line.text, cites: citeLinks(line.sources, ctx) };
}
