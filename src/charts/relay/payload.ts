// Builds the relay layout's compact input from the validated dataset (build time): only what drawing needs.
import type { ConfidenceLevel, Relay } from '../../lib/data/schemas';
import type { RelayInput } from './layout';

/*
 * What a recipient saw (the "From:" line and subject) is quoted in the identity node's
 * description: `showed the sender "…" and the subject "…"`. We read it from there, so the
 * identity view shows data, not a string typed into code; without a match it falls back to labels.
 */
const SEEN_RE = /sender "([^"]+)" and the subject "([^"]+)"/;

/** The trimmed relay data for layout (no descriptions or sources: those live in the HTML). */
export function relayInput(relay: Relay, confidence: readonly ConfidenceLevel[]): RelayInput {
  const identity = relay.nodes.find((n) => n.kind === 'identity' && SEEN_RE.test(n.description));
  const match = identity ? SEEN_RE.exec(identity.description) : null;
  return {
    nodes: relay.nodes.map(({ id, label, kind, country, confidence: c }) => ({
      id,
      label,
      kind,
      confidence: c,
      ...(country !== undefined ? { country } : {}),
    })),
    edges: relay.edges.map(({ id, from, to, hop, side, confidence: c }) => ({ id, from, to, hop, side, confidence: c })),
    groups: relay.groups.map(({ id, label, members, collapsedIn }) => ({ id, label, members, collapsedIn })),
    confidenceLabels: Object.fromEntries(confidence.map((c) => [c.id, c.label])) as RelayInput['confidenceLabels'],
    seen: identity && match?.[1] && match[2] ? { node: identity.id, from: match[1], subject: match[2] } : null,
  };
}
