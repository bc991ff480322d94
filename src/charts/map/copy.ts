// Build-time: trims data/states.json to the map's input and derives its few annotation texts from the data's context notes.
import type { Dataset } from '../../lib/data';
import type { TargetState } from '../../lib/data/schemas';
import { numberSources } from '../../lib/sources';
import { formatDate } from '../../lib/format';
import type { Confidence, MapCopy, MapInput } from './layout';

/** Source numbers as readers see them in citations: "sources 33, 34, 35". */
export function sourceNumbers(data: Dataset, ids: readonly string[]): number[] {
  const { byId } = numberSources(data.sources);
  return ids.map((id) => byId.get(id)?.n).filter((n): n is number => n !== undefined);
}

function sourcesText(nums: number[]): string {
  return nums.length ? `${nums.length > 1 ? 'Sources' : 'Source'} ${nums.join(', ')}` : '';
}

/** The context note of a state whose text matches, or a build error naming what is missing. */
function contextNote(state: TargetState | undefined, match: RegExp): TargetState['context'][number] {
  const note = state?.context.find((c) => match.test(c.text));
  if (!note) throw new Error(`map: data/states.json › ${state?.code ?? '?'} has no context note matching ${match}`);
  return note;
}

/**
 * The map's words. The two voter-data annotations restate context notes in data/states.json
 * (Alaska's disclosure; the advisory's unnamed state) in the short form the lead asked for; the
 * checks above make the build fail if those notes disappear, and the unit tests compare the figures.
 */
export function mapCopy(data: Dataset): MapCopy {
  const ak = data.states.find((s) => s.code === 'AK');
  const breach = contextNote(ak, /113,000/);
  const breachDate = /On (\w+ \d{1,2}, \d{4})/.exec(breach.text)?.[1];
  const advisory = contextNote(ak, /CISA and the FBI/);
  const labels = Object.fromEntries(data.confidence.map((c) => [c.id, c.label])) as Record<Confidence, string>;
  return {
    confidenceLabels: labels,
    communitiesTitle: 'Communities named in reports',
    communitiesNote: 'Listed, not mapped: the reports name these places but give no locations.',
    notSwing: 'not one of the three swing states',
    alaskaBreach: {
      text: 'Alaska disclosed a breach of ~113,000 voter records; it did not say who did it',
      detail: [breachDate ? `Disclosed ${breachDate}` : '', sourcesText(sourceNumbers(data, breach.sources))].filter(Boolean).join(' · '),
    },
    advisory: {
      heading: 'Voter data from one state’s website: state not named officially',
      text: advisory.text,
      detail: sourcesText(sourceNumbers(data, advisory.sources)),
    },
  };
}

/** The four states, trimmed to what the layout needs (this is what the browser receives). */
export function mapInput(data: Dataset): MapInput {
  return {
    states: data.states.map((s) => ({
      code: s.code,
      fips: s.fips,
      name: s.name,
      battleground: s.battleground,
      places: s.places.map((p) => ({ name: p.name, kind: p.kind, ...(p.fips ? { fips: p.fips } : {}), confidence: p.confidence })),
    })),
    copy: mapCopy(data),
  };
}

/** "October 20, 2020" or the text as given, for the details card and table. */
export function arrivedDate(s: TargetState): string | null {
  return s.arrived.date ? formatDate(s.arrived.date) : null;
}
