// The explore figures' titles and the "Show all …" line of their disclosure on the story page, from the data.
import type { Dataset } from '../lib/data/validate';
import type { GraphicName } from '../lib/data/steps';

export interface ExploreMeta {
  title: string;
  /** The control that opens the collapsed figure on the story page. */
  show: string;
  /** The skip link's words: what it skips. */
  skip: string;
}

/** Title, disclosure and skip-link words of each explore figure. */
export function exploreMeta(d: Dataset): Record<GraphicName, ExploreMeta> {
  const years = [d.timeline[0]?.date.slice(0, 4), d.timeline.at(-1)?.date.slice(0, 4)];
  return {
    map: {
      title: 'Where voters reported the emails',
      show: `Show the map of the ${d.states.length} states, with what was reported in each`,
      skip: 'Skip past the map of the states',
    },
    relay: {
      title: 'The email’s path, as the sources describe it',
      show: `Show the whole diagram and every hop (${d.relay.edges.length} hops, ${d.relay.nodes.length} boxes)`,
      skip: 'Skip past the email’s path',
    },
    timeline: {
      title: `Timeline: how agencies, politicians and others reacted, ${years[0]}–${years[1]}`,
      show: `Show all ${d.timeline.length} events`,
      skip: 'Skip past the timeline',
    },
  };
}
