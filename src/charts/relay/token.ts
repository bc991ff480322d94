// The travelling email: from the displayed sender to the recipients, along the best-sourced lines a state shows.
import type { RelayInput, RelayInputEdge, SceneEdge, SceneToken } from './layout';
import { CONFIDENCE_RANK } from './show';
import { r1, type Pt } from './place';

/** The edges the email travels, in order: from the identity box with most lines out, always by the best-sourced line. */
function route(graph: RelayInput, shown: RelayInputEdge[]): string[] {
  const main = shown.filter((e) => !e.side);
  const best = (list: RelayInputEdge[]): RelayInputEdge | undefined =>
    list.slice().sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence])[0];
  const identity = graph.nodes
    .filter((n) => n.kind === 'identity')
    .sort((a, b) => main.filter((e) => e.from === b.id).length - main.filter((e) => e.from === a.id).length)[0];
  const ids: string[] = [];
  if (!identity) return ids;
  let at = identity.id;
  const seen = new Set<string>([at]);
  for (;;) {
    const next = best(main.filter((e) => e.from === at));
    if (!next || seen.has(next.to)) break;
    ids.push(next.id);
    seen.add(next.to);
    at = next.to;
  }
  return ids;
}

/** Keyframes evenly spaced by length along a polyline, stopping short of its end (so the arrowhead's label shows). */
function keyframes(pts: Pt[], n = 40): Pt[] {
  const cum = [0];
  for (let i = 1; i < pts.length; i++) cum.push(cum[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
  const total = Math.max(0, cum.at(-1)! - 12);
  const out: Pt[] = [];
  let j = 0;
  for (let k = 0; k <= n; k++) {
    const target = (total * k) / n;
    while (j < cum.length - 2 && cum[j + 1]! < target) j++;
    const seg = cum[j + 1]! - cum[j]! || 1;
    const t = Math.min(1, Math.max(0, (target - cum[j]!) / seg));
    out.push([r1(pts[j]![0] + (pts[j + 1]![0] - pts[j]![0]) * t), r1(pts[j]![1] + (pts[j + 1]![1] - pts[j]![1]) * t)]);
  }
  return out;
}

/** The token of a state that asks for it (a path view with `token`), or null. */
export function travellingEmail(graph: RelayInput, shown: RelayInputEdge[], edges: SceneEdge[]): SceneToken | null {
  const ids = route(graph, shown);
  const pts = ids.flatMap((id) => edges.find((e) => e.id === id)?.points ?? []);
  return pts.length > 1 ? { route: ids, keyframes: keyframes(pts) } : null;
}
