// Every list of source ids that backs one fact in the dataset, for "cited alongside" and "every source is cited".
import { citationsIn } from './steps';
import type { Dataset } from './validate';

/** Every list of source ids that backs one fact somewhere in the dataset (steps, article, states, relay, timeline, log). */
export function citationLists(d: Dataset): string[][] {
  const lists: string[][] = [];
  for (const s of d.states) {
    lists.push(s.sources, s.arrived.sources);
    for (const x of [...s.places, ...s.counts, ...s.statements, ...s.context]) lists.push(x.sources);
  }
  for (const n of d.relay.nodes) lists.push(n.sources);
  for (const e of d.relay.edges) lists.push(e.sources);
  for (const e of d.timeline) lists.push(e.sources);
  for (const step of d.steps.steps) for (const p of step.body) lists.push(citationsIn(p));
  const { article } = d;
  for (const t of [...article.intro, ...article.known.map((k) => k.text), ...article.disputed.map((k) => k.text)]) {
    lists.push(citationsIn(t));
  }
  for (const c of article.counts) lists.push(c.sources);
  for (const c of d.corrections.entries) lists.push([...(c.sources ?? []), ...citationsIn(c.text)]);
  const { email } = d;
  lists.push(email.sender.sources, email.subject.sources, citationsIn(email.redaction), ...email.differences.map(citationsIn));
  for (const v of email.versions) lists.push(citationsIn(v.about), ...v.printings.map((p) => [p.source]));
  return lists.filter((l) => l.length > 0);
}
