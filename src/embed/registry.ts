// The embeds, as data: one entry per embeddable page. Pages, the loader, oEmbed, discovery links, snippets, share
// images and the measured heights are all derived from this list (see "Add an embed" in the README).
import { data } from '../lib/data';
import { DEFAULT_VIEW, VIEWS } from '../lib/data/views';
import { exploreMeta } from '../charts/exploreMeta';
import { CHECK_DESCRIPTION, CHECK_PATH, CHECK_TITLE } from '../lib/check/about';

/** One embeddable page: /embed/<id>/, and /embed/<id>/<state>/ for each of its other states. */
export interface EmbedEntry {
  /** The page's URL segment and the loader's `data-pb-embed` value: lower-case letters, digits and dashes. */
  id: string;
  /** The frame's accessible name, the oEmbed title and the page title. */
  title: string;
  /** One sentence: the page description and the share card's alt text. */
  description: string;
  /** What it is, in "Embed this map": map, diagram, timeline, card. */
  noun: string;
  /** The states a snippet may ask for (`data-state`, `?state=`, `/embed/<id>/<state>/`), default first; [] for none. */
  states: readonly string[];
  /** Where the long part (table, list, hop by hop) stays on the site, linked from the embed: site path and words. */
  more: { path: string; text: string } | null;
  /**
   * graphic: offered beside its figure on the story page, with snippets; tool: a page's tool (the header reader),
   * offered on its page, which discovers it; card: the story's own card (what the story page's oEmbed discovery link
   * gives, so pasting the story's address embeds a card, not a graphic).
   */
  kind: 'graphic' | 'tool' | 'card';
}

/** `states` of a chart: its default view first, then the others in their declared order. */
function chartStates(graphic: keyof typeof VIEWS): string[] {
  const first = DEFAULT_VIEW[graphic];
  return [first, ...VIEWS[graphic].filter((v) => v !== first)];
}

const meta = exploreMeta(data);

export const EMBEDS: readonly EmbedEntry[] = [
  {
    id: 'map',
    title: 'Map: the four states where voters reported the spoofed “Proud Boys” emails',
    description: 'Where voters reported the October 2020 spoofed “Proud Boys” emails, with what was reported in each state and who said so.',
    noun: 'map',
    states: chartStates('map'),
    more: { path: '/#map-table', text: `The table of the ${data.states.length} states, with every source, is in the full story` },
    kind: 'graphic',
  },
  {
    id: 'relay',
    title: 'Diagram: how the spoofed “Proud Boys” email travelled',
    description: 'The path of the October 2020 spoofed “Proud Boys” emails, from the operators to voters’ inboxes, with how sure each link is.',
    noun: 'diagram',
    states: chartStates('relay'),
    more: { path: '/#relay-hops-title', text: `Every hop as text (${data.relay.edges.length} hops, with sources) is in the full story` },
    kind: 'graphic',
  },
  {
    id: 'timeline',
    title: 'Timeline: reactions to the spoofed “Proud Boys” emails',
    description: `How agencies, politicians and governments reacted to the October 2020 spoofed “Proud Boys” emails, ${meta.timeline.title.replace(/.*, /, '')}.`,
    noun: 'timeline',
    states: chartStates('timeline'),
    more: { path: '/#explore-timeline-title', text: `All ${data.timeline.length} events, with quotes and sources, are in the full story` },
    kind: 'graphic',
  },
  {
    id: 'check-an-email',
    title: `Header reader: ${CHECK_TITLE.toLowerCase()}`,
    description: CHECK_DESCRIPTION,
    noun: 'header reader',
    states: [],
    more: { path: `${CHECK_PATH}#how-to-copy`, text: 'How to copy the headers in Gmail, Outlook, Apple Mail and Yahoo, and how to read them by hand, are on the full page' },
    kind: 'tool',
  },
  {
    id: 'story',
    title: `Story: ${data.article.headline}`,
    description: data.article.description,
    noun: 'story card',
    states: [],
    more: null,
    kind: 'card',
  },
];

/** The props every body (src/embed/bodies/<id>.astro, <id>.head.astro) gets: its entry and the state its page shows. */
export interface EmbedBodyProps {
  entry: EmbedEntry;
  state: string | null;
}

/** The entry for an id; throws (failing the build) on an unknown one. */
export function embedEntry(id: string): EmbedEntry {
  const entry = EMBEDS.find((e) => e.id === id);
  if (!entry) throw new Error(`embed registry: no embed "${id}" (src/embed/registry.ts)`);
  return entry;
}

/** The embed that stands for the story page (its oEmbed discovery link). */
export const STORY_EMBED = embedEntry('story');

/** The state a page shows: the one asked for, or the entry's default (null when it has none). */
export function stateOf(entry: EmbedEntry, state?: string | null): string | null {
  return state && entry.states.includes(state) ? state : (entry.states[0] ?? null);
}

/** Site path of an embed page: /embed/<id>/ for the default state, /embed/<id>/<state>/ for another. */
export function embedPath(entry: EmbedEntry, state?: string | null): string {
  const s = stateOf(entry, state);
  return s && s !== entry.states[0] ? `/embed/${entry.id}/${s}/` : `/embed/${entry.id}/`;
}

/** Site path of the oEmbed response for an embed page: /oembed/<id>.json or /oembed/<id>/<state>.json. */
export function oembedPath(entry: EmbedEntry, state?: string | null): string {
  const s = stateOf(entry, state);
  return s && s !== entry.states[0] ? `/oembed/${entry.id}/${s}.json` : `/oembed/${entry.id}.json`;
}

/** Every (entry, state) page to build: the default page, then one per other state. */
export function embedPages(): Array<{ entry: EmbedEntry; state: string | null; isDefault: boolean }> {
  return EMBEDS.flatMap((entry): Array<{ entry: EmbedEntry; state: string | null; isDefault: boolean }> =>
    entry.states.length === 0
      ? [{ entry, state: null, isDefault: true }]
      : entry.states.map((state, i) => ({ entry, state, isDefault: i === 0 })),
  );
}

/** Checks the registry's rules (ids, states, unique titles): a broken entry fails the build naming it. */
export function validateRegistry(entries: readonly EmbedEntry[] = EMBEDS): void {
  const seen = new Set<string>();
  for (const e of entries) {
    const where = `src/embed/registry.ts › embed "${e.id}"`;
    if (!/^[a-z][a-z0-9-]*$/.test(e.id)) throw new Error(`${where} › field "id": use lower-case letters, digits and dashes`);
    if (seen.has(e.id)) throw new Error(`${where} › field "id": used twice`);
    seen.add(e.id);
    if (!e.title.trim()) throw new Error(`${where} › field "title": empty`);
    for (const s of e.states) if (!/^[a-z0-9-]+$/.test(s)) throw new Error(`${where} › field "states": "${s}" is not a URL segment`);
    if (new Set(e.states).size !== e.states.length) throw new Error(`${where} › field "states": a state is listed twice`);
    if (e.more && !e.more.path.startsWith('/')) throw new Error(`${where} › field "more.path": a site path starting with "/"`);
  }
}
validateRegistry();
